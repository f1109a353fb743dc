import { decodeCursor, encodeCursor, pageSize, type Connection } from '@care/service-kit';
import type { Complaint } from '../domain/complaint';
import type { ComplaintFilter, ComplaintOrder, Deps } from './ports';

const DEFAULT_ORDER: ComplaintOrder = { field: 'RECEIVED_AT', direction: 'ASC' };

function keyOf(c: Complaint, order: ComplaintOrder) {
  return { at: order.field === 'RESOLUTION_DUE_AT' ? c.sla.resolutionDueAt : c.receivedAt, id: c.id };
}

/** A Relay connection over complaints, keyset-paged in the requested order, with the total count. */
export async function listComplaints(
  deps: Deps,
  filter: ComplaintFilter,
  args: { first?: number | null; after?: string | null; orderBy?: ComplaintOrder | null },
): Promise<Connection<Complaint>> {
  const size = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after) : undefined;
  const order = args.orderBy ?? DEFAULT_ORDER;
  const { rows, totalCount } = await deps.complaints.list(filter, order, { size, after });
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node, order)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}

import { decodeCursor, isUuid, pageSize, toConnection, type Connection } from '@care/service-kit';
import type { Complaint } from '../domain/complaint';
import type { ComplaintFilter, ComplaintOrder, Deps, ListPage, Reading } from './ports';

export const DEFAULT_ORDER: ComplaintOrder = { field: 'RECEIVED_AT', direction: 'ASC' };

export interface ListArgs {
  first?: number | null;
  after?: string | null;
  orderBy?: ComplaintOrder | null;
  /** Whether the query selects `totalCount` (counted only then); counted when not said. */
  withTotalCount?: boolean;
  /** Whether a selected field shows a complaint's documents (timeline, solutions ...); read when not said. */
  withDocuments?: boolean;
}

function keyOf(c: Complaint, order: ComplaintOrder) {
  return { at: order.field === 'RESOLUTION_DUE_AT' ? c.sla.resolutionDueAt : c.receivedAt, id: c.id };
}

/** Validates `first` and `after` (BAD_USER_INPUT) and settles the order. */
function pageOf(args: ListArgs): { page: ListPage; order: ComplaintOrder } {
  const size = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after) : undefined;
  return { page: { size, after, count: args.withTotalCount ?? true }, order: args.orderBy ?? DEFAULT_ORDER };
}

function connectionOf(
  rows: Complaint[],
  totalCount: number,
  page: ListPage,
  order: ComplaintOrder,
): Connection<Complaint> {
  return toConnection(rows, page.size, totalCount, (node) => keyOf(node, order), Boolean(page.after));
}

const readingOf = (args: ListArgs): Reading => ({ documents: args.withDocuments ?? true });

/** A list nobody may see anything of (still validating its arguments). */
export function emptyConnection(args: ListArgs): Connection<Complaint> {
  const { page, order } = pageOf(args);
  return connectionOf([], 0, page, order);
}

/** A Relay connection over complaints, keyset-paged in the requested order, with the total count if asked. */
export async function listComplaints(
  deps: Deps,
  filter: ComplaintFilter,
  args: ListArgs,
): Promise<Connection<Complaint>> {
  const { page, order } = pageOf(args);
  const { rows, totalCount } = await deps.complaints.list(filter, order, page, readingOf(args));
  return connectionOf(rows, totalCount, page, order);
}

/** One customer's list, as `Customer.complaints` asks for it. */
export interface CustomerListRequest {
  customerId: string;
  filter: ComplaintFilter;
  args: ListArgs;
}

/** What one set of statements serves: requests with the same arguments, whichever customer. */
const argumentsKey = (r: CustomerListRequest) =>
  JSON.stringify([
    r.filter,
    r.args.first ?? null,
    r.args.after ?? null,
    r.args.orderBy ?? null,
    r.args.withTotalCount ?? true,
    r.args.withDocuments ?? true,
  ]);

/** The batching key: requests that differ only by customer share one set of statements. */
export const customerListKey = (r: CustomerListRequest) => JSON.stringify([r.customerId, argumentsKey(r)]);

/**
 * The `Customer.complaints` of many customers at once (a gateway's `_entities` for a page of
 * customers): the requests with the same filter, page and order run as one batch of statements, with the
 * same keyset cursors and order as `listComplaints`. A request with bad arguments gets its error.
 */
export async function listComplaintsOfCustomers(
  deps: Deps,
  requests: readonly CustomerListRequest[],
): Promise<(Connection<Complaint> | Error)[]> {
  const results: (Connection<Complaint> | Error)[] = new Array(requests.length);
  const groups = new Map<string, number[]>();
  requests.forEach((r, i) => {
    const key = argumentsKey(r);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  await Promise.all(
    [...groups.values()].map(async (indexes) => {
      const { filter, args } = requests[indexes[0]!]!;
      try {
        const { page, order } = pageOf(args);
        // A customer id that is no UUID has no complaints.
        const ids = indexes.map((i) => requests[i]!.customerId).filter(isUuid);
        const lists = await deps.complaints.listForCustomers(
          ids,
          { ...filter, customerId: null },
          order,
          page,
          readingOf(args),
        );
        for (const i of indexes) {
          const list = lists.get(requests[i]!.customerId) ?? { rows: [], totalCount: 0 };
          results[i] = connectionOf(list.rows, list.totalCount, page, order);
        }
      } catch (error) {
        for (const i of indexes) results[i] = error instanceof Error ? error : new Error(String(error));
      }
    }),
  );
  return results;
}

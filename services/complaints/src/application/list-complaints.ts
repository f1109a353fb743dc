import { paginate, type Connection } from '@care/service-kit';
import type { Complaint } from '../domain/complaint';
import type { ComplaintFilter, Deps } from './ports';

export function listComplaints(
  deps: Deps,
  filter: ComplaintFilter,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<Complaint>> {
  return paginate(
    args,
    (page) => deps.complaints.list(filter, page),
    (c) => ({ at: c.receivedAt, id: c.id }),
  );
}

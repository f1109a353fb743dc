import { paginate, type Connection } from '@care/service-kit';
import type { ApprovalRequest } from '../domain/approval-request';
import type { ApprovalRequestFilter, Deps } from './ports';

export function listApprovalRequests(
  deps: Deps,
  args: { filter?: ApprovalRequestFilter | null; first?: number | null; after?: string | null },
): Promise<Connection<ApprovalRequest>> {
  return paginate(
    args,
    (page) => deps.requests.list(args.filter ?? {}, page),
    (r) => ({ at: r.submittedAt, id: r.id }),
  );
}

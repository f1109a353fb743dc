import { requireRole, type Caller } from '@care/service-kit';
import { WITHDRAW_ROLES } from '../domain/access';
import { withdraw, type ApprovalRequest } from '../domain/approval-request';
import { changeApprovalRequest } from './change-approval-request';
import type { Deps } from './ports';
import { withdrawalEvents } from './step-events';

/** The person who asked (or the asking service) takes a pending or returned request back. */
export function withdrawApprovalRequest(
  deps: Deps,
  caller: Caller,
  input: { id: string; reason?: string | null },
): Promise<ApprovalRequest> {
  // The requester's `sub` alone is not enough: a customer or partner token may carry any subject.
  requireRole(caller.actor, ...WITHDRAW_ROLES);
  const by = { sub: caller.actor.sub, isService: caller.actor.roles.includes('service') };
  return changeApprovalRequest(deps, caller, {
    id: input.id,
    apply: (request, now) => withdraw(request, by, input.reason, now),
    events: (_before, after, context) => withdrawalEvents(after, context),
  });
}

import { authorised } from '@care/service-kit';
import { WITHDRAW_ROLES } from '../domain/access';
import { withdraw, type ApprovalRequest } from '../domain/approval-request';
import { changeApprovalRequest } from './change-approval-request';
import { withdrawalEvents } from './events';
import type { Deps } from './ports';

/**
 * The person who asked (or the asking service) takes a pending or returned request back. The requester's
 * `sub` alone is not enough: a customer or partner token may carry any subject, hence the roles.
 */
export const withdrawApprovalRequest = authorised(
  WITHDRAW_ROLES,
  (deps: Deps, caller, input: { id: string; reason?: string | null }): Promise<ApprovalRequest> => {
    const by = { sub: caller.actor.sub, isService: caller.actor.roles.includes('service') };
    return changeApprovalRequest(deps, caller, {
      id: input.id,
      apply: (request, now) => withdraw(request, by, input.reason, now),
      events: (_before, after, context) => withdrawalEvents(after, context),
    });
  },
);

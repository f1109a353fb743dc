import { authorised } from '@care/service-kit';
import { reviewLateDecision, type ApprovalRequest } from '../domain/approval-request';
import { changeApprovalRequest } from './change-approval-request';
import type { Deps } from './ports';

/** Internal control checks that a decision taken after the time limit was necessary (DOMAIN 3.7). */
export const reviewLateApproval = authorised(
  ['internal_control'],
  (deps: Deps, caller, input: { id: string; necessary: boolean; note: string }): Promise<ApprovalRequest> =>
    // Reviewing is not deciding: the decided event that was published stands alone.
    changeApprovalRequest(deps, caller, {
      id: input.id,
      apply: (request, now) => reviewLateDecision(request, input, caller.actor, now),
    }),
);

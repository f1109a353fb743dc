import { Refusal } from '@care/domain-kernel';
import type { Caller } from '@care/service-kit';
import { decide, type ApprovalRequest, type Decision } from '../domain/approval-request';
import { changeApprovalRequest } from './change-approval-request';
import type { Deps } from './ports';

export interface DecisionInput {
  id: string;
  decision: Decision;
  reason?: string | null;
  /** Why the decision comes after the time limit: required then (DOMAIN 3.7). */
  overdueExplanation?: string | null;
  /** The version the decider read: a request changed since then is a CONFLICT, not a silent overwrite. */
  expectedVersion?: number | null;
}

/** An approver approves or rejects a pending request within their authority (DOMAIN 3.1). */
export function decideApprovalRequest(
  deps: Deps,
  caller: Caller,
  input: DecisionInput,
): Promise<ApprovalRequest> {
  // Authority comes from a role or from a delegation (DOMAIN 3.5): the rule decides, after reading both.
  if (!caller.actor) throw new Refusal('UNAUTHENTICATED', 'Sign in first');
  const actor = caller.actor;
  return changeApprovalRequest(deps, caller, {
    id: input.id,
    expectedVersion: input.expectedVersion,
    decides: true,
    apply: async (request, now, tx) => {
      const delegations = await tx.delegations.activeFor(actor.sub, now);
      return decide(
        request,
        input.decision,
        { ...actor, delegations },
        input.reason,
        now,
        input.overdueExplanation,
      );
    },
  });
}

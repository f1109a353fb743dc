import { Refusal } from '@care/domain-kernel';
import type { Caller } from '@care/service-kit';
import {
  decide,
  type ApprovalRequest,
  type Decision,
  type DecisionOptions,
} from '../domain/approval-request';
import { changeApprovalRequest } from './change-approval-request';
import type { Deps } from './ports';
import { decisionEvents } from './events';

export interface DecisionInput extends DecisionOptions {
  id: string;
  decision: Decision;
  /** Why: required for a rejection and for a return for changes (what to change). */
  reason?: string | null;
  /** Why the decision comes after the step's time limit: required then (DOMAIN 3.7). */
  overdueExplanation?: string | null;
  /** The version the decider read: a request changed since then is a CONFLICT, not a silent overwrite. */
  expectedVersion?: number | null;
}

/**
 * An approver decides the current step of a pending request: within their authority, by delegation, or
 * as a higher authority with a written justification and risk assessment (DOMAIN 3.1-3.5).
 */
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
    apply: async (request, now, tx) => {
      const delegations = await tx.delegations.activeFor(actor.sub, now);
      return decide(
        request,
        input.decision,
        { ...actor, delegations },
        input.reason,
        now,
        input.overdueExplanation,
        { step: input.step, skipLevel: input.skipLevel },
      );
    },
    events: decisionEvents,
  });
}

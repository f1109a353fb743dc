import { authorised } from '@care/service-kit';
import { WITHDRAW_ROLES } from '../domain/access';
import { resubmit, type Amendment, type ApprovalRequest } from '../domain/approval-request';
import { routeOf } from '../domain/route';
import { changeApprovalRequest } from './change-approval-request';
import type { Deps } from './ports';
import { policyOf, routingBy } from './routing';
import { resubmittedEvent } from './events';

export interface ResubmissionInput extends Amendment {
  id: string;
  expectedVersion?: number | null;
}

/**
 * The applicant amends a request returned for changes and resubmits it: it restarts at the step that
 * returned it, routed again by its own policy version when the amount moved to another band (DOMAIN 3.2).
 */
export const resubmitApprovalRequest = authorised(
  WITHDRAW_ROLES,
  (deps: Deps, caller, input: ResubmissionInput): Promise<ApprovalRequest> => {
    // Which of them may resubmit depends on the request (its applicant): the rule decides, after reading it.
    const by = { sub: caller.actor.sub, isService: caller.actor.roles.includes('service') };
    let rerouted = false;
    let at = deps.clock.now();
    return changeApprovalRequest(deps, caller, {
      id: input.id,
      expectedVersion: input.expectedVersion,
      apply: async (request, now, tx) => {
        at = now;
        const policy = await policyOf(tx.policies, request.policyVersion, now);
        const next = resubmit(request, input, by, { now, ...routingBy(policy, deps.calendar) });
        const chain = (amount: string) =>
          routeOf(policy.document, request.type, amount, request.department)
            .steps.map((s) => `${s.authority}/${s.department ?? ''}`)
            .join(' ');
        rerouted = chain(request.amount) !== chain(next.amount);
        return next;
      },
      events: (_before, after, context) => [resubmittedEvent(after, rerouted, at, context)],
    });
  },
);

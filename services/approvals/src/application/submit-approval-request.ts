import { authorised, eventContextOf } from '@care/service-kit';
import { SUBMIT_ROLES } from '../domain/access';
import { submit, type ApprovalRequest, type SubmissionInput } from '../domain/approval-request';
import { submittedEvent } from './events';
import type { Deps } from './ports';
import { policyInForce, routingBy } from './routing';

/**
 * A member of staff asks for an approval: routed by the authority policy in force into its chain of
 * steps, the first one the head of the applicant's department's, each due on the calendar (DOMAIN 3.1-3.3).
 */
export const submitApprovalRequest = authorised(
  SUBMIT_ROLES,
  async (deps: Deps, caller, input: SubmissionInput): Promise<ApprovalRequest> => {
    const now = deps.clock.now();
    return deps.unitOfWork(async (tx) => {
      const request = submit(input, {
        id: deps.newId(),
        requestedBy: caller.actor.sub,
        department: caller.actor.department ?? null,
        now,
        ...routingBy(await policyInForce(tx.policies, now), deps.calendar),
      });
      await tx.requests.insert(request);
      await tx.outbox.enqueue(submittedEvent(request, eventContextOf(caller)));
      return request;
    });
  },
);

import { eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { SUBMIT_ROLES } from '../domain/access';
import {
  decisionWorkingDays,
  submit,
  type ApprovalRequest,
  type SubmissionInput,
} from '../domain/approval-request';
import { submittedEvent } from './events';
import type { Deps } from './ports';

/** A member of staff asks for an approval, routed by the authority matrix and due on the calendar (DOMAIN 3.1, 3.3). */
export async function submitApprovalRequest(
  deps: Deps,
  caller: Caller,
  input: SubmissionInput,
): Promise<ApprovalRequest> {
  requireRole(caller.actor, ...SUBMIT_ROLES);
  const now = deps.clock.now();
  const due = deps.calendar.addWorkingDays(now, decisionWorkingDays(input.type));
  const request = submit(input, {
    id: deps.newId(),
    requestedBy: caller.actor.sub,
    now,
    due: { at: due.value, provisional: due.provisional },
  });
  return deps.unitOfWork(async (tx) => {
    await tx.requests.insert(request);
    await tx.outbox.enqueue(submittedEvent(request, eventContextOf(caller)));
    return request;
  });
}

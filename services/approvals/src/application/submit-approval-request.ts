import { badInput, eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { SUBMIT_ROLES } from '../domain/access';
import {
  ApprovalRuleViolation,
  decisionWorkingDays,
  submit,
  type ApprovalRequest,
  type SubmissionInput,
} from '../domain/approval-request';
import type { Deps } from './ports';
import { submittedEvent } from './request-events';

export async function submitApprovalRequest(
  deps: Deps,
  caller: Caller,
  input: SubmissionInput,
): Promise<ApprovalRequest> {
  requireRole(caller.actor, ...SUBMIT_ROLES);
  const now = deps.clock.now();
  const due = deps.calendar.addWorkingDays(now, decisionWorkingDays(input.type));
  let request: ApprovalRequest;
  try {
    request = submit(input, {
      id: deps.newId(),
      requestedBy: caller.actor.sub,
      now,
      due: { at: due.value, provisional: due.provisional },
    });
  } catch (error) {
    if (error instanceof ApprovalRuleViolation) throw badInput(error.message, { field: error.field });
    throw error;
  }
  return deps.unitOfWork(async (tx) => {
    await tx.requests.insert(request);
    await tx.outbox.enqueue(submittedEvent(request, eventContextOf(caller)));
    return request;
  });
}

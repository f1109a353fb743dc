import { approvalRequestSubmitted, createEvent } from '@care/contracts';
import { badInput, eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { SUBMIT_ROLES } from '../domain/access';
import {
  ApprovalRuleViolation,
  DECISION_WORKING_DAYS,
  submit,
  type ApprovalRequest,
  type SubmissionInput,
} from '../domain/approval-request';
import type { Deps } from './ports';

export async function submitApprovalRequest(
  deps: Deps,
  caller: Caller,
  input: SubmissionInput,
): Promise<ApprovalRequest> {
  requireRole(caller.actor, ...SUBMIT_ROLES);
  const now = deps.clock.now();
  const due = deps.calendar.addWorkingDays(now, DECISION_WORKING_DAYS);
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
    await tx.outbox.enqueue(
      createEvent(
        approvalRequestSubmitted,
        request.id,
        {
          requestId: request.id,
          type: request.type,
          amount: request.amount,
          currency: request.currency,
          requiredAuthority: request.requiredAuthority,
          dueAt: request.dueAt.toISOString(),
          dueAtProvisional: request.dueAtProvisional,
        },
        eventContextOf(caller),
      ),
    );
    return request;
  });
}

import {
  approvalRequestDecided,
  approvalRequestSubmitted,
  createEvent,
  type EventContext,
} from '@care/contracts';
import type { ApprovalRequest } from '../domain/approval-request';

/** `care.approvals.request.submitted`: a request was opened and routed. */
export function submittedEvent(request: ApprovalRequest, context: EventContext) {
  return createEvent(
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
      reference: request.reference,
    },
    context,
  );
}

/** `care.approvals.request.decided`: the final outcome, which the asking service acts on. */
export function decidedEvent(request: ApprovalRequest, context: EventContext) {
  if (request.status === 'PENDING' || !request.decidedAt) throw new Error('the request is not decided');
  return createEvent(
    approvalRequestDecided,
    request.id,
    {
      requestId: request.id,
      type: request.type,
      reference: request.reference,
      outcome: request.status,
      amount: request.amount,
      currency: request.currency,
      decidedAt: request.decidedAt.toISOString(),
      reason: request.decisionReason,
    },
    context,
  );
}

import {
  approvalRequestDecided,
  approvalRequestSubmitted,
  createEvent,
  type delegationEnded,
  type delegationRecorded,
  paymentRecorded,
  type EventContext,
} from '@care/contracts';
import { Decimal } from 'decimal.js';
import type { ApprovalRequest } from '../domain/approval-request';
import type { Delegation } from '../domain/delegation';
import type { Payment } from '../domain/payment';

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

/** `care.approvals.delegation.recorded` / `.ended`: a delegation of authority came into force or ended (DOMAIN 3.5). */
export function delegationEvent(
  type: typeof delegationRecorded | typeof delegationEnded,
  d: Delegation,
  at: Date,
  context: EventContext,
) {
  return createEvent(
    type,
    d.id,
    {
      delegationId: d.id,
      delegator: d.delegator,
      delegate: d.delegate,
      authority: d.authority,
      startsAt: d.startsAt.toISOString(),
      endsAt: d.endsAt.toISOString(),
      at: at.toISOString(),
    },
    context,
  );
}

/** `care.approvals.payment.recorded`: finance paid against an approved request (DOMAIN 3.8). */
export function paymentEvent(
  payment: Payment,
  request: ApprovalRequest,
  paidBefore: string,
  context: EventContext,
) {
  return createEvent(
    paymentRecorded,
    payment.id,
    {
      paymentId: payment.id,
      requestId: request.id,
      orderNumber: payment.orderNumber,
      amount: payment.amount,
      currency: payment.currency,
      paidTotal: new Decimal(paidBefore).plus(payment.amount).toFixed(),
      approvedAmount: request.amount,
      paidAt: payment.paidAt.toISOString(),
    },
    context,
  );
}

import {
  approvalRequestDecided,
  approvalRequestSubmitted,
  authorityPolicyPublished,
  createEvent,
  type delegationEnded,
  type delegationRecorded,
  paymentRecorded,
  type EventContext,
} from '@care/contracts';
import { Decimal } from 'decimal.js';
import type { ApprovalRequest } from '../domain/approval-request';
import { chainOf, type ApprovalStep } from '../domain/approval-step';
import type { AuthorityPolicyVersion } from '../domain/authority-policy';
import type { Delegation } from '../domain/delegation';
import type { Payment } from '../domain/payment';

/** A step still to decide, as events show it. */
export const openStepData = (s: ApprovalStep) => ({
  position: s.position,
  authority: s.authority,
  department: s.department,
  dueAt: s.dueAt.toISOString(),
});

/** The steps of the chain still to decide, the current one first. */
export const stepsToDecide = (request: ApprovalRequest) =>
  chainOf(request.steps)
    .filter((s) => s.decision === null)
    .map(openStepData);

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
      policyVersion: request.policyVersion,
      steps: stepsToDecide(request),
    },
    context,
  );
}

/** `care.approvals.request.decided`: the final outcome, which the asking service acts on. */
export function decidedEvent(request: ApprovalRequest, context: EventContext) {
  if (request.status === 'PENDING' || request.status === 'RETURNED' || !request.decidedAt)
    throw new Error('the request is not decided');
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

/** `care.approvals.policy.published`: a new version of the authority policy, in force from its date. */
export function policyPublishedEvent(
  policy: AuthorityPolicyVersion,
  supersedes: number | null,
  context: EventContext,
) {
  return createEvent(
    authorityPolicyPublished,
    String(policy.version),
    {
      version: policy.version,
      effectiveFrom: policy.effectiveFrom.toISOString(),
      publishedBy: policy.publishedBy,
      publishedAt: policy.publishedAt.toISOString(),
      supersedes,
    },
    context,
  );
}

import {
  approvalRequestDecided,
  approvalRequestResubmitted,
  approvalRequestReturned,
  approvalRequestSubmitted,
  approvalRequestWithdrawn,
  approvalStepDecided,
  approvalStepOverdue,
  approvalStepSkipLevelUsed,
  authorityPolicyPublished,
  createEvent,
  type delegationEnded,
  type delegationRecorded,
  emergencyRatificationOverdue,
  paymentRecorded,
  type Envelope,
  type EventContext,
} from '@care/contracts';
import { Decimal } from 'decimal.js';
import { currentStep, latestRound, type ApprovalRequest } from '../domain/approval-request';
import { chainOf, type ApprovalStep } from '../domain/approval-step';
import { holderRoleOf } from '../domain/authority';
import type { AuthorityPolicyVersion } from '../domain/authority-policy';
import type { Delegation } from '../domain/delegation';
import type { Payment } from '../domain/payment';
import { nextAuthority } from '../domain/queue';

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
      department: d.department,
      businessTypes: d.businessTypes,
      maxAmount: d.maxAmount,
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
      paidTotal: new Decimal(paidBefore).plus(payment.amount).toFixed(2),
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

/** The step a decision took: the one open before it, decided after it. */
function stepDecidedBetween(before: ApprovalRequest, after: ApprovalRequest): ApprovalStep | null {
  const open = currentStep(before);
  return (
    (open &&
      after.steps.find(
        (s) => s.round === open.round && s.position === open.position && s.decision !== null,
      )) ??
    null
  );
}

/**
 * The events of a step decision: `step.decided` always, `step.skip_level_used` for a skip-level decision
 * (DOMAIN 3.4), `request.returned` for a return for changes, and `request.decided` once, when the decision
 * ends the request.
 */
export function decisionEvents(
  before: ApprovalRequest,
  after: ApprovalRequest,
  context: EventContext,
): Envelope[] {
  const step = stepDecidedBetween(before, after);
  if (!step?.decision || !step.decidedBy || !step.decidedAt) return [];
  const which = {
    requestId: after.id,
    round: step.round,
    position: step.position,
    authority: step.authority,
  };
  const next = currentStep(after);
  const events: Envelope[] = [
    createEvent(
      approvalStepDecided,
      after.id,
      {
        ...which,
        type: after.type,
        decision: step.decision,
        decidedBy: step.decidedBy,
        actingFor: step.actingFor,
        skipLevel: step.skipLevel !== null,
        decidedLate: step.decidedLate,
        decidedAt: step.decidedAt.toISOString(),
        requestStatus: after.status as 'PENDING' | 'RETURNED' | 'APPROVED' | 'REJECTED',
        nextStep: next ? openStepData(next) : null,
      },
      context,
    ),
  ];
  if (step.skipLevel)
    events.push(
      createEvent(
        approvalStepSkipLevelUsed,
        after.id,
        {
          ...which,
          decidedWithAuthority: step.skipLevel.authority,
          decidedBy: step.decidedBy,
          actingFor: step.actingFor,
          decision: step.decision,
          justification: step.skipLevel.justification,
          riskAssessment: step.skipLevel.riskAssessment,
          decidedAt: step.decidedAt.toISOString(),
        },
        context,
      ),
    );
  if (step.decision === 'RETURN_FOR_CHANGES')
    events.push(
      createEvent(
        approvalRequestReturned,
        after.id,
        {
          ...which,
          type: after.type,
          reference: after.reference,
          returnedBy: step.decidedBy,
          comment: step.comment ?? '',
          returnedAt: step.decidedAt.toISOString(),
        },
        context,
      ),
    );
  if (after.status === 'APPROVED' || after.status === 'REJECTED') events.push(decidedEvent(after, context));
  return events;
}

/** `care.approvals.request.resubmitted`: amended and back on its chain (DOMAIN 3.2). */
export function resubmittedEvent(after: ApprovalRequest, rerouted: boolean, at: Date, context: EventContext) {
  return createEvent(
    approvalRequestResubmitted,
    after.id,
    {
      requestId: after.id,
      type: after.type,
      reference: after.reference,
      amount: after.amount,
      currency: after.currency,
      requiredAuthority: after.requiredAuthority,
      policyVersion: after.policyVersion,
      round: latestRound(after),
      rerouted,
      steps: stepsToDecide(after),
      dueAt: after.dueAt.toISOString(),
      resubmittedAt: at.toISOString(),
    },
    context,
  );
}

/** `care.approvals.request.withdrawn`, with the `request.decided` (WITHDRAWN) the asking service acts on. */
export function withdrawalEvents(after: ApprovalRequest, context: EventContext): Envelope[] {
  if (!after.decidedAt || !after.decidedBy) throw new Error('the request is not withdrawn');
  return [
    createEvent(
      approvalRequestWithdrawn,
      after.id,
      {
        requestId: after.id,
        type: after.type,
        reference: after.reference,
        withdrawnBy: after.decidedBy,
        reason: after.decisionReason,
        withdrawnAt: after.decidedAt.toISOString(),
      },
      context,
    ),
    decidedEvent(after, context),
  ];
}

/** `care.approvals.step.overdue`: the step to decide passed its due time undecided (DOMAIN 3.7), once. */
export function stepOverdueEvent(request: ApprovalRequest, step: ApprovalStep, context: EventContext) {
  if (!step.overdueAt) throw new Error('the step is not marked overdue');
  return createEvent(
    approvalStepOverdue,
    request.id,
    {
      requestId: request.id,
      round: step.round,
      position: step.position,
      authority: step.authority,
      role: holderRoleOf(step.authority, step.department),
      department: step.department,
      type: request.type,
      expedited: request.expedited,
      dueAt: step.dueAt.toISOString(),
      overdueAt: step.overdueAt.toISOString(),
      escalatedTo: nextAuthority(step.authority),
    },
    context,
  );
}

/** `care.approvals.emergency.ratification_overdue`: an emergency not ratified by its deadline (DOMAIN 3.6), once. */
export function ratificationOverdueEvent(request: ApprovalRequest, context: EventContext) {
  if (!request.ratificationDueAt || !request.ratificationOverdueAt)
    throw new Error('the request is not marked unratified');
  const step = currentStep(request);
  return createEvent(
    emergencyRatificationOverdue,
    request.id,
    {
      requestId: request.id,
      type: request.type,
      reference: request.reference,
      amount: request.amount,
      currency: request.currency,
      requestedBy: request.requestedBy,
      submittedAt: request.submittedAt.toISOString(),
      ratificationDueAt: request.ratificationDueAt.toISOString(),
      overdueAt: request.ratificationOverdueAt.toISOString(),
      status: request.status as 'PENDING' | 'RETURNED',
      currentStep: step ? openStepData(step) : null,
    },
    context,
  );
}

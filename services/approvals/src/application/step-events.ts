import {
  approvalRequestResubmitted,
  approvalRequestReturned,
  approvalRequestWithdrawn,
  approvalStepDecided,
  approvalStepSkipLevelUsed,
  createEvent,
  type Envelope,
  type EventContext,
} from '@care/contracts';
import { currentStep, type ApprovalRequest } from '../domain/approval-request';
import type { ApprovalStep } from '../domain/approval-step';
import { decidedEvent, openStepData, stepsToDecide } from './events';

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
      round: Math.max(...after.steps.map((s) => s.round)),
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

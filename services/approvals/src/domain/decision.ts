import { refuse } from '@care/domain-kernel';
import {
  notAuthorised,
  skipLevelOf,
  standingFor,
  type ApprovalStep,
  type Decider,
  type StepDecision,
} from './approval-step';
import { currentStep, latestRound, type ApprovalRequest, type ApprovalStatus } from './request-model';

export type Decision = StepDecision;

export interface DecisionOptions {
  /** The position of the step the decider read: another step being current is a CONFLICT. */
  step?: number | null;
  /** Deciding in place of a lower authority: both texts required (DOMAIN 3.4). */
  skipLevel?: { justification?: string | null; riskAssessment?: string | null } | null;
}

/** The request's outcome, taken from the step that ended it. */
function concluded(
  request: ApprovalRequest,
  steps: ApprovalStep[],
  status: ApprovalStatus,
  step: ApprovalStep,
): ApprovalRequest {
  const late = steps
    .filter((s) => s.decidedLate)
    .sort((a, b) => a.decidedAt!.getTime() - b.decidedAt!.getTime());
  return {
    ...request,
    steps,
    status,
    decidedAt: step.decidedAt,
    decidedBy: step.decidedBy,
    decisionReason: step.comment,
    decidedLate: late.length > 0,
    overdueExplanation: late.at(-1)?.overdueExplanation ?? null,
    decidedUnderDelegation: step.actingFor,
  };
}

/**
 * Decides the current step of a pending request (DOMAIN 3.1-3.4, 3.7):
 * - only its authority's holder (the applicant department's head for a department head's step), that
 *   authority's delegate, or a higher authority on the line with a written justification and risk
 *   assessment (skip-level) decides it; never the person who asked, nor anyone who decided another step
 *   of the request;
 * - APPROVE moves the request to the next step, or approves it at the last; REJECT (with a reason) ends
 *   it; RETURN_FOR_CHANGES (saying what to change) sends it back to the applicant;
 * - a step decided after its due time needs a written explanation.
 */
export function decide(
  request: ApprovalRequest,
  decision: Decision,
  by: Decider,
  reason: string | null | undefined,
  now: Date,
  overdueExplanation?: string | null,
  options: DecisionOptions = {},
): ApprovalRequest {
  if (request.status !== 'PENDING') {
    // The step the decider read was decided meanwhile, and that decision ended the request: their view
    // is stale (two deciders at once), as when it moved the request on to the next step.
    const round = latestRound(request);
    const named = request.steps.find((s) => s.round === round && s.position === options.step);
    if (named?.decision)
      throw refuse.conflict(
        `step ${named.position} was decided meanwhile: the request is ${request.status}`,
        {
          step: named.position,
          currentStep: null,
        },
      );
    throw refuse.transition(`the request is ${request.status} already`);
  }
  const current = currentStep(request);
  if (!current) throw new Error(`pending request ${request.id} has no open step`);
  if (options.step != null && options.step !== current.position)
    throw refuse.conflict(`step ${options.step} is not the step to decide: step ${current.position} is`, {
      step: options.step,
      currentStep: current.position,
    });
  if (by.sub === request.requestedBy) throw refuse.forbidden('nobody decides a request of their own');
  if (request.steps.some((s) => s.decidedBy === by.sub && s.position !== current.position))
    throw refuse.forbidden('nobody decides two steps of one request');
  const standing = standingFor(current, by, now, request);
  if (!standing) throw notAuthorised(current, by, request, now);
  const skipLevel =
    standing.as === 'HIGHER' ? skipLevelOf(options.skipLevel, standing.authority, current.authority) : null;
  const why = reason?.trim() || null;
  if (decision === 'REJECT' && !why) throw refuse.input('reason', 'a rejection must say why');
  if (decision === 'RETURN_FOR_CHANGES' && !why)
    throw refuse.input('reason', 'a return for changes must say what to change');
  const late = current.dueAt.getTime() < now.getTime();
  const explanation = overdueExplanation?.trim() || null;
  if (late && !explanation)
    throw refuse.input(
      'overdueExplanation',
      'the request is past its time limit: a late decision needs a written explanation (overdueExplanation)',
    );
  const decided: ApprovalStep = {
    ...current,
    decision,
    decidedBy: by.sub,
    assignee: by.sub,
    actingFor: standing.as === 'HOLDER' ? null : (standing.delegation?.id ?? null),
    comment: why,
    decidedAt: now,
    decidedLate: late,
    overdueExplanation: late ? explanation : null,
    skipLevel,
  };
  const steps = request.steps.map((s) => (s === current ? decided : s));
  if (decision === 'REJECT') return concluded(request, steps, 'REJECTED', decided);
  // Back to the applicant: the steps after this one are routed again when the request is resubmitted.
  if (decision === 'RETURN_FOR_CHANGES')
    return {
      ...request,
      status: 'RETURNED',
      steps: steps.filter((s) => s.superseded || s.decision !== null),
    };
  const next = steps.find((s) => !s.superseded && s.decision === null);
  return next ? { ...request, steps } : concluded(request, steps, 'APPROVED', decided);
}

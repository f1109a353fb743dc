import { refuse, type Department } from '@care/domain-kernel';
import { openStep } from './approval-step';
import {
  requestAmount,
  validTitle,
  type ApprovalRequest,
  type Routing,
  type SubmissionInput,
} from './request-model';
import { ratificationWorkingDays } from './authority-policy';
import { routeOf, scheduleSteps } from './route';

export * from './request-model';
export { decide, type Decision, type DecisionOptions } from './decision';
export { resubmit, type Amendment } from './resubmission';

/**
 * A request as submitted: routed by the policy into its chain of steps (DOMAIN 3.1, 3.2), each step due
 * at its share of the time limit (DOMAIN 3.3).
 */
export function submit(
  input: SubmissionInput,
  context: Routing & { id: string; requestedBy: string; department?: Department | null; now: Date },
): ApprovalRequest {
  const title = validTitle(input.title);
  const currency = (input.currency ?? 'CNY').toUpperCase();
  if (currency !== 'CNY')
    throw refuse.input('currency', 'the authority matrix is defined in CNY: convert the amount first');
  const amount = requestAmount(input.type, input.amount);
  const department = context.department ?? null;
  const route = routeOf(context.policy.document, input.type, amount, department);
  const plan = scheduleSteps(route.steps, context.now, route.workingDays, context.addWorkingDays);
  const expedited = input.expedited ?? false;
  const ratification = expedited
    ? context.addWorkingDays(context.now, ratificationWorkingDays(context.policy.document))
    : null;
  return {
    id: context.id,
    type: input.type,
    title,
    amount,
    currency,
    status: 'PENDING',
    requiredAuthority: route.requiredAuthority,
    requestedBy: context.requestedBy,
    department,
    policyVersion: context.policy.version,
    steps: plan.steps.map((s) => openStep(1, s)),
    submittedAt: context.now,
    dueAt: plan.dueAt,
    dueAtProvisional: plan.provisional,
    reference: input.reference ?? null,
    expedited,
    ratificationDueAt: ratification?.value ?? null,
    ratificationOverdueAt: null,
    decidedAt: null,
    decidedBy: null,
    decisionReason: null,
    decidedLate: false,
    overdueExplanation: null,
    lateReview: null,
    decidedUnderDelegation: null,
    orderNumber: input.orderNumber?.trim() || null,
    version: 1,
  };
}

/** Pending past its due date (DOMAIN 3.3, 3.7). */
export const isOverdue = (request: ApprovalRequest, now: Date): boolean =>
  request.status === 'PENDING' && request.dueAt.getTime() < now.getTime();

/** Internal control checks, once, that a decision taken after the time limit was necessary (DOMAIN 3.7). */
export function reviewLateDecision(
  request: ApprovalRequest,
  review: { necessary: boolean; note: string | null | undefined },
  by: { sub: string },
  now: Date,
): ApprovalRequest {
  if (!request.decidedLate) throw refuse.transition('only a decision taken after the time limit is reviewed');
  if (request.lateReview) throw refuse.transition('this late decision was reviewed already');
  const note = review.note?.trim() || '';
  if (!note) throw refuse.input('reason', 'the review must say what was found');
  return {
    ...request,
    lateReview: { necessary: review.necessary, note, reviewedBy: by.sub, reviewedAt: now },
  };
}

/**
 * The person who asked, or the service that asked on someone's behalf, takes a pending request back, or
 * one returned to them for changes.
 */
export function withdraw(
  request: ApprovalRequest,
  by: { sub: string; isService: boolean },
  reason: string | null | undefined,
  now: Date,
): ApprovalRequest {
  if (request.status !== 'PENDING' && request.status !== 'RETURNED')
    throw refuse.transition(`the request is ${request.status} already`);
  if (!by.isService && by.sub !== request.requestedBy)
    throw refuse.forbidden('only the person who asked may withdraw a request');
  return {
    ...request,
    status: 'WITHDRAWN',
    decidedAt: now,
    decidedBy: by.sub,
    decisionReason: reason?.trim() || null,
  };
}

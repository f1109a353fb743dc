import type { ApprovalStep } from './approval-step';
import { currentStep, type ApprovalRequest } from './request-model';

const past = (due: Date, now: Date) => due.getTime() < now.getTime();

/**
 * The overdue job's rule (DOMAIN 3.3, 3.7): the step to decide now of a pending request, past its due time
 * and not marked yet, is marked overdue (once). The request with the step marked, and the step; null when
 * there is nothing to mark.
 */
export function markStepOverdue(
  request: ApprovalRequest,
  now: Date,
): { request: ApprovalRequest; step: ApprovalStep } | null {
  const current = currentStep(request);
  if (!current || current.overdueAt !== null || !past(current.dueAt, now)) return null;
  const step: ApprovalStep = { ...current, overdueAt: now };
  return { request: { ...request, steps: request.steps.map((s) => (s === current ? step : s)) }, step };
}

/** Whether the request is an emergency still waiting for the approval that ratifies it (DOMAIN 3.6). */
export const awaitsRatification = (request: ApprovalRequest): boolean =>
  request.ratificationDueAt !== null && (request.status === 'PENDING' || request.status === 'RETURNED');

/**
 * The ratification job's rule (DOMAIN 3.6): an emergency carried out at once and not ratified (approved) by
 * its deadline is marked overdue (once); null when there is nothing to mark. A rejected or withdrawn one was
 * decided, not left unratified: the decision event tells of it.
 */
export function markRatificationOverdue(request: ApprovalRequest, now: Date): ApprovalRequest | null {
  if (!awaitsRatification(request) || request.ratificationOverdueAt !== null) return null;
  if (!past(request.ratificationDueAt!, now)) return null;
  return { ...request, ratificationOverdueAt: now };
}

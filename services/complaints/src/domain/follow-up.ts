import { refuse } from '@care/domain-kernel';
import { copy, text, type Complaint, type FollowUpAction, type RuleContext } from './complaint';
import { reopenSla } from './sla';
import { assertCommand, assertTransition, move } from './state-machine';
import { log } from './timeline';

// After resolution (DOMAIN 1.7-1.9): the customer's feedback, the follow-up visit, reopening, closing.

/** The follow-up visit window after completion, in working days (DOMAIN 1.8). */
export const FOLLOW_UP_WINDOW = { fromDays: 3, toDays: 7 } as const;

/** DOMAIN 1.8: the follow-up visit falls 3-7 working days after completion. Works on the rule's copy `c`. */
export function scheduleFollowUp(c: Complaint, ctx: RuleContext) {
  c.followUpFrom = ctx.calendar.addWorkingDays(ctx.now, FOLLOW_UP_WINDOW.fromDays).value;
  c.followUpDueBy = ctx.calendar.addWorkingDays(ctx.now, FOLLOW_UP_WINDOW.toDays).value;
}

/** DOMAIN 1.7: what was done, satisfaction 1-5, the final result told to the customer. */
export function recordFeedback(
  current: Complaint,
  input: {
    whatWasDone: string;
    satisfaction: number;
    comment?: string | null;
    resultToldToCustomer: boolean;
  },
  ctx: RuleContext,
): Complaint {
  assertCommand('recordFeedback', current);
  const c = copy(current);
  if (!Number.isInteger(input.satisfaction) || input.satisfaction < 1 || input.satisfaction > 5)
    throw refuse.input('satisfaction', 'satisfaction is a whole number from 1 to 5');
  c.feedback = {
    whatWasDone: text('whatWasDone', input.whatWasDone, true),
    satisfaction: input.satisfaction,
    comment: text('comment', input.comment),
    resultToldToCustomer: input.resultToldToCustomer,
    at: ctx.now.toISOString(),
    by: ctx.actor.id,
  };
  log(c, ctx, 'FEEDBACK', `Final result: ${c.feedback.whatWasDone} (satisfaction ${input.satisfaction}/5)`);
  return c;
}

/**
 * DOMAIN 1.8: the follow-up visit's outcome. A new problem reopens the complaint (REOPEN) or opens a
 * linked new one (LINKED_COMPLAINT: the caller files it and passes its id).
 */
export function recordFollowUp(
  current: Complaint,
  input: {
    id: string;
    outcome: string;
    newProblem: boolean;
    action?: 'REOPEN' | 'LINKED_COMPLAINT' | null;
    linkedComplaintId?: string | null;
  },
  ctx: RuleContext,
): Complaint {
  assertCommand('recordFollowUp', current);
  if (input.action === 'REOPEN') assertTransition(current.kind, current.status, 'INVESTIGATING');
  const c = copy(current);
  if (input.newProblem && !input.action)
    throw refuse.input('action', 'a new problem reopens the complaint or opens a linked one');
  if (!input.newProblem && input.action)
    throw refuse.input('action', 'only a new problem reopens or opens a linked complaint');
  const withinWindow =
    !!c.followUpFrom && !!c.followUpDueBy && ctx.now >= c.followUpFrom && ctx.now <= c.followUpDueBy;
  const action: FollowUpAction = !input.newProblem
    ? 'NONE'
    : input.action === 'REOPEN'
      ? 'REOPENED'
      : 'LINKED_COMPLAINT';
  const outcome = text('outcome', input.outcome, true);
  c.followUps.push({
    id: input.id,
    at: ctx.now.toISOString(),
    by: ctx.actor.id,
    outcome,
    newProblem: input.newProblem,
    action,
    linkedComplaintId: action === 'LINKED_COMPLAINT' ? (input.linkedComplaintId ?? null) : null,
    withinWindow,
  });
  log(c, ctx, 'FOLLOW_UP', outcome);
  if (action === 'REOPENED') return reopenInPlace(c, 'New problem found at the follow-up visit', ctx);
  return c;
}

function reopenInPlace(c: Complaint, reason: string, ctx: RuleContext): Complaint {
  move(c, 'INVESTIGATING');
  c.sla = reopenSla(c.sla);
  c.reopenCount += 1;
  c.feedback = null;
  c.followUpFrom = null;
  c.followUpDueBy = null;
  c.closedAt = null;
  log(c, ctx, 'REOPENED', reason);
  return c;
}

/** DOMAIN 1.8: a problem remains: back to the department. */
export function reopen(current: Complaint, input: { reason: string }, ctx: RuleContext): Complaint {
  assertCommand('reopenComplaint', current);
  const c = copy(current);
  return reopenInPlace(c, text('reason', input.reason, true), ctx);
}

/**
 * DOMAIN 1.9: closed with the complaint report (cause, what went wrong in handling, whether the solution
 * worked), after the customer's feedback and the follow-up visit. Inquiries and suggestions just close.
 */
export function close(
  current: Complaint,
  input: { report?: { cause: string; handlingIssues: string; solutionEffective: boolean } | null },
  ctx: RuleContext,
): Complaint {
  assertCommand('closeComplaint', current);
  const c = copy(current);
  if (c.kind === 'COMPLAINT') {
    if (!c.feedback) throw refuse.input('feedback', "record the customer's feedback first");
    if (c.followUps.length === 0) throw refuse.input('followUps', 'record the follow-up visit first');
    if (!input.report) throw refuse.input('report', 'a complaint closes with its report');
    c.report = {
      cause: text('report.cause', input.report.cause, true),
      handlingIssues: text('report.handlingIssues', input.report.handlingIssues, true),
      solutionEffective: input.report.solutionEffective,
      at: ctx.now.toISOString(),
      by: ctx.actor.id,
    };
  }
  move(c, 'CLOSED');
  c.closedAt = ctx.now;
  log(c, ctx, 'CLOSED', 'Closed');
  return c;
}

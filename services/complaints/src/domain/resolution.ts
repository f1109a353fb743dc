import { refuse } from '@care/domain-kernel';
import {
  copy,
  text,
  type Compensation,
  type Complaint,
  type CustomerResponse,
  type Outcome,
  type RuleContext,
} from './complaint';
import { checkCompensation, requestCompensation } from './compensation';
import { escalateAfterRejections } from './escalation';
import { scheduleFollowUp } from './follow-up';
import { pause, resolveSla, respondedFirst, resume } from './sla';
import { assertCommand, move, type ComplaintCommand } from './state-machine';
import { log } from './timeline';

// Solving it (DOMAIN 1.6, 1.12): proposals and the customer's answer, carrying out, resolving, answering.

/** DOMAIN 1.6: a (revised) proposal, versioned; the customer now has the ball and the clocks pause. */
export function proposeSolution(
  current: Complaint,
  input: { id: string; description: string; compensation?: Compensation | null },
  ctx: RuleContext,
): Complaint {
  assertCommand('proposeSolution', current);
  const c = copy(current);
  move(c, 'SOLUTION_PROPOSED');
  if (!c.rootCause) throw refuse.input('rootCause', 'record the root cause before proposing a solution');
  const version = c.solutions.length + 1;
  c.solutions.push({
    id: input.id,
    version,
    description: text('description', input.description, true),
    compensation: checkCompensation(input.compensation),
    proposedAt: ctx.now.toISOString(),
    proposedBy: ctx.actor.id,
    response: null,
    responseReason: null,
    respondedAt: null,
  });
  c.sla = pause(respondedFirst(c.sla, ctx.now), ctx.now);
  log(c, ctx, 'SOLUTION_PROPOSED', `Solution v${version}: ${input.description.trim()}`);
  return c;
}

/**
 * DOMAIN 1.6: the customer's answer to the current proposal. Rejected: back to the department for a
 * revision (3 rejections escalate to the leadership group). Accepted: its compensation goes to approval,
 * or, for an URGENT complaint, is granted at once and approved afterwards (DOMAIN 3.6).
 */
export function recordCustomerResponse(
  current: Complaint,
  input: { solutionId: string; response: CustomerResponse; reason?: string | null },
  ctx: RuleContext,
): Outcome {
  const c = copy(current);
  const solution = c.solutions.find((s) => s.id === input.solutionId);
  // A second answer to an answered proposal lost a race (or repeats one): CONFLICT, like a stale version.
  if (solution?.response)
    throw refuse.conflict(`the customer's response to solution v${solution.version} is already recorded`);
  assertCommand('recordCustomerResponse', current);
  if (!solution) throw refuse.input('solutionId', 'no such solution on this complaint');
  if (solution.version !== c.solutions.length)
    throw refuse.input('solutionId', 'only the latest proposal can be answered');
  const reason = text('reason', input.reason);
  if (input.response === 'REJECT' && !reason)
    throw refuse.input('reason', 'say why the customer rejects the solution');
  move(c, input.response === 'ACCEPT' ? 'SOLUTION_ACCEPTED' : 'INVESTIGATING');
  solution.response = input.response;
  solution.responseReason = reason;
  solution.respondedAt = ctx.now.toISOString();
  c.sla = resume(c.sla, ctx.now, ctx.calendar);
  if (input.response === 'REJECT') {
    log(c, ctx, 'SOLUTION_REJECTED', `Solution v${solution.version} rejected: ${reason}`);
    return { complaint: c, happened: escalateAfterRejections(c, ctx) };
  }
  log(c, ctx, 'SOLUTION_ACCEPTED', `Solution v${solution.version} accepted`);
  return { complaint: c, happened: requestCompensation(c, solution, ctx) };
}

/** DOMAIN 1.6: only an accepted solution is carried out; the lead department coordinates. */
export function startImplementation(current: Complaint, ctx: RuleContext): Complaint {
  assertCommand('startImplementation', current);
  const c = copy(current);
  move(c, 'IMPLEMENTING');
  log(c, ctx, 'IMPLEMENTING', 'The accepted solution is being carried out');
  return c;
}

/** The copy moved to RESOLVED: the resolution clock stops (on-time is measured) and the resolver is kept. */
function resolved(current: Complaint, command: ComplaintCommand, ctx: RuleContext): Complaint {
  assertCommand(command, current);
  const c = copy(current);
  move(c, 'RESOLVED');
  c.sla = resolveSla(c.sla, ctx.now, ctx.calendar);
  c.resolvedBy = ctx.actor.id;
  return c;
}

/** DOMAIN 1.6-1.8: done; on-time is measured, the follow-up visit is scheduled 3-7 working days on. */
export function resolve(current: Complaint, input: { summary: string }, ctx: RuleContext): Complaint {
  const c = resolved(current, 'resolveComplaint', ctx);
  scheduleFollowUp(c, ctx);
  log(c, ctx, 'RESOLVED', text('summary', input.summary, true));
  return c;
}

/** DOMAIN 1.12: an inquiry or suggestion is answered, then closed. */
export function answer(current: Complaint, input: { answer: string }, ctx: RuleContext): Complaint {
  const c = resolved(current, 'answerInquiry', ctx);
  log(c, ctx, 'ANSWERED', text('answer', input.answer, true));
  return c;
}

/** A message to the customer: the first one stops the first-response clock (DOMAIN 1.2, 1.10). */
export function respondToCustomer(
  current: Complaint,
  input: { message: string },
  ctx: RuleContext,
): Complaint {
  assertCommand('respondToCustomer', current);
  const c = copy(current);
  c.sla = respondedFirst(c.sla, ctx.now);
  log(c, ctx, 'RESPONDED', text('message', input.message, true));
  return c;
}

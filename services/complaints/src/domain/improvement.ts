import { companyDateText } from '@care/calendar';
import { refuse } from '@care/domain-kernel';
import { copy, text, type Complaint, type RuleContext } from './complaint';
import { isResponsibleDepartment } from './routing';
import { assertCommand } from './state-machine';
import { log } from './timeline';

// Improvement measures that come out of a complaint (DOMAIN 1.9), each owned by a department.

/**
 * A measure's due date is a real calendar day (2026-02-30 is not), from today on in the company's time
 * zone (a measure set today cannot already be late) and within the years the platform keeps.
 */
function checkDueDate(dueDate: string, ctx: RuleContext): void {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dueDate);
  const [year, month, day] = (match ?? []).slice(1).map(Number) as [number, number, number];
  const real = match && new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === dueDate;
  if (!real) throw refuse.input('dueDate', 'a real calendar date like 2026-03-31');
  if (year > 2100) throw refuse.input('dueDate', 'a due date in 2100 at the latest');
  const today = companyDateText(ctx.now, ctx.calendar.timeZone);
  if (dueDate < today) throw refuse.input('dueDate', `the due date ${dueDate} is before today (${today})`);
}

/** DOMAIN 1.9: an improvement measure with its owner department and a due date from today on. */
export function addImprovementAction(
  current: Complaint,
  input: { id: string; description: string; ownerDepartment: string; dueDate: string },
  ctx: RuleContext,
): Complaint {
  assertCommand('addImprovementAction', current);
  const c = copy(current);
  if (!isResponsibleDepartment(input.ownerDepartment))
    throw refuse.input('ownerDepartment', `unknown department ${input.ownerDepartment}`);
  checkDueDate(input.dueDate, ctx);
  c.improvementActions.push({
    id: input.id,
    description: text('description', input.description, true),
    ownerDepartment: input.ownerDepartment,
    dueDate: input.dueDate,
    status: 'OPEN',
    result: null,
    createdAt: ctx.now.toISOString(),
    createdBy: ctx.actor.id,
    completedAt: null,
    completedBy: null,
  });
  log(c, ctx, 'IMPROVEMENT_ADDED', `${input.ownerDepartment}: ${input.description.trim()}`, 'INTERNAL');
  return c;
}

export function completeImprovementAction(
  current: Complaint,
  input: { actionId: string; result: string; department?: string | null },
  ctx: RuleContext,
): Complaint {
  const c = copy(current);
  const action = c.improvementActions.find((a) => a.id === input.actionId);
  if (!action) throw refuse.input('actionId', 'no such improvement action');
  if (action.status === 'DONE') throw refuse.conflict('the improvement action is already done');
  if (input.department && input.department !== action.ownerDepartment)
    throw refuse.forbidden(`the action belongs to ${action.ownerDepartment}`);
  action.status = 'DONE';
  action.result = text('result', input.result, true);
  action.completedAt = ctx.now.toISOString();
  action.completedBy = ctx.actor.id;
  log(c, ctx, 'IMPROVEMENT_DONE', `${action.ownerDepartment}: ${action.result}`, 'INTERNAL');
  return c;
}

import { refuse } from '@care/domain-kernel';
import { copy, text, type Complaint, type Fishbone, type RootCause, type RuleContext } from './complaint';
import { isResponsibleDepartment } from './routing';
import { assertCommand, move } from './state-machine';
import { log } from './timeline';

// Handing the complaint to the responsible departments and their investigation (DOMAIN 1.4-1.5).

/**
 * DOMAIN 1.4: the routed department plus any others; with several, a lead department must be named
 * (by the leadership group: checked by the caller). The written hand-over carries urgency, the
 * customer's expected time and notes.
 */
export function assign(
  current: Complaint,
  input: {
    routedDepartment: string;
    additionalDepartments?: string[] | null;
    leadDepartment?: string | null;
    customerExpectedBy?: Date | null;
    notes: string;
  },
  ctx: RuleContext,
): Complaint {
  assertCommand('assignComplaint', current);
  const c = copy(current);
  move(c, 'ASSIGNED');
  const departments = [...new Set([input.routedDepartment, ...(input.additionalDepartments ?? [])])];
  for (const d of departments)
    if (!isResponsibleDepartment(d)) throw refuse.input('departments', `unknown department ${d}`);
  let lead = input.leadDepartment ?? null;
  if (departments.length > 1 && !lead)
    throw refuse.input(
      'leadDepartment',
      'several departments are involved: the leadership group must name a lead department',
    );
  if (lead && !departments.includes(lead))
    throw refuse.input('leadDepartment', 'the lead department must be one of the departments');
  lead = lead ?? departments[0]!;
  const notes = text('notes', input.notes, true);
  c.departments = departments;
  c.leadDepartment = lead;
  c.handover = {
    urgency: c.urgency,
    customerExpectedBy: input.customerExpectedBy?.toISOString() ?? null,
    notes,
    at: ctx.now.toISOString(),
    by: ctx.actor.id,
  };
  log(c, ctx, 'ASSIGNED', `Handed over to ${departments.join(', ')} (lead ${lead})`);
  log(c, ctx, 'HANDOVER', notes, 'INTERNAL');
  return c;
}

/** Department staff may only work on their own department's complaints. */
export function assertDepartmentMember(c: Complaint, department: string | undefined, lead = false): void {
  if (!department) return;
  const ok = lead ? c.leadDepartment === department : c.departments.includes(department);
  if (!ok)
    throw refuse.forbidden(
      !lead
        ? `complaint ${c.number} is not assigned to ${department}`
        : c.leadDepartment
          ? `only the lead department ${c.leadDepartment} may do this, not ${department}`
          : `complaint ${c.number} has no lead department yet`,
    );
}

/** DOMAIN 1.5: investigation notes with evidence references (internal). */
export function recordInvestigation(
  current: Complaint,
  input: { id: string; note: string; evidence?: string[] | null; department?: string | null },
  ctx: RuleContext,
): Complaint {
  assertCommand('recordInvestigation', current);
  const c = copy(current);
  if (c.status === 'ASSIGNED') move(c, 'INVESTIGATING');
  const evidence = (input.evidence ?? []).map((e) => e.trim()).filter(Boolean);
  if (evidence.length > 50) throw refuse.input('evidence', 'at most 50 evidence references');
  c.investigation.push({
    id: input.id,
    at: ctx.now.toISOString(),
    by: ctx.actor.id,
    department: input.department ?? null,
    note: text('note', input.note, true),
    evidence,
  });
  if (current.status === 'ASSIGNED') log(c, ctx, 'INVESTIGATION_STARTED', 'The department is investigating');
  log(c, ctx, 'INVESTIGATION_NOTE', input.note.trim(), 'INTERNAL');
  return c;
}

const FISHBONE: readonly Fishbone[] = [
  'PEOPLE',
  'MACHINE',
  'MATERIAL',
  'METHOD',
  'MEASUREMENT',
  'ENVIRONMENT',
];

/** DOMAIN 1.5: the root cause with its fishbone category and 5W2H. */
export function recordRootCause(
  current: Complaint,
  input: Omit<RootCause, 'at' | 'by'>,
  ctx: RuleContext,
): Complaint {
  assertCommand('recordRootCause', current);
  const c = copy(current);
  if (!FISHBONE.includes(input.category)) throw refuse.input('category', 'not a fishbone category');
  c.rootCause = {
    category: input.category,
    what: text('what', input.what, true),
    why: text('why', input.why, true),
    where: text('where', input.where),
    when: text('when', input.when),
    who: text('who', input.who),
    how: text('how', input.how),
    howMuch: text('howMuch', input.howMuch),
    at: ctx.now.toISOString(),
    by: ctx.actor.id,
  };
  log(c, ctx, 'ROOT_CAUSE', `${input.category}: ${input.why.trim()}`, 'INTERNAL');
  return c;
}

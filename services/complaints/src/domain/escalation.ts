import { copy, type Complaint, type Happening, type Outcome, type RuleContext } from './complaint';
import type { SlaClock } from './sla';
import { log } from './timeline';

// Who takes the case when handling goes wrong (DOMAIN 1.6, 1.10): the CS manager, then the leadership group.

/** After this many rejected proposals the leadership group takes the case (DOMAIN 1.6). */
export const REJECTIONS_BEFORE_ESCALATION = 3;

export function rejections(c: Complaint): number {
  return c.solutions.filter((s) => s.response === 'REJECT').length;
}

/** DOMAIN 1.6: the third rejected proposal hands the case to the leadership group, once. Works on `c`. */
export function escalateAfterRejections(c: Complaint, ctx: RuleContext): Happening[] {
  if (rejections(c) < REJECTIONS_BEFORE_ESCALATION || c.escalation === 'LEADERSHIP_GROUP') return [];
  c.escalation = 'LEADERSHIP_GROUP';
  c.escalatedAt = ctx.now;
  log(c, ctx, 'ESCALATED', 'Escalated to the complaint leadership group');
  return [{ type: 'escalated', to: 'LEADERSHIP_GROUP', reason: 'SOLUTION_REJECTED_3_TIMES' }];
}

/** The SLA job: marks the clocks past due and escalates (first response: manager; resolution: leadership). */
export function markBreaches(current: Complaint, clocks: SlaClock[], ctx: RuleContext): Outcome {
  const c = copy(current);
  const happened: Happening[] = [];
  for (const clock of clocks) {
    if (clock === 'FIRST_RESPONSE') {
      c.sla.firstResponseBreached = true;
      happened.push({ type: 'sla_breached', clock, dueAt: c.sla.firstResponseDueAt });
      if (c.escalation === 'NONE') {
        c.escalation = 'CS_MANAGER';
        c.escalatedAt = ctx.now;
        happened.push({ type: 'escalated', to: 'CS_MANAGER', reason: 'FIRST_RESPONSE_BREACHED' });
      }
    } else {
      c.sla.resolutionBreached = true;
      happened.push({ type: 'sla_breached', clock, dueAt: c.sla.resolutionDueAt });
      if (c.escalation !== 'LEADERSHIP_GROUP') {
        c.escalation = 'LEADERSHIP_GROUP';
        c.escalatedAt = ctx.now;
        happened.push({ type: 'escalated', to: 'LEADERSHIP_GROUP', reason: 'RESOLUTION_BREACHED' });
      }
    }
    log(c, ctx, 'SLA_BREACHED', `${clock} target passed; escalated to ${c.escalation}`, 'INTERNAL');
  }
  return { complaint: c, happened };
}

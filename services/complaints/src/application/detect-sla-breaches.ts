import type { EventContext } from '@care/contracts';
import { DomainError } from '@care/service-kit';
import { markBreaches } from '../domain/escalation';
import type { RuleContext } from '../domain/rule-support';
import { dueBreaches } from '../domain/sla';
import { happeningEvents } from './events';
import type { Deps } from './ports';

/** The service account the breach job acts as. */
export const SLA_JOB_ACTOR = { id: 'service:complaints-sla', role: 'service' };

/**
 * The SLA job: every open, unpaused complaint whose first-response or resolution target has passed is
 * marked breached, `complaint.sla_breached` is emitted and the complaint escalates. One transaction per
 * complaint (row lock + version), so a concurrent change is never overwritten. Returns the ids marked.
 */
export async function detectSlaBreaches(deps: Deps, options: { batch?: number } = {}): Promise<string[]> {
  const now = deps.clock.now();
  const ids = await deps.complaints.dueForBreach(now, options.batch ?? 500);
  const marked: string[] = [];
  const ctx: RuleContext = { now, calendar: deps.calendar, actor: SLA_JOB_ACTOR };
  const eventContext: EventContext = {
    actor: { kind: 'service', id: SLA_JOB_ACTOR.id },
    correlationId: `sla-job:${now.toISOString()}`,
  };
  for (const id of ids) {
    try {
      await deps.unitOfWork(async (tx) => {
        const current = await tx.complaints.lockById(id);
        if (!current) return;
        const clocks = dueBreaches(current.sla, now);
        if (clocks.length === 0) return;
        const outcome = markBreaches(current, clocks, ctx);
        const saved = await tx.complaints.save(outcome.complaint, current.version);
        await tx.outbox.enqueue(...happeningEvents(saved, outcome.happened, now, eventContext));
        marked.push(id);
      });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'CONFLICT') continue; // next run sees it again
      throw error;
    }
  }
  return marked;
}

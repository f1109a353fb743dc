import type { EventContext } from '@care/contracts';
import { isRefusal } from '@care/domain-kernel';
import { changeAggregate } from '@care/service-kit';
import type { RuleContext } from '../domain/complaint';
import { markBreaches } from '../domain/escalation';
import { dueBreaches } from '../domain/sla';
import { within } from './change-complaint';
import { happeningEvents } from './events';
import type { Deps } from './ports';

/** The service account the breach job acts as. */
export const SLA_JOB_ACTOR = { id: 'service:complaints-sla', role: 'service' };

/**
 * The SLA job (DOMAIN 1.10): every open, unpaused complaint whose first-response or resolution target
 * has passed is marked breached, `complaint.sla_breached` is emitted and the complaint escalates. One
 * transaction per complaint (row lock + version), so a concurrent change is never overwritten; one that
 * no longer has a clock past due when locked is left as it is. Returns the ids marked.
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
        const clocks = current ? dueBreaches(current.sla, now) : [];
        if (!current || clocks.length === 0) return;
        await changeAggregate(within(tx), {
          what: 'Complaint',
          id,
          load: async () => current,
          apply: (c) => {
            const { complaint, happened } = markBreaches(c, clocks, ctx);
            return { next: complaint, events: happeningEvents(complaint, happened, now, eventContext) };
          },
          save: (t, next, version) => t.complaints.save(next, version),
        });
        marked.push(id);
      });
    } catch (error) {
      if (isRefusal(error) && error.code === 'CONFLICT') continue; // the next run sees it again
      throw error;
    }
  }
  return marked;
}

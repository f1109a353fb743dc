import type { EventContext } from '@care/contracts';
import { markOverdue } from '../domain/rectification';
import type { Deps } from './ports';
import { overdueEvent } from './events';
import { tracedUnitOfWork } from './traced-unit-of-work';

/** The service account the overdue job acts as. */
export const OVERDUE_JOB_ACTOR = 'service:governance-rectification';

/**
 * The overdue job (DOMAIN 4.4): every open or in-progress item past its deadline is marked overdue and
 * `rectification.overdue` is emitted, exactly once per item (the mark is set in the same transaction as
 * the event and its audit entry, under the row's lock; a marked item is never picked again). Returns the
 * ids marked.
 */
export async function detectOverdueRectifications(
  deps: Deps,
  options: { batch?: number } = {},
): Promise<string[]> {
  const now = deps.clock.now();
  const context: EventContext = {
    actor: { kind: 'service', id: OVERDUE_JOB_ACTOR },
    correlationId: `rectification-overdue-job:${now.toISOString()}`,
  };
  const marked: string[] = [];
  for (const id of await deps.rectifications.dueForOverdue(now, options.batch ?? 500)) {
    await tracedUnitOfWork(deps)(async (tx) => {
      const current = await tx.rectifications.lockById(id);
      const next = current && markOverdue(current, now);
      if (!current || !next) return; // changed meanwhile: done, or marked by another instance
      const saved = await tx.rectifications.update(next, current.version);
      await tx.outbox.enqueue(overdueEvent(saved, context));
      marked.push(id);
    });
  }
  return marked;
}

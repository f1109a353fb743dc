import { markResponseOverdue } from '../domain/customer-change';
import { changeResponseOverdueEvent, serviceContext } from './events';
import type { Deps } from './ports';

/** Requests marked per run; the next run takes the rest. */
const BATCH = 500;

/**
 * The change-response job (DOMAIN 2.5): each data change request still unanswered past its 2 working
 * hours is marked overdue and `customer_change.response_overdue` is emitted, once, in one transaction per
 * request (read again under its row lock, so an answer committed meanwhile wins and nothing is marked).
 * Governance turns the announcement into a violation. Returns the ids marked.
 */
export async function markUnansweredChanges(deps: Deps): Promise<string[]> {
  const now = deps.clock.now();
  const context = serviceContext();
  const marked: string[] = [];
  for (const id of await deps.changes.unansweredPastDue(now, BATCH)) {
    await deps.unitOfWork(async (tx) => {
      const current = await tx.changes.find(id, true);
      const overdue = current && markResponseOverdue(current, now);
      if (!overdue) return;
      await tx.changes.update(overdue);
      await tx.outbox.enqueue(changeResponseOverdueEvent(overdue, context));
      marked.push(id);
    });
  }
  return marked;
}

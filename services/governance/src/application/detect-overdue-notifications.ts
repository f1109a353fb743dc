import { incidentNotificationOverdue } from '@care/contracts';
import { markOverdueNotifications, type Incident } from '../domain/incident';
import { GOVERNANCE_ACCOUNT } from './detect-violations';
import { incidentEvent } from './events';
import { INCIDENTS } from './incident-steps';
import type { Deps } from './ports';
import { changeTraced } from './traced-unit-of-work';

/** Incidents looked at per run. */
const BATCH = 100;

/**
 * DOMAIN 4.6: a notification an incident owes (the regulator, the customers) still unsent past its
 * deadline is marked once and announced with `incident.notification_overdue`, one event per notification.
 * The incidents that had one marked.
 */
export async function detectOverdueNotifications(deps: Deps): Promise<Incident[]> {
  const now = deps.clock.now();
  const context = {
    actor: { kind: 'service' as const, id: GOVERNANCE_ACCOUNT },
    correlationId: deps.newId(),
  };
  const marked: Incident[] = [];
  for (const id of await deps.incidents.dueForNotificationCheck(now, BATCH)) {
    let found = 0;
    const incident = await changeTraced(deps, INCIDENTS, context, {
      id,
      apply: (current, at) => {
        const { next, marked: overdue } = markOverdueNotifications(current, at);
        found = overdue.length;
        return next;
      },
      events: (before, after, at) =>
        after.notifications
          .filter(
            (n) => n.overdueAt && !before.notifications.find((b) => b.recipient === n.recipient)!.overdueAt,
          )
          .map((n) =>
            incidentEvent(
              incidentNotificationOverdue,
              after,
              at,
              { recipient: n.recipient, dueAt: n.dueAt.toISOString() },
              context,
            ),
          ),
    });
    if (found > 0) marked.push(incident);
  }
  return marked;
}

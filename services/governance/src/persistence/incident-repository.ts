import type { EntityManager } from 'typeorm';
import type { IncidentFilter, IncidentRepository } from '../application/ports';
import { type Incident, nextNotificationCheck } from '../domain/incident';
import { SqlDocumentRegister } from './json-document';

/** An incident (DOMAIN 4.6) as a JSON document beside the columns its lists and the overdue check read. */
export class SqlIncidentRepository
  extends SqlDocumentRegister<Incident, IncidentFilter>
  implements IncidentRepository
{
  constructor(manager: EntityManager) {
    super(manager, {
      table: 'incident',
      what: 'Incident',
      instants: new Set([
        'detectedAt',
        'reportedAt',
        'frozenAt',
        'releasedAt',
        'spokespersonNamedAt',
        'dueAt',
        'sentAt',
        'overdueAt',
        'responseStartedAt',
        'resolvedAt',
      ]),
      columns: ['kind', 'status', 'reported_at', 'notification_check_at'],
      values: (i) => [i.kind, i.status, i.reportedAt, nextNotificationCheck(i)],
      filters: (filter) => [
        ['status = ANY($)', filter.status],
        ['kind = $', filter.kind],
      ],
      listOrder: 'reported_at',
    });
  }

  async dueForNotificationCheck(now: Date, limit: number): Promise<string[]> {
    const rows = (await this.manager.query(
      `SELECT id FROM incident WHERE notification_check_at <= $1 ORDER BY notification_check_at, id LIMIT $2`,
      [now, limit],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }
}

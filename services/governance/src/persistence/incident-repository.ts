import type { PageRequest } from '@care/service-kit';
import type { EntityManager } from 'typeorm';
import type { IncidentFilter, IncidentRepository } from '../application/ports';
import { type Incident, nextNotificationCheck } from '../domain/incident';
import { SqlDocumentStore } from './json-document';

/** An incident (DOMAIN 4.6) as a JSON document beside the columns its lists and the overdue check read. */
export class SqlIncidentRepository implements IncidentRepository {
  private readonly store: SqlDocumentStore<Incident>;

  constructor(private readonly manager: EntityManager) {
    this.store = new SqlDocumentStore<Incident>(manager, {
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
    });
  }

  findById(id: string): Promise<Incident | null> {
    return this.store.findById(id);
  }

  lockById(id: string): Promise<Incident | null> {
    return this.store.findById(id, true);
  }

  list(filter: IncidentFilter, page: PageRequest): Promise<{ rows: Incident[]; totalCount: number }> {
    return this.store.page(
      [
        ['status = ANY($)', filter.status],
        ['kind = $', filter.kind],
      ],
      'reported_at',
      page,
    );
  }

  insert(incident: Incident): Promise<void> {
    return this.store.insert(incident);
  }

  update(next: Incident, expectedVersion: number): Promise<Incident> {
    return this.store.update(next, expectedVersion);
  }

  async dueForNotificationCheck(now: Date, limit: number): Promise<string[]> {
    const rows = (await this.manager.query(
      `SELECT id FROM incident WHERE notification_check_at <= $1 ORDER BY notification_check_at, id LIMIT $2`,
      [now, limit],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }
}

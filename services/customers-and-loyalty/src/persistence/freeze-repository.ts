import type { FreezeRepository } from '../application/ports';
import type { Freeze } from '../domain/freeze';
import { rows, Table, type Sql } from './sql';

const FREEZES = new Table<Freeze>(
  'account_freeze',
  `id customerId source complaintId reason reportedAt freezeDueAt frozenAt frozenBy frozenOnTime
   investigationDueAt major unfrozenAt unfrozenBy unfreezeReason`,
);

export class SqlFreezeRepository implements FreezeRepository {
  constructor(private readonly db: Sql) {}

  async insert(f: Freeze): Promise<void> {
    await FREEZES.insert(this.db, f);
  }

  closeOpen(customerId: string, at: Date, by: string, reason: string): Promise<Freeze[]> {
    return rows<Freeze>(
      this.db,
      `WITH closed AS (
         UPDATE account_freeze SET unfrozen_at = $2, unfrozen_by = $3, unfreeze_reason = $4
         WHERE customer_id = $1 AND unfrozen_at IS NULL RETURNING *)
       SELECT ${FREEZES.columns} FROM closed ORDER BY frozen_at`,
      [customerId, at, by, reason],
    );
  }

  byComplaint(complaintId: string): Promise<Freeze | null> {
    return FREEZES.find(this.db, 'complaint_id = $1', [complaintId]);
  }

  of(customerIds: readonly string[]): Promise<Freeze[]> {
    return FREEZES.whereAny(this.db, 'customer_id', customerIds, 'ORDER BY frozen_at');
  }
}

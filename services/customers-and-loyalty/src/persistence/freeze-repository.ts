import type { FreezeRepository } from '../application/ports';
import type { Freeze } from '../domain/freeze';
import { dateOrNull, exec, rows, type Sql } from './sql';

type Row = Record<string, unknown>;

function toFreeze(r: Row): Freeze {
  return {
    id: r.id as string,
    customerId: r.customer_id as string,
    source: r.source as Freeze['source'],
    complaintId: r.complaint_id as string | null,
    reason: r.reason as string,
    reportedAt: new Date(r.reported_at as string),
    freezeDueAt: new Date(r.freeze_due_at as string),
    frozenAt: new Date(r.frozen_at as string),
    frozenBy: r.frozen_by as string,
    frozenOnTime: r.frozen_on_time as boolean,
    investigationDueAt: new Date(r.investigation_due_at as string),
    major: r.major as boolean,
    unfrozenAt: dateOrNull(r.unfrozen_at),
    unfrozenBy: r.unfrozen_by as string | null,
    unfreezeReason: r.unfreeze_reason as string | null,
  };
}

export class SqlFreezeRepository implements FreezeRepository {
  constructor(private readonly db: Sql) {}

  async insert(f: Freeze): Promise<void> {
    await exec(
      this.db,
      `INSERT INTO account_freeze (id, customer_id, source, complaint_id, reason, reported_at, freeze_due_at, frozen_at,
         frozen_by, frozen_on_time, investigation_due_at, major)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        f.id,
        f.customerId,
        f.source,
        f.complaintId,
        f.reason,
        f.reportedAt,
        f.freezeDueAt,
        f.frozenAt,
        f.frozenBy,
        f.frozenOnTime,
        f.investigationDueAt,
        f.major,
      ],
    );
  }

  async closeOpen(customerId: string, at: Date, by: string, reason: string): Promise<Freeze[]> {
    return (
      await rows(
        this.db,
        `WITH closed AS (
           UPDATE account_freeze SET unfrozen_at = $2, unfrozen_by = $3, unfreeze_reason = $4
           WHERE customer_id = $1 AND unfrozen_at IS NULL RETURNING *)
         SELECT * FROM closed ORDER BY frozen_at`,
        [customerId, at, by, reason],
      )
    ).map(toFreeze);
  }

  async byComplaint(complaintId: string): Promise<Freeze | null> {
    const found = await rows(this.db, `SELECT * FROM account_freeze WHERE complaint_id = $1`, [complaintId]);
    return found[0] ? toFreeze(found[0]) : null;
  }

  async of(customerIds: readonly string[]): Promise<Freeze[]> {
    if (customerIds.length === 0) return [];
    return (
      await rows(
        this.db,
        `SELECT * FROM account_freeze WHERE customer_id = ANY($1::uuid[]) ORDER BY frozen_at`,
        [customerIds],
      )
    ).map(toFreeze);
  }
}

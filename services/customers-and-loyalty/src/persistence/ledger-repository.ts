import type { LedgerPage, LedgerRepository } from '../application/ports';
import type {
  Allocation,
  ExpiryNotice,
  LedgerEntry,
  LedgerKind,
  LedgerSource,
  Lot,
  PointsDraw,
  PointsExpiry,
  Wallet,
} from '../domain/points';
import { LEDGER_PAGE_COLUMNS, ledgerPages } from './customer-pages';
import { dateOrNull, exec, rows, type Sql } from './sql';

type Row = Record<string, unknown>;

/** The columns of a page's entry, of the credit `c` a debit drew from. */
const CREDIT_COLUMNS = LEDGER_PAGE_COLUMNS.split(',')
  .map((column) => `c.${column.trim()}`)
  .join(', ');

function toEntry(r: Row): LedgerEntry & { seq: number } {
  return {
    id: r.id as string,
    customerId: r.customer_id as string,
    kind: r.kind as LedgerKind,
    points: Number(r.points),
    status: r.status as LedgerEntry['status'],
    source: r.source as LedgerSource,
    sourceId: r.source_id as string | null,
    reason: r.reason as string | null,
    expiresAt: dateOrNull(r.expires_at),
    remaining: r.remaining === null ? null : Number(r.remaining),
    allocations: (r.allocations as Allocation[] | null) ?? null,
    postedAt: new Date(r.posted_at as string),
    seq: Number(r.seq),
  };
}

/** The points ledger: entries, the lots the credits leave, and the wallet they add up to. */
export class SqlLedgerRepository implements LedgerRepository {
  constructor(private readonly db: Sql) {}

  async insertEntry(e: LedgerEntry): Promise<void> {
    await exec(
      this.db,
      `INSERT INTO ledger_entry (id, customer_id, kind, points, status, source, source_id, reason, expires_at, remaining,
         allocations, posted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        e.id,
        e.customerId,
        e.kind,
        e.points,
        e.status,
        e.source,
        e.sourceId,
        e.reason,
        e.expiresAt,
        e.remaining,
        e.allocations ? JSON.stringify(e.allocations) : null,
        e.postedAt,
      ],
    );
  }

  async setEntryStatus(id: string, status: LedgerEntry['status']): Promise<void> {
    await exec(this.db, `UPDATE ledger_entry SET status = $2 WHERE id = $1`, [id, status]);
  }

  async findEntry(kind: LedgerKind, source: LedgerSource, sourceId: string): Promise<LedgerEntry | null> {
    const found = await rows(
      this.db,
      `SELECT * FROM ledger_entry WHERE kind = $1 AND source = $2 AND source_id = $3`,
      [kind, source, sourceId],
    );
    return found[0] ? toEntry(found[0]) : null;
  }

  async lots(customerId: string): Promise<Lot[]> {
    return (
      await rows(
        this.db,
        `SELECT id, remaining, expires_at FROM ledger_entry WHERE customer_id = $1 AND remaining > 0 ORDER BY expires_at, id`,
        [customerId],
      )
    ).map((r) => ({
      id: r.id as string,
      remaining: Number(r.remaining),
      expiresAt: new Date(r.expires_at as string),
    }));
  }

  async consume(allocations: readonly Allocation[]): Promise<void> {
    if (allocations.length === 0) return;
    await exec(
      this.db,
      `UPDATE ledger_entry e SET remaining = e.remaining - a.points
       FROM unnest($1::uuid[], $2::int[]) AS a(id, points) WHERE e.id = a.id`,
      [allocations.map((a) => a.lotId), allocations.map((a) => a.points)],
    );
  }

  async restore(allocations: readonly Allocation[]): Promise<void> {
    if (allocations.length === 0) return;
    await exec(
      this.db,
      `UPDATE ledger_entry e SET remaining = e.remaining + a.points
       FROM unnest($1::uuid[], $2::int[]) AS a(id, points) WHERE e.id = a.id`,
      [allocations.map((a) => a.lotId), allocations.map((a) => a.points)],
    );
  }

  async setWallet(customerId: string, w: Wallet): Promise<void> {
    await exec(this.db, `UPDATE wallet SET balance = $2, locked = $3 WHERE customer_id = $1`, [
      customerId,
      w.balance,
      w.locked,
    ]);
  }

  pagesOf(customerIds: readonly string[], page: LedgerPage) {
    return ledgerPages(this.db, customerIds, page, toEntry);
  }

  async expiryOf(customerIds: readonly string[]): Promise<PointsExpiry[]> {
    return (
      await rows(
        this.db,
        `SELECT l.customer_id, l.expires_at, sum(l.remaining)::int AS points, n.noticed_at
         FROM ledger_entry l
         LEFT JOIN points_expiry_notice n ON n.customer_id = l.customer_id AND n.expires_at = l.expires_at
         WHERE l.customer_id = ANY($1::uuid[]) AND l.remaining > 0
         GROUP BY l.customer_id, l.expires_at, n.noticed_at ORDER BY l.customer_id, l.expires_at`,
        [customerIds],
      )
    ).map((r) => ({
      customerId: r.customer_id as string,
      expiresAt: new Date(r.expires_at as string),
      points: Number(r.points),
      remindedAt: dateOrNull(r.noticed_at),
    }));
  }

  async drawsOf(debitIds: readonly string[]): Promise<PointsDraw<LedgerEntry & { seq: number }>[]> {
    // The debit's allocations in the order taken, each with its credit, which is the same customer's.
    return (
      await rows(
        this.db,
        `SELECT d.id AS debit_id, a.points AS drawn, ${CREDIT_COLUMNS}
         FROM ledger_entry d
         CROSS JOIN LATERAL ROWS FROM (jsonb_to_recordset(d.allocations) AS ("lotId" uuid, points int))
           WITH ORDINALITY AS a(lot_id, points, n)
         JOIN ledger_entry c ON c.id = a.lot_id AND c.customer_id = d.customer_id
         WHERE d.id = ANY($1::uuid[]) AND d.allocations IS NOT NULL
         ORDER BY d.id, a.n`,
        [debitIds],
      )
    ).map((r) => ({ debitId: r.debit_id as string, points: Number(r.drawn), credit: toEntry(r) }));
  }

  async customersWithExpiredLots(now: Date): Promise<string[]> {
    return (
      await rows<{ customer_id: string }>(
        this.db,
        `SELECT DISTINCT customer_id FROM ledger_entry WHERE remaining > 0 AND expires_at <= $1`,
        [now],
      )
    ).map((r) => r.customer_id);
  }

  async customersToRemind(now: Date, until: Date): Promise<string[]> {
    return (
      await rows<{ customer_id: string }>(
        this.db,
        `SELECT DISTINCT l.customer_id FROM ledger_entry l JOIN customer c ON c.id = l.customer_id
         WHERE l.remaining > 0 AND l.expires_at > $1 AND l.expires_at <= $2 AND c.status = 'ACTIVE'
           AND NOT EXISTS (SELECT 1 FROM points_expiry_notice n
                            WHERE n.customer_id = l.customer_id AND n.expires_at = l.expires_at)`,
        [now, until],
      )
    ).map((r) => r.customer_id);
  }

  async recordExpiryNotice(customerId: string, notice: ExpiryNotice, at: Date): Promise<boolean> {
    const inserted = await rows(
      this.db,
      `INSERT INTO points_expiry_notice (customer_id, expires_at, points, noticed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [customerId, notice.expiresAt, notice.points, at],
    );
    return inserted.length > 0;
  }
}

import type { DiscountRepository } from '../application/ports';
import type { Tier } from '../domain/customer';
import type { Discount, DiscountKind } from '../domain/discount';
import { dateOrNull, exec, rows, type Sql } from './sql';

type Row = Record<string, unknown>;

function toDiscount(r: Row): Discount {
  return {
    id: r.id as string,
    customerId: r.customer_id as string,
    kind: r.kind as DiscountKind,
    tier: r.tier as Tier,
    period: r.period as string | null,
    value: String(r.value),
    currency: r.currency as string,
    status: r.status as Discount['status'],
    requestedBy: r.requested_by as string,
    requestedAt: new Date(r.requested_at as string),
    issuedAt: dateOrNull(r.issued_at),
  };
}

export class SqlDiscountRepository implements DiscountRepository {
  constructor(private readonly db: Sql) {}

  async insert(d: Discount): Promise<boolean> {
    const inserted = await rows(
      this.db,
      `INSERT INTO discount (id, customer_id, kind, tier, period, value, currency, status, requested_by, requested_at, issued_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        d.id,
        d.customerId,
        d.kind,
        d.tier,
        d.period,
        d.value,
        d.currency,
        d.status,
        d.requestedBy,
        d.requestedAt,
        d.issuedAt,
      ],
    );
    return inserted.length === 1;
  }

  async find(id: string, lock = false): Promise<Discount | null> {
    const found = await rows(this.db, `SELECT * FROM discount WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [
      id,
    ]);
    return found[0] ? toDiscount(found[0]) : null;
  }

  async update(d: Discount): Promise<void> {
    await exec(this.db, `UPDATE discount SET status = $2, issued_at = $3 WHERE id = $1`, [
      d.id,
      d.status,
      d.issuedAt,
    ]);
  }

  async issued(customerId: string, kind: DiscountKind, period: string): Promise<boolean> {
    const found = await rows(
      this.db,
      `SELECT 1 FROM discount WHERE customer_id = $1 AND kind = $2 AND period = $3 AND status <> 'REFUSED'`,
      [customerId, kind, period],
    );
    return found.length > 0;
  }
}

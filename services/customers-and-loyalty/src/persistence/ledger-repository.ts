import type { LedgerRepository, Purchase, Redemption } from '../application/ports';
import type { Tier } from '../domain/customer';
import type { Discount, DiscountKind } from '../domain/discount';
import type { Allocation, LedgerEntry, LedgerKind, LedgerSource, Lot } from '../domain/points';
import { dateOrNull, exec, one, rows, type Sql } from './sql';

type Row = Record<string, unknown>;

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

function toPurchase(r: Row): Purchase {
  return {
    id: r.id as string,
    customerId: r.customer_id as string,
    orderNumber: r.order_number as string,
    amount: String(r.amount),
    currency: r.currency as string,
    amountCny: String(r.amount_cny),
    returnedCny: String(r.returned_cny),
    pointsEarned: Number(r.points_earned),
    pointsReversed: Number(r.points_reversed),
    purchasedAt: new Date(r.purchased_at as string),
    spendYear: Number(r.spend_year),
  };
}

function toRedemption(r: Row): Redemption {
  return {
    id: r.id as string,
    customerId: r.customer_id as string,
    idempotencyKey: r.idempotency_key as string,
    points: Number(r.points),
    value: String(r.value),
    currency: r.currency as string,
    requiredAuthority: r.required_authority as Redemption['requiredAuthority'],
    status: r.status as Redemption['status'],
    ledgerEntryId: r.ledger_entry_id as string,
    approvalRequestId: r.approval_request_id as string | null,
    requestedBy: r.requested_by as string,
    requestedAt: new Date(r.requested_at as string),
    decidedAt: dateOrNull(r.decided_at),
  };
}

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

export const isUniqueViolation = (error: unknown) =>
  (error as { code?: string; driverError?: { code?: string } }).code === '23505' ||
  (error as { driverError?: { code?: string } }).driverError?.code === '23505';

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

  async setWallet(customerId: string, w: { balance: number; locked: number }): Promise<void> {
    await exec(this.db, `UPDATE wallet SET balance = $2, locked = $3 WHERE customer_id = $1`, [
      customerId,
      w.balance,
      w.locked,
    ]);
  }

  async page(customerId: string, page: { size: number; after?: number }) {
    const found = await rows(
      this.db,
      `SELECT * FROM ledger_entry WHERE customer_id = $1 AND ($2::bigint IS NULL OR seq < $2) ORDER BY seq DESC LIMIT $3`,
      [customerId, page.after ?? null, page.size + 1],
    );
    const { n } = await one<{ n: number }>(
      this.db,
      `SELECT count(*)::int AS n FROM ledger_entry WHERE customer_id = $1`,
      [customerId],
    );
    return { rows: found.map(toEntry), totalCount: n };
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

  async findPurchase(orderNumber: string, lock = false): Promise<Purchase | null> {
    const found = await rows(
      this.db,
      `SELECT * FROM purchase WHERE order_number = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [orderNumber],
    );
    return found[0] ? toPurchase(found[0]) : null;
  }

  async insertPurchase(p: Purchase): Promise<void> {
    await exec(
      this.db,
      `INSERT INTO purchase (id, customer_id, order_number, amount, currency, amount_cny, returned_cny, points_earned,
         points_reversed, purchased_at, spend_year)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        p.id,
        p.customerId,
        p.orderNumber,
        p.amount,
        p.currency,
        p.amountCny,
        p.returnedCny,
        p.pointsEarned,
        p.pointsReversed,
        p.purchasedAt,
        p.spendYear,
      ],
    );
  }

  async updatePurchase(p: Purchase): Promise<void> {
    await exec(
      this.db,
      `UPDATE purchase SET returned_cny = $2, points_earned = $3, points_reversed = $4 WHERE id = $1`,
      [p.id, p.returnedCny, p.pointsEarned, p.pointsReversed],
    );
  }

  async insertReturn(x: {
    id: string;
    purchaseId: string;
    returnNumber: string;
    amountCny: string;
    returnedAt: Date;
  }) {
    const inserted = await rows(
      this.db,
      `INSERT INTO purchase_return (id, purchase_id, return_number, amount_cny, returned_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (return_number) DO NOTHING RETURNING id`,
      [x.id, x.purchaseId, x.returnNumber, x.amountCny, x.returnedAt],
    );
    return inserted.length === 1;
  }

  async annualSpend(customerIds: readonly string[], year: number): Promise<Map<string, string>> {
    const result = new Map<string, string>(customerIds.map((id) => [id, '0.00']));
    if (customerIds.length === 0) return result;
    const found = await rows<{ customer_id: string; spend: string }>(
      this.db,
      `SELECT customer_id, sum(amount_cny - returned_cny)::numeric(18,2)::text AS spend FROM purchase
       WHERE customer_id = ANY($1::uuid[]) AND spend_year = $2 GROUP BY customer_id`,
      [customerIds, year],
    );
    for (const r of found) result.set(r.customer_id, r.spend);
    return result;
  }

  async insertRedemption(r: Redemption): Promise<boolean> {
    const inserted = await rows(
      this.db,
      `INSERT INTO redemption (id, customer_id, idempotency_key, points, value, currency, required_authority, status,
         ledger_entry_id, approval_request_id, requested_by, requested_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (customer_id, idempotency_key) DO NOTHING RETURNING id`,
      [
        r.id,
        r.customerId,
        r.idempotencyKey,
        r.points,
        r.value,
        r.currency,
        r.requiredAuthority,
        r.status,
        r.ledgerEntryId,
        r.approvalRequestId,
        r.requestedBy,
        r.requestedAt,
      ],
    );
    return inserted.length === 1;
  }

  async findRedemption(id: string, lock = false): Promise<Redemption | null> {
    const found = await rows(this.db, `SELECT * FROM redemption WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [
      id,
    ]);
    return found[0] ? toRedemption(found[0]) : null;
  }

  async findRedemptionByKey(customerId: string, key: string): Promise<Redemption | null> {
    const found = await rows(
      this.db,
      `SELECT * FROM redemption WHERE customer_id = $1 AND idempotency_key = $2`,
      [customerId, key],
    );
    return found[0] ? toRedemption(found[0]) : null;
  }

  async updateRedemption(r: Redemption): Promise<void> {
    await exec(
      this.db,
      `UPDATE redemption SET status = $2, approval_request_id = $3, decided_at = $4 WHERE id = $1`,
      [r.id, r.status, r.approvalRequestId, r.decidedAt],
    );
  }

  async insertDiscount(d: Discount): Promise<boolean> {
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

  async findDiscount(id: string, lock = false): Promise<Discount | null> {
    const found = await rows(this.db, `SELECT * FROM discount WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [
      id,
    ]);
    return found[0] ? toDiscount(found[0]) : null;
  }

  async updateDiscount(d: Discount): Promise<void> {
    await exec(this.db, `UPDATE discount SET status = $2, issued_at = $3 WHERE id = $1`, [
      d.id,
      d.status,
      d.issuedAt,
    ]);
  }

  async discountIssued(customerId: string, kind: DiscountKind, period: string): Promise<boolean> {
    const found = await rows(
      this.db,
      `SELECT 1 FROM discount WHERE customer_id = $1 AND kind = $2 AND period = $3 AND status <> 'REFUSED'`,
      [customerId, kind, period],
    );
    return found.length > 0;
  }
}

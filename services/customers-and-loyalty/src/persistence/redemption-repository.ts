import type { RedemptionRepository } from '../application/ports';
import type { Redemption } from '../domain/redemption';
import { dateOrNull, exec, rows, type Sql } from './sql';

type Row = Record<string, unknown>;

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

export class SqlRedemptionRepository implements RedemptionRepository {
  constructor(private readonly db: Sql) {}

  async insert(r: Redemption): Promise<boolean> {
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

  async find(id: string, lock = false): Promise<Redemption | null> {
    const found = await rows(this.db, `SELECT * FROM redemption WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [
      id,
    ]);
    return found[0] ? toRedemption(found[0]) : null;
  }

  async findByKey(customerId: string, key: string): Promise<Redemption | null> {
    const found = await rows(
      this.db,
      `SELECT * FROM redemption WHERE customer_id = $1 AND idempotency_key = $2`,
      [customerId, key],
    );
    return found[0] ? toRedemption(found[0]) : null;
  }

  async update(r: Redemption): Promise<void> {
    await exec(
      this.db,
      `UPDATE redemption SET status = $2, approval_request_id = $3, decided_at = $4 WHERE id = $1`,
      [r.id, r.status, r.approvalRequestId, r.decidedAt],
    );
  }
}

import { Decimal } from 'decimal.js';
import type { EntityManager } from 'typeorm';
import type { PaymentRepository } from '../application/ports';
import type { Payment } from '../domain/payment';

interface Row {
  id: string;
  request_id: string;
  order_number: string;
  amount: string;
  currency: string;
  paid_by: string;
  paid_at: Date;
}

const toDomain = (r: Row): Payment => ({
  id: r.id,
  requestId: r.request_id,
  orderNumber: r.order_number,
  amount: new Decimal(r.amount).toFixed(2),
  currency: r.currency,
  paidBy: r.paid_by,
  paidAt: r.paid_at,
});

export class SqlPaymentRepository implements PaymentRepository {
  constructor(private readonly manager: EntityManager) {}

  async lockRequest(requestId: string): Promise<void> {
    await this.manager.query(`SELECT 1 FROM approval_request WHERE id = $1 FOR UPDATE`, [requestId]);
  }

  async paidOn(requestId: string): Promise<string> {
    const [row] = (await this.manager.query(
      `SELECT coalesce(sum(amount), 0)::text AS paid FROM payment WHERE request_id = $1`,
      [requestId],
    )) as { paid: string }[];
    return new Decimal(row?.paid ?? '0').toFixed(2);
  }

  async insert(p: Payment): Promise<void> {
    await this.manager.query(
      `INSERT INTO payment (id, request_id, order_number, amount, currency, paid_by, paid_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [p.id, p.requestId, p.orderNumber, p.amount, p.currency, p.paidBy, p.paidAt],
    );
  }

  async byRequests(requestIds: readonly string[]): Promise<Payment[]> {
    if (requestIds.length === 0) return [];
    const rows: Row[] = await this.manager.query(
      `SELECT * FROM payment WHERE request_id = ANY($1::uuid[]) ORDER BY seq`,
      [requestIds],
    );
    return rows.map(toDomain);
  }
}

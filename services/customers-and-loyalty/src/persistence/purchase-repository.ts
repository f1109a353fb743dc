import type { PurchaseRepository, PurchaseReturn } from '../application/ports';
import type { Purchase } from '../domain/purchase';
import { exec, rows, type Sql } from './sql';

type Row = Record<string, unknown>;

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

export class SqlPurchaseRepository implements PurchaseRepository {
  constructor(private readonly db: Sql) {}

  async find(orderNumber: string, lock = false): Promise<Purchase | null> {
    const found = await rows(
      this.db,
      `SELECT * FROM purchase WHERE order_number = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [orderNumber],
    );
    return found[0] ? toPurchase(found[0]) : null;
  }

  async insert(p: Purchase): Promise<void> {
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

  async update(p: Purchase): Promise<void> {
    await exec(
      this.db,
      `UPDATE purchase SET returned_cny = $2, points_earned = $3, points_reversed = $4 WHERE id = $1`,
      [p.id, p.returnedCny, p.pointsEarned, p.pointsReversed],
    );
  }

  async insertReturn(x: PurchaseReturn): Promise<boolean> {
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
}

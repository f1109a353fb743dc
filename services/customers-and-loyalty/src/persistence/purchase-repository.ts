import type { PurchaseRepository, PurchaseReturn } from '../application/ports';
import type { Purchase } from '../domain/purchase';
import { rows, Table, type Sql } from './sql';

const PURCHASES = new Table<Purchase>(
  'purchase',
  `id customerId orderNumber amount currency amountCny returnedCny pointsEarned pointsReversed purchasedAt
   spendYear version`,
);
const RETURNS = new Table<PurchaseReturn>(
  'purchase_return',
  'id purchaseId returnNumber amountCny returnedAt',
);

export class SqlPurchaseRepository implements PurchaseRepository {
  constructor(private readonly db: Sql) {}

  find(orderNumber: string, lock = false): Promise<Purchase | null> {
    return PURCHASES.find(this.db, 'order_number = $1', [orderNumber], lock);
  }

  async insert(p: Purchase): Promise<void> {
    await PURCHASES.insert(this.db, p);
  }

  save(p: Purchase, version: number): Promise<Purchase> {
    return PURCHASES.save(this.db, 'Purchase', p, 'returnedCny pointsEarned pointsReversed', version);
  }

  insertReturn(x: PurchaseReturn): Promise<boolean> {
    return RETURNS.insert(this.db, x, 'ON CONFLICT (return_number) DO NOTHING');
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

import type { DiscountRepository } from '../application/ports';
import type { Discount, DiscountKind } from '../domain/discount';
import { CustomerRecordStore } from './customer-record-store';
import { rows, Table, type Sql } from './sql';

const DISCOUNTS = new Table<Discount>(
  'discount',
  'id customerId kind tier period value currency status requestedBy requestedAt issuedAt version',
);

export class SqlDiscountRepository extends CustomerRecordStore<Discount> implements DiscountRepository {
  constructor(db: Sql) {
    super(db, DISCOUNTS);
  }

  insert(d: Discount): Promise<boolean> {
    return DISCOUNTS.insert(this.db, d, 'ON CONFLICT DO NOTHING');
  }

  save(d: Discount, version: number): Promise<Discount> {
    return DISCOUNTS.save(this.db, 'Discount', d, 'status issuedAt', version);
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

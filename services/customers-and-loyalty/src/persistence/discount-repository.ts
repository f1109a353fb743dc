import type { PageRequest } from '@care/service-kit';
import type { CustomerPages, DiscountRepository } from '../application/ports';
import type { Discount, DiscountKind } from '../domain/discount';
import { customerPages } from './customer-pages';
import { rows, Table, type Sql } from './sql';

const DISCOUNTS = new Table<Discount>(
  'discount',
  'id customerId kind tier period value currency status requestedBy requestedAt issuedAt version',
);

export class SqlDiscountRepository implements DiscountRepository {
  constructor(private readonly db: Sql) {}

  insert(d: Discount): Promise<boolean> {
    return DISCOUNTS.insert(this.db, d, 'ON CONFLICT DO NOTHING');
  }

  find(id: string, lock = false): Promise<Discount | null> {
    return DISCOUNTS.find(this.db, 'id = $1', [id], lock);
  }

  findByIds(ids: readonly string[]): Promise<Discount[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : DISCOUNTS.select(this.db, 'WHERE id = ANY($1::uuid[])', [ids]);
  }

  pagesOf(customerIds: readonly string[], page: PageRequest): Promise<CustomerPages<Discount>> {
    return customerPages(this.db, DISCOUNTS, customerIds, page);
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

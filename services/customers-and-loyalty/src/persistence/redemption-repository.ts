import type { PageRequest } from '@care/service-kit';
import type { CustomerPages, RedemptionRepository } from '../application/ports';
import type { Redemption } from '../domain/redemption';
import { customerPages } from './customer-pages';
import { Table, type Sql } from './sql';

const REDEMPTIONS = new Table<Redemption>(
  'redemption',
  `id customerId idempotencyKey points value currency requiredAuthority status ledgerEntryId
   approvalRequestId requestedBy requestedAt decidedAt version`,
);

export class SqlRedemptionRepository implements RedemptionRepository {
  constructor(private readonly db: Sql) {}

  /** False when the customer used the idempotency key already. */
  insert(r: Redemption): Promise<boolean> {
    return REDEMPTIONS.insert(this.db, r, 'ON CONFLICT (customer_id, idempotency_key) DO NOTHING');
  }

  find(id: string, lock = false): Promise<Redemption | null> {
    return REDEMPTIONS.find(this.db, 'id = $1', [id], lock);
  }

  findByIds(ids: readonly string[]): Promise<Redemption[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : REDEMPTIONS.select(this.db, 'WHERE id = ANY($1::uuid[])', [ids]);
  }

  pagesOf(customerIds: readonly string[], page: PageRequest): Promise<CustomerPages<Redemption>> {
    return customerPages(this.db, REDEMPTIONS, customerIds, page);
  }

  findByKey(customerId: string, key: string): Promise<Redemption | null> {
    return REDEMPTIONS.find(this.db, 'customer_id = $1 AND idempotency_key = $2', [customerId, key]);
  }

  save(r: Redemption, version: number): Promise<Redemption> {
    return REDEMPTIONS.save(this.db, 'Redemption', r, 'status approvalRequestId decidedAt', version);
  }
}

import type { RedemptionRepository } from '../application/ports';
import type { Redemption } from '../domain/redemption';
import { CustomerRecordStore } from './customer-record-store';
import { Table, type Sql } from './sql';

const REDEMPTIONS = new Table<Redemption>(
  'redemption',
  `id customerId idempotencyKey points value currency requiredAuthority status ledgerEntryId
   approvalRequestId requestedBy requestedAt decidedAt version`,
);

export class SqlRedemptionRepository extends CustomerRecordStore<Redemption> implements RedemptionRepository {
  constructor(db: Sql) {
    super(db, REDEMPTIONS);
  }

  /** False when the customer used the idempotency key already. */
  insert(r: Redemption): Promise<boolean> {
    return REDEMPTIONS.insert(this.db, r, 'ON CONFLICT (customer_id, idempotency_key) DO NOTHING');
  }

  findByKey(customerId: string, key: string): Promise<Redemption | null> {
    return REDEMPTIONS.find(this.db, 'customer_id = $1 AND idempotency_key = $2', [customerId, key]);
  }

  save(r: Redemption, version: number): Promise<Redemption> {
    return REDEMPTIONS.save(this.db, 'Redemption', r, 'status approvalRequestId decidedAt', version);
  }
}

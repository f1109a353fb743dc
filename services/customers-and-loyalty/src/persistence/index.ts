import { messagingMigrations, outboxOf } from '@care/messaging';
import type { DataSource, EntityManager } from 'typeorm';
import type { Repositories, Transaction } from '../application/ports';
import { SqlCampaignRepository } from './campaign-repository';
import { SqlConsentRepository } from './consent-repository';
import { CustomerEntity } from './customer.entity';
import { SqlCustomerChangeRepository } from './customer-change-repository';
import { SqlCustomerRepository } from './customer-repository';
import { SqlDiscountRepository } from './discount-repository';
import { SqlFreezeRepository } from './freeze-repository';
import { SqlKpiRepository } from './kpi-repository';
import { SqlLedgerRepository } from './ledger-repository';
import { SqlPurchaseRepository } from './purchase-repository';
import { SqlRedemptionRepository } from './redemption-repository';
import { SqlTierRepository } from './tier-repository';
import { Customers1767225600000 } from './migrations/1767225600000-customers';
import { Loyalty1767225600002 } from './migrations/1767225600002-loyalty';
import { AggregateVersions1767398400000 } from './migrations/1767398400000-aggregate-versions';
import { CustomerRecordIndexes1767571200000 } from './migrations/1767571200000-customer-record-indexes';
import { CustomerChangeQueue1767657600000 } from './migrations/1767657600000-customer-change-queue';
import { PointsExpiryNotice1767744000000 } from './migrations/1767744000000-points-expiry-notice';

/** Reads and writes go through the SQL repositories; the entity documents the central table. */
export const entities = [CustomerEntity];
export const migrations = [
  Customers1767225600000,
  ...messagingMigrations,
  Loyalty1767225600002,
  AggregateVersions1767398400000,
  CustomerRecordIndexes1767571200000,
  CustomerChangeQueue1767657600000,
  PointsExpiryNotice1767744000000,
];
export { SqlKpiRepository };

/** The repositories over one connection: a transaction's, or the pool's for plain reads. */
export function repositoriesOf(manager: EntityManager): Repositories {
  return {
    customers: new SqlCustomerRepository(manager),
    consents: new SqlConsentRepository(manager),
    changes: new SqlCustomerChangeRepository(manager),
    freezes: new SqlFreezeRepository(manager),
    ledger: new SqlLedgerRepository(manager),
    purchases: new SqlPurchaseRepository(manager),
    redemptions: new SqlRedemptionRepository(manager),
    discounts: new SqlDiscountRepository(manager),
    tiers: new SqlTierRepository(manager),
    campaigns: new SqlCampaignRepository(manager),
  };
}

/** The repositories and the outbox of one transaction. */
export function transactionOf(manager: EntityManager): Transaction {
  return { ...repositoriesOf(manager), outbox: outboxOf(manager) };
}

/** Runs the work in one database transaction: its changes and its events commit together or not at all. */
export function unitOfWork(dataSource: DataSource) {
  return <T>(work: (tx: Transaction) => Promise<T>): Promise<T> =>
    dataSource.transaction((manager) => work(transactionOf(manager)));
}

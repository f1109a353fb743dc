import { MessagingTables1767225600001, OutboxTraceContext1767312000000, outboxOf } from '@care/messaging';
import type { DataSource, EntityManager } from 'typeorm';
import type { Transaction } from '../application/ports';
import { CustomerEntity } from './customer.entity';
import { SqlCampaignRepository } from './campaign-repository';
import { SqlCustomerRepository } from './customer-repository';
import { SqlKpiRepository } from './kpi-repository';
import { SqlLedgerRepository } from './ledger-repository';
import { SqlTierRepository } from './tier-repository';
import { Customers1767225600000 } from './migrations/1767225600000-customers';
import { Loyalty1767225600002 } from './migrations/1767225600002-loyalty';

/** Reads and writes go through the SQL repositories; the entity documents the central table. */
export const entities = [CustomerEntity];
export const migrations = [
  Customers1767225600000,
  MessagingTables1767225600001,
  Loyalty1767225600002,
  OutboxTraceContext1767312000000,
];
export {
  SqlCampaignRepository,
  SqlCustomerRepository,
  SqlKpiRepository,
  SqlLedgerRepository,
  SqlTierRepository,
};

/** The repositories of one transaction (or of plain reads, outside one). */
export function transactionOf(manager: EntityManager): Transaction {
  return {
    customers: new SqlCustomerRepository(manager),
    ledger: new SqlLedgerRepository(manager),
    tiers: new SqlTierRepository(manager),
    campaigns: new SqlCampaignRepository(manager),
    outbox: outboxOf(manager),
  };
}

/** Runs the work in one database transaction: its changes and its events commit together or not at all. */
export function unitOfWork(dataSource: DataSource) {
  return <T>(work: (tx: Transaction) => Promise<T>): Promise<T> =>
    dataSource.transaction((manager) => work(transactionOf(manager)));
}

import { messagingMigrations, outboxOf } from '@care/messaging';
import { unitOfWorkOn } from '@care/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { Transaction } from '../application/ports';
import { ComplaintEntity, CustomerTierEntity, RoutingRuleEntity } from './complaint.entity';
import {
  PostgresNumberSequence,
  TypeOrmComplaintRepository,
  TypeOrmRoutingTable,
  TypeOrmTierProjection,
} from './complaint-repository';
import { SqlComplaintStatistics } from './complaint-statistics';
import { SqlCustomerDirectory } from './customer-directory';
import { Complaints1767225600000 } from './migrations/1767225600000-complaints';
import { KnownCustomers1767225600002 } from './migrations/1767225600002-known-customers';
import { ComplaintDailyStats1767398400000 } from './migrations/1767398400000-complaint-daily-stats';
import { SolutionLookup1767484800000 } from './migrations/1767484800000-solution-lookup';

export const entities = [ComplaintEntity, CustomerTierEntity, RoutingRuleEntity];
export const migrations = [
  Complaints1767225600000,
  ...messagingMigrations,
  KnownCustomers1767225600002,
  ComplaintDailyStats1767398400000,
  SolutionLookup1767484800000,
];
export { SqlComplaintStatistics, SqlCustomerDirectory, TypeOrmComplaintRepository, TypeOrmTierProjection };

/** The use cases' view of a transaction that is open on `manager`. */
export function transactionOf(manager: EntityManager): Transaction {
  return {
    complaints: new TypeOrmComplaintRepository(manager),
    numbers: new PostgresNumberSequence(manager),
    routing: new TypeOrmRoutingTable(manager),
    tiers: new TypeOrmTierProjection(manager),
    customers: new SqlCustomerDirectory(manager),
    outbox: outboxOf(manager),
  };
}

/**
 * The repositories use cases read outside a transaction, on the service's own manager: complaints, the
 * tier projection and the statistics.
 */
export function serviceRepositories(manager: EntityManager) {
  const { complaints, tiers } = transactionOf(manager);
  return { complaints, tiers, statistics: new SqlComplaintStatistics(manager) };
}

/** Runs the work in one database transaction: everything it writes commits together or not at all. */
export const unitOfWork = (dataSource: DataSource) => unitOfWorkOn(dataSource, transactionOf);

import { MessagingTables1767225600001, outboxOf } from '@care/messaging';
import type { DataSource } from 'typeorm';
import type { Transaction } from '../application/ports';
import { CustomerEntity } from './customer.entity';
import { TypeOrmCustomerRepository } from './customer-repository';
import { Customers1767225600000 } from './migrations/1767225600000-customers';

export const entities = [CustomerEntity];
export const migrations = [Customers1767225600000, MessagingTables1767225600001];
export { TypeOrmCustomerRepository };

/** Runs the work in one database transaction: its changes and its events commit together or not at all. */
export function unitOfWork(dataSource: DataSource) {
  return <T>(work: (tx: Transaction) => Promise<T>): Promise<T> =>
    dataSource.transaction((manager) =>
      work({ customers: new TypeOrmCustomerRepository(manager), outbox: outboxOf(manager) }),
    );
}

import { MessagingTables1767225600001, OutboxTraceContext1767312000000, outboxOf } from '@care/messaging';
import { unitOfWorkOn } from '@care/service-kit';
import type { DataSource } from 'typeorm';
import type { Transaction } from '../application/ports';
import { AuditEntryEntity } from './audit-entry.entity';
import { TypeOrmAuditEntryRepository } from './audit-entry-repository';
import { AuditEntries1767225600000 } from './migrations/1767225600000-audit-entries';

export const entities = [AuditEntryEntity];
export const migrations = [
  AuditEntries1767225600000,
  MessagingTables1767225600001,
  OutboxTraceContext1767312000000,
];
export { TypeOrmAuditEntryRepository };

/** Runs the work in one database transaction: its changes and its events commit together or not at all. */
export const unitOfWork = (dataSource: DataSource) =>
  unitOfWorkOn(dataSource, (manager): Transaction => ({
    entries: new TypeOrmAuditEntryRepository(manager),
    outbox: outboxOf(manager),
  }));

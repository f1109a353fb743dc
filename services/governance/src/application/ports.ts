import type { Outbox } from '@care/contracts';
import type { PageRequest, UnitOfWork } from '@care/service-kit';
import type { AuditEntry } from '../domain/audit-entry';

export interface AuditFilter {
  subjectType?: string | null;
  subjectId?: string | null;
  actor?: string | null;
}

export interface AuditEntryRepository {
  findByIds(ids: readonly string[]): Promise<AuditEntry[]>;
  list(filter: AuditFilter, page: PageRequest): Promise<{ rows: AuditEntry[]; totalCount: number }>;
  insert(entry: AuditEntry): Promise<void>;
  /** Inserts unless an entry with this id exists (events are traced once). */
  insertOnce(entry: AuditEntry): Promise<void>;
}

export interface Transaction {
  entries: AuditEntryRepository;
  outbox: Outbox;
}

export interface Deps {
  /** Reads outside a transaction. */
  entries: AuditEntryRepository;
  /** Runs the work in one transaction: the changes and their events commit together or not at all. */
  unitOfWork: UnitOfWork<Transaction>;
  clock: { now(): Date };
  newId: () => string;
}

import type { Outbox } from '@care/contracts';
import type { PageRequest, UnitOfWork } from '@care/service-kit';
import type { SealedAuditEntry } from '../domain/audit-chain';
import type { AuditEntry } from '../domain/audit-entry';
import type { WorkingDays } from '../domain/rectification';
import type { WorkingDayCalendar } from '../domain/violation-policy';
import type { AuditChainDeps, AuditChainStore } from './audit-chain-ports';
import type { DocumentCipher, DocumentRepository } from './document-ports';
import type { RectificationRepository } from './rectification-ports';
import type { DiscountWatch, ViolationRepository, ViolationSettings } from './violation-ports';

export interface AuditFilter {
  subjectType?: string | null;
  subjectId?: string | null;
  actor?: string | null;
}

export interface AuditEntryRepository {
  findByIds(ids: readonly string[]): Promise<SealedAuditEntry[]>;
  list(filter: AuditFilter, page: PageRequest): Promise<{ rows: SealedAuditEntry[]; totalCount: number }>;
  /** Appends the entry to the tamper-evident chain (DOMAIN 4.1): it comes back with its position and hash. */
  insert(entry: AuditEntry): Promise<SealedAuditEntry>;
  /** Inserts unless an entry with this id exists (events are traced once). */
  insertOnce(entry: AuditEntry): Promise<void>;
}

export interface Transaction {
  entries: AuditEntryRepository;
  /** The audit chain itself: its head, checkpoint and segments (DOMAIN 4.1). */
  chain: AuditChainStore;
  outbox: Outbox;
  rectifications: RectificationRepository;
  documents: DocumentRepository;
  violations: ViolationRepository;
  discounts: DiscountWatch;
}

export interface Deps {
  /** Reads outside a transaction. */
  entries: AuditEntryRepository;
  /** Runs the work in one transaction: the changes and their events commit together or not at all. */
  unitOfWork: UnitOfWork<Transaction>;
  clock: { now(): Date };
  newId: () => string;
  /** Retention and consistent reads of the audit chain (DOMAIN 4.1). */
  auditChain: AuditChainDeps;
  /** Violations and penalties (DOMAIN 4.5): reads, and the settings of their detection. */
  violations: ViolationRepository;
  violationSettings: ViolationSettings;
  /** The company's working-day calendar (DOMAIN "Working days"). */
  calendar: WorkingDays & WorkingDayCalendar;
  rectifications: RectificationRepository;
  documents: DocumentRepository;
  /** Envelope encryption of document content (DOMAIN 4.7). */
  documentCipher: DocumentCipher;
  /** The largest document content accepted, in bytes. */
  documentMaxBytes: number;
}

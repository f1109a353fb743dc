import type { ChainPoint, SealedAuditEntry } from '../domain/audit-chain';
import type { AuditEntry } from '../domain/audit-entry';

/** The end of the chain: the position and hash to export and hold outside the system. */
export interface AuditHead extends ChainPoint {
  updatedAt: Date;
}

/** The last entry a retention purge removed: the rest of the chain verifies from its hash. */
export interface AuditCheckpoint extends ChainPoint {
  purgedAt: Date;
  /** Entries that happened up to this instant were past retention. */
  cutoff: Date;
  deleted: number;
}

/** The tamper-evident chain of audit entries (DOMAIN 4.1). */
export interface AuditChainStore {
  /**
   * Appends the entry as the chain's next link, serialised with every other append. With `once`, an
   * entry whose id is in the trail already is left alone (null).
   */
  append(entry: AuditEntry, options?: { once?: boolean }): Promise<SealedAuditEntry | null>;
  head(): Promise<AuditHead>;
  /** The latest purge's checkpoint; null when nothing was ever purged. */
  checkpoint(): Promise<AuditCheckpoint | null>;
  /** The highest position any stored entry has (an inserted entry may lie beyond the head). */
  lastPosition(): Promise<number>;
  /** The stored entries with positions from..to, in position order. */
  segment(from: number, to: number): Promise<SealedAuditEntry[]>;
  /** Deletes the oldest entries past retention (see SqlAuditChain.purge); null when none was. */
  purge(cutoff: Date, now: Date, id: string): Promise<AuditCheckpoint | null>;
}

/** What the audit-chain use cases need beyond the service's common dependencies. */
export interface AuditChainDeps {
  /** Months entries are kept: at least 6 (DOMAIN 4.1), longer by configuration. */
  retentionMonths: number;
  /** Reads the chain in one consistent snapshot that takes no lock: appends go on meanwhile. */
  snapshot: <T>(work: (chain: AuditChainStore) => Promise<T>) => Promise<T>;
}

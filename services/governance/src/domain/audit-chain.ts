import { createHash } from 'node:crypto';
import { refuse } from '@care/domain-kernel';
import canonicalize from 'canonicalize';
import { governanceTrace, RETENTION_MONTHS, retentionEnd, type AuditEntry } from './audit-entry';

/**
 * DOMAIN 4.1, tamper-evident: every audit entry has a position in one chain and a hash that covers the
 * hash before it and its own content, so a changed, inserted or removed entry shows when the chain is
 * verified, and a head held outside the system shows a chain rewritten from end to end.
 *
 * hash = hex SHA-256 of the UTF-8 bytes of the RFC 8785 canonical JSON of `chainedContent` (the entry's
 * fields, its position and the previous entry's hash). The first entry follows GENESIS_HASH; after a
 * retention purge, the first entry kept follows the last purged entry's hash (the checkpoint).
 */
export const GENESIS_HASH = '0'.repeat(64);

/** Names the hashed format, so that a later format can be told apart. */
export const CHAIN_FORMAT = 'care.audit.v1';

/** A place in the chain: a position and the hash of the entry there (0 and GENESIS_HASH before the first). */
export interface ChainPoint {
  position: number;
  hash: string;
}

export interface SealedAuditEntry extends AuditEntry {
  position: number;
  previousHash: string;
  hash: string;
}

/** What an entry's hash covers. */
export function chainedContent(entry: AuditEntry, position: number, previousHash: string) {
  return {
    format: CHAIN_FORMAT,
    position,
    previousHash,
    id: entry.id,
    occurredAt: entry.occurredAt.toISOString(),
    actor: entry.actor,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    source: entry.source,
    details: entry.details,
    retainUntil: entry.retainUntil.toISOString(),
  };
}

export function entryHash(entry: AuditEntry, position: number, previousHash: string): string {
  const canonical = canonicalize(chainedContent(entry, position, previousHash));
  if (canonical === undefined) throw new Error('an audit entry has no canonical form');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** The entry as the next link after `head`. */
export function seal(head: ChainPoint, entry: AuditEntry): SealedAuditEntry {
  const position = head.position + 1;
  return { ...entry, position, previousHash: head.hash, hash: entryHash(entry, position, head.hash) };
}

/** The hashes an entry's own fields give: false when its content or its hash was changed. */
export const isSelfConsistent = (row: SealedAuditEntry): boolean =>
  entryHash(row, row.position, row.previousHash) === row.hash;

// ---- Retention (DOMAIN 4.1: at least 6 months) ---------------------------------------------------

/** The shortest retention the company may configure. */
export const MIN_RETENTION_MONTHS = RETENTION_MONTHS;

/** Entries that happened at or before this instant are past a retention of `months` months at `now`. */
export function purgeCutoff(now: Date, months: number): Date {
  if (!Number.isInteger(months) || months < MIN_RETENTION_MONTHS)
    throw new RangeError(`audit retention must be at least ${MIN_RETENTION_MONTHS} months, got ${months}`);
  return retentionEnd(now, -months);
}

/**
 * A purge asked to remove entries up to `before` is refused when that reaches into the retention period:
 * nothing younger than the retention is ever deleted.
 */
export function checkPurgeCutoff(before: Date, now: Date, months: number): Date {
  const cutoff = purgeCutoff(now, months);
  if (before.getTime() > cutoff.getTime())
    throw refuse.input(
      'before',
      `audit entries are kept ${months} months: a purge may remove entries up to ${cutoff.toISOString()} only`,
      { cutoff: cutoff.toISOString() },
    );
  return before;
}

// ---- Reading the trail is itself audited (DOMAIN 4.1) --------------------------------------------

/** The action of an entry that records a read of the audit trail. */
export const TRAIL_READ_ACTION = 'audit.trail_read';

/**
 * The entry that says who read what of the audit trail: `what` names the read (the query), `details`
 * its arguments and what it returned (positions, not content).
 */
export function trailRead(
  read: { what: string; details: Record<string, unknown> },
  context: { id: string; actor: string; now: Date },
): AuditEntry {
  return governanceTrace(TRAIL_READ_ACTION, { type: 'audit_trail', id: read.what }, read.details, context);
}

import type { SealedAuditEntry } from '../domain/audit-chain';

/** The audit entries' table, and the columns SQL reads of an entry. */
export const AUDIT_ENTRIES = {
  table: 'audit_entry',
  columns:
    'id, occurred_at, actor, action, subject_type, subject_id, source, details, retain_until, position, ' +
    'previous_hash, hash',
};

/** A row of `audit_entry` as raw SQL returns it: bigint positions come as strings. */
export interface AuditEntryRow {
  id: string;
  occurred_at: Date;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  source: string;
  details: Record<string, unknown> | null;
  retain_until: Date;
  position: string;
  previous_hash: string;
  hash: string;
}

export const toAuditEntry = (r: AuditEntryRow): SealedAuditEntry => ({
  id: r.id,
  occurredAt: r.occurred_at,
  actor: r.actor,
  action: r.action,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  source: r.source,
  details: r.details,
  retainUntil: r.retain_until,
  position: Number(r.position),
  previousHash: r.previous_hash,
  hash: r.hash,
});

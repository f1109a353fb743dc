import { refuse, type Role } from '@care/domain-kernel';
import { type Acting, SUPERVISION_ROLES } from './access';
import { type AuditEntry, governanceTrace } from './audit-entry';
import { type DocumentName, parseDocumentName } from './document-name';

// The register of controlled documents (DOMAIN 4.7): names that carry project, date and version, content
// stored encrypted, contracts readable by the director only unless access is granted; every read of
// a document's content, every grant and every refusal leaves an audit entry.

export const DOCUMENT_KINDS = ['CONTRACT', 'POLICY', 'REPORT', 'MEETING_MINUTES', 'OTHER'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Who files documents in the register: the customer-service director and managers, administration, compliance. */
export const DOCUMENT_REGISTRAR_ROLES: readonly Role[] = [
  'cs_director',
  'cs_manager',
  'administration',
  'compliance',
];

/** Who reads the register and the content of documents other than contracts. */
export const DOCUMENT_READER_ROLES: readonly Role[] = [
  ...DOCUMENT_REGISTRAR_ROLES,
  'cs_specialist',
  'qa_inspector',
  ...SUPERVISION_ROLES.filter((r) => r !== 'admin' && r !== 'administration' && r !== 'compliance'),
  'gm',
  'gm_office',
];

/**
 * DOMAIN 4.7 (the seed: 合同存档仅限总监调阅): contracts are read by the director, the customer-service
 * director, and the general manager above them; anyone else, the platform's admin included, only with
 * a grant. The admin role operates the register (keys) but is not a reader of contracts.
 */
export const CONTRACT_READER_ROLES: readonly Role[] = ['cs_director', 'gm'];

/** Who grants access to a document: the contract readers. */
export const GRANT_ROLES: readonly Role[] = CONTRACT_READER_ROLES;

/** Who sees the grants of a document: the granters and supervision reviewing them. */
export const GRANT_READER_ROLES: readonly Role[] = [
  ...GRANT_ROLES,
  'audit',
  'compliance',
  'internal_control',
];

/** A grant is time-limited: at most this long. */
export const MAX_GRANT_DAYS = 30;

const CONTENT_TYPE = /^[a-z]+\/[a-z0-9.+-]{1,90}$/;

export interface ControlledDocument extends Omit<DocumentName, 'date'> {
  id: string;
  documentDate: string;
  kind: DocumentKind;
  contentType: string;
  sizeBytes: number;
  /** The master key that wraps the document's data key (changes when keys are re-wrapped). */
  keyId: string;
  registeredBy: string;
  registeredAt: Date;
}

export interface AccessGrant {
  id: string;
  documentId: string;
  /** The person (token subject) who may read the document. */
  grantee: string;
  validUntil: Date;
  reason: string;
  grantedBy: string;
  grantedAt: Date;
  revokedBy: string | null;
  revokedAt: Date | null;
}

/** Why a read was allowed: the reader's role, or a grant. */
export type AccessBasis = { basis: 'ROLE'; grantId: null } | { basis: 'GRANT'; grantId: string };

const holds = (actor: Acting, roles: readonly Role[]) => roles.some((r) => actor.roles.includes(r));
const holdsOrAdmin = (actor: Acting, roles: readonly Role[]) =>
  actor.roles.includes('admin') || holds(actor, roles);

export function registerDocument(
  input: { name: string; kind: DocumentKind; contentType?: string | null; sizeBytes: number },
  context: { id: string; actor: string; now: Date; keyId: string; maxBytes: number },
): ControlledDocument {
  const { date, ...name } = parseDocumentName(input.name);
  const contentType = input.contentType ?? 'application/octet-stream';
  if (!CONTENT_TYPE.test(contentType))
    throw refuse.input('contentType', 'contentType must be a media type such as application/pdf');
  if (input.sizeBytes < 1 || input.sizeBytes > context.maxBytes)
    throw refuse.input('contentBase64', `a document's content must have 1 to ${context.maxBytes} bytes`, {
      maxBytes: context.maxBytes,
      sizeBytes: input.sizeBytes,
    });
  return {
    ...name,
    id: context.id,
    documentDate: date,
    kind: input.kind,
    contentType,
    sizeBytes: input.sizeBytes,
    keyId: context.keyId,
    registeredBy: context.actor,
    registeredAt: context.now,
  };
}

export const mayReadRegister = (actor: Acting) => holdsOrAdmin(actor, DOCUMENT_READER_ROLES);

/** Only the contract readers grant access (the admin role does not: it could grant itself contracts). */
export function assertMayGrant(actor: Acting): void {
  if (!holds(actor, GRANT_ROLES))
    throw refuse.forbidden(`granting access to a document needs one of the roles: ${GRANT_ROLES.join(', ')}`);
}

const isLive = (g: AccessGrant, now: Date) => g.revokedAt === null && g.validUntil.getTime() > now.getTime();

/**
 * DOMAIN 4.7: may the actor read this document's content now? A contract by the contract readers, any
 * other document by the register's readers; anyone else with a live grant of their own. An expired or
 * revoked grant is refused, and says so.
 */
export function contentAccess(
  document: ControlledDocument,
  actor: Acting,
  grants: readonly AccessGrant[],
  now: Date,
): AccessBasis {
  const byRole =
    document.kind === 'CONTRACT'
      ? holds(actor, CONTRACT_READER_ROLES)
      : holdsOrAdmin(actor, DOCUMENT_READER_ROLES);
  if (byRole) return { basis: 'ROLE', grantId: null };
  const own = grants.filter((g) => g.documentId === document.id && g.grantee === actor.sub);
  const live = own.find((g) => isLive(g, now));
  if (live) return { basis: 'GRANT', grantId: live.id };
  const latest = [...own].sort((a, b) => b.validUntil.getTime() - a.validUntil.getTime())[0];
  if (latest?.revokedAt)
    throw refuse.forbidden(`your access to ${document.name} was revoked`, { documentId: document.id });
  if (latest)
    throw refuse.forbidden(`your access to ${document.name} expired at ${latest.validUntil.toISOString()}`, {
      documentId: document.id,
      expiredAt: latest.validUntil.toISOString(),
    });
  throw refuse.forbidden(
    document.kind === 'CONTRACT'
      ? 'contracts are read by the director only unless access is granted (DOMAIN 4.7)'
      : 'reading this document needs a document role or a grant',
    { documentId: document.id },
  );
}

/** A time-limited grant to one person, with its reason (DOMAIN 4.7). */
export function grantAccess(
  document: ControlledDocument,
  input: { grantee: string; validUntil: Date; reason: string },
  context: { id: string; actor: string; now: Date },
): AccessGrant {
  const grantee = input.grantee.trim();
  if (grantee.length === 0 || grantee.length > 200)
    throw refuse.input('grantee', 'grantee must have 1 to 200 characters');
  const reason = input.reason.trim();
  if (reason.length === 0 || reason.length > 1_000)
    throw refuse.input('reason', 'reason must have 1 to 1000 characters');
  const until = input.validUntil.getTime();
  if (until <= context.now.getTime()) throw refuse.input('validUntil', 'a grant must end in the future');
  if (until > context.now.getTime() + MAX_GRANT_DAYS * 86_400_000)
    throw refuse.input('validUntil', `a grant lasts at most ${MAX_GRANT_DAYS} days`, {
      maxDays: MAX_GRANT_DAYS,
    });
  return {
    id: context.id,
    documentId: document.id,
    grantee,
    validUntil: input.validUntil,
    reason,
    grantedBy: context.actor,
    grantedAt: context.now,
    revokedBy: null,
    revokedAt: null,
  };
}

export function revokeGrant(grant: AccessGrant, context: { actor: string; now: Date }): AccessGrant {
  if (grant.revokedAt) throw refuse.transition('the grant was revoked already');
  if (grant.validUntil.getTime() <= context.now.getTime())
    throw refuse.transition('the grant has expired already');
  return { ...grant, revokedBy: context.actor, revokedAt: context.now };
}

/** The subject type of documents in the audit trail. */
export const DOCUMENT_SUBJECT = 'ControlledDocument';

/** An audit entry of something done to or with a document (a read, a refusal, a grant, a re-wrap). */
export const documentTrace = (
  action: string,
  subjectId: string,
  details: Record<string, unknown>,
  context: { id: string; actor: string; now: Date },
): AuditEntry => governanceTrace(action, { type: DOCUMENT_SUBJECT, id: subjectId }, details, context);

import type { Envelope } from '@care/contracts';
import { refuse } from '@care/domain-kernel';
import { eventContextOf, type Actor, type Caller } from '@care/service-kit';
import {
  assertMayGrant,
  documentTrace,
  grantAccess,
  GRANT_READER_ROLES,
  revokeGrant,
  type AccessGrant,
} from '../domain/controlled-document';
import { accessGrantedEvent, accessRevokedEvent } from './events';
import type { Deps, Transaction } from './ports';

/** A grant's change as a document trace in the audit chain (DOMAIN 4.1) and its event, in its transaction. */
async function auditAndPublish(
  deps: Pick<Deps, 'newId'>,
  tx: Transaction,
  by: { caller: Caller; now: Date },
  change: { action: string; documentId: string; details: Record<string, unknown>; event: Envelope },
): Promise<void> {
  await tx.entries.insert(
    documentTrace(change.action, change.documentId, change.details, {
      id: deps.newId(),
      actor: by.caller.actor.sub,
      now: by.now,
    }),
  );
  await tx.outbox.enqueue(change.event);
}

/**
 * DOMAIN 4.7: the director (or the GM) grants one person access to a document until a time, with a
 * reason; the grant is recorded, audited and published.
 */
export async function grantDocumentAccess(
  deps: Deps,
  caller: Caller,
  input: { documentId: string; grantee: string; validUntil: Date; reason: string },
): Promise<AccessGrant> {
  assertMayGrant(caller.actor);
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const document = await tx.documents.findById(input.documentId);
    if (!document) throw refuse.notFound('Document', input.documentId);
    const grant = grantAccess(document, input, { id: deps.newId(), actor: caller.actor.sub, now });
    await tx.documents.insertGrant(grant);
    await auditAndPublish(
      deps,
      tx,
      { caller, now },
      {
        action: 'document.access_granted',
        documentId: document.id,
        details: {
          grantId: grant.id,
          grantee: grant.grantee,
          validUntil: grant.validUntil.toISOString(),
          reason: grant.reason,
        },
        event: accessGrantedEvent(grant, eventContextOf(caller)),
      },
    );
    return grant;
  });
}

/** Ends a grant before its time; recorded, audited and published. */
export async function revokeDocumentAccess(
  deps: Deps,
  caller: Caller,
  input: { grantId: string },
): Promise<AccessGrant> {
  assertMayGrant(caller.actor);
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const grant = await tx.documents.findGrant(input.grantId);
    if (!grant) throw refuse.notFound('Grant', input.grantId);
    const revoked = revokeGrant(grant, { actor: caller.actor.sub, now });
    await tx.documents.revokeGrant(revoked);
    await auditAndPublish(
      deps,
      tx,
      { caller, now },
      {
        action: 'document.access_revoked',
        documentId: grant.documentId,
        details: { grantId: grant.id, grantee: grant.grantee },
        event: accessRevokedEvent(revoked, eventContextOf(caller)),
      },
    );
    return revoked;
  });
}

/** The grants of a document, live and past, for the granters and supervision. */
export async function listDocumentGrants(
  deps: Deps,
  actor: Actor,
  documentId: string,
): Promise<AccessGrant[]> {
  if (!GRANT_READER_ROLES.some((r) => actor.roles.includes(r)) && !actor.roles.includes('admin'))
    throw refuse.forbidden(`reading grants needs one of the roles: ${GRANT_READER_ROLES.join(', ')}`);
  return deps.documents.grantsOf(documentId);
}

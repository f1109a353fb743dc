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
import type { Deps } from './ports';

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
    await tx.entries.insert(
      documentTrace(
        'document.access_granted',
        document.id,
        {
          grantId: grant.id,
          grantee: grant.grantee,
          validUntil: grant.validUntil.toISOString(),
          reason: grant.reason,
        },
        { id: deps.newId(), actor: caller.actor.sub, now },
      ),
    );
    await tx.outbox.enqueue(accessGrantedEvent(grant, eventContextOf(caller)));
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
    await tx.entries.insert(
      documentTrace(
        'document.access_revoked',
        grant.documentId,
        { grantId: grant.id, grantee: grant.grantee },
        { id: deps.newId(), actor: caller.actor.sub, now },
      ),
    );
    await tx.outbox.enqueue(accessRevokedEvent(revoked, eventContextOf(caller)));
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

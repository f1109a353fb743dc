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

/** What a change of a grant wrote: the grant as it is now, its trace's action and details, and its event. */
interface GrantChange {
  grant: AccessGrant;
  action: string;
  details: Record<string, unknown>;
  event: Envelope;
}

/**
 * A change of a grant by the director (or the GM), checked before any I/O: in one transaction, the grant
 * written by `write`, its document trace in the audit chain (DOMAIN 4.1) and its event.
 */
async function changeGrant(
  deps: Deps,
  caller: Caller,
  write: (tx: Transaction, now: Date) => Promise<GrantChange>,
): Promise<AccessGrant> {
  assertMayGrant(caller.actor);
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const { grant, action, details, event } = await write(tx, now);
    await tx.entries.insert(
      documentTrace(action, grant.documentId, details, { id: deps.newId(), actor: caller.actor.sub, now }),
    );
    await tx.outbox.enqueue(event);
    return grant;
  });
}

/**
 * DOMAIN 4.7: the director (or the GM) grants one person access to a document until a time, with a
 * reason; the grant is recorded, audited and published.
 */
export const grantDocumentAccess = (
  deps: Deps,
  caller: Caller,
  input: { documentId: string; grantee: string; validUntil: Date; reason: string },
): Promise<AccessGrant> =>
  changeGrant(deps, caller, async (tx, now) => {
    const document = await tx.documents.findById(input.documentId);
    if (!document) throw refuse.notFound('Document', input.documentId);
    const grant = grantAccess(document, input, { id: deps.newId(), actor: caller.actor.sub, now });
    await tx.documents.insertGrant(grant);
    return {
      grant,
      action: 'document.access_granted',
      details: {
        grantId: grant.id,
        grantee: grant.grantee,
        validUntil: grant.validUntil.toISOString(),
        reason: grant.reason,
      },
      event: accessGrantedEvent(grant, eventContextOf(caller)),
    };
  });

/** Ends a grant before its time; recorded, audited and published. */
export const revokeDocumentAccess = (
  deps: Deps,
  caller: Caller,
  input: { grantId: string },
): Promise<AccessGrant> =>
  changeGrant(deps, caller, async (tx, now) => {
    const grant = await tx.documents.findGrant(input.grantId);
    if (!grant) throw refuse.notFound('Grant', input.grantId);
    const revoked = revokeGrant(grant, { actor: caller.actor.sub, now });
    await tx.documents.revokeGrant(revoked);
    return {
      grant: revoked,
      action: 'document.access_revoked',
      details: { grantId: grant.id, grantee: grant.grantee },
      event: accessRevokedEvent(revoked, eventContextOf(caller)),
    };
  });

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

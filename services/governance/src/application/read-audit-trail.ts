import { requireRole, type Actor } from '@care/service-kit';
import { SUPERVISION_ROLES } from '../domain/access';
import { trailRead, type SealedAuditEntry } from '../domain/audit-chain';
import type { AuditFilter, Deps, Transaction } from './ports';
import { inOrderOf, type ListRead, pageOldestFirst } from './read-register';

/** Records in the chain who read what of the trail (DOMAIN 4.1), in the transaction of the read. */
export function recordTrailRead(
  deps: Pick<Deps, 'clock' | 'newId'>,
  tx: Pick<Transaction, 'entries'>,
  actor: Actor,
  what: string,
  details: Record<string, unknown>,
): Promise<SealedAuditEntry> {
  return tx.entries.insert(
    trailRead({ what, details }, { id: deps.newId(), actor: actor.sub, now: deps.clock.now() }),
  );
}

/** `auditEntries(filter)`, oldest first: the read is recorded in the chain, with the positions it returned. */
export const listAuditEntries: ListRead<AuditFilter, SealedAuditEntry> = (deps, actor, filter, args) => {
  requireRole(actor, ...SUPERVISION_ROLES);
  return deps.unitOfWork(async (tx) => {
    const page = await pageOldestFirst(
      args,
      (request) => tx.entries.list(filter, request),
      (e) => e.occurredAt,
    );
    await recordTrailRead(deps, tx, actor, 'auditEntries', {
      filter: {
        subjectType: filter.subjectType ?? null,
        subjectId: filter.subjectId ?? null,
        actor: filter.actor ?? null,
      },
      first: args.first ?? null,
      after: args.after ?? null,
      positions: page.edges.map((e) => e.node.position),
    });
    return page;
  });
};

export async function getAuditEntry(deps: Deps, actor: Actor, id: string): Promise<SealedAuditEntry | null> {
  requireRole(actor, ...SUPERVISION_ROLES);
  return deps.unitOfWork(async (tx) => {
    const [entry] = await tx.entries.findByIds([id]);
    await recordTrailRead(deps, tx, actor, 'auditEntry', { id, position: entry?.position ?? null });
    return entry ?? null;
  });
}

/**
 * Entries by id at once (a batch of entity references), in the order of `ids`: null where there is none.
 * The read is recorded once, naming the ids asked for and the positions found.
 */
export async function getAuditEntries(
  deps: Deps,
  actor: Actor,
  ids: readonly string[],
): Promise<(SealedAuditEntry | null)[]> {
  requireRole(actor, ...SUPERVISION_ROLES);
  return deps.unitOfWork(async (tx) => {
    const entries = inOrderOf(ids, await tx.entries.findByIds(ids));
    await recordTrailRead(deps, tx, actor, 'auditEntry', {
      ids: [...ids],
      positions: entries.flatMap((e) => (e ? [e.position] : [])),
    });
    return entries;
  });
}

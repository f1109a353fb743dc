import { auditPurged, createEvent } from '@care/contracts';
import { checkPurgeCutoff, purgeCutoff } from '../domain/audit-chain';
import { auditEntryFromEvent } from '../domain/audit-entry';
import type { AuditCheckpoint, Deps } from './ports';

/** The service account the purge acts as. */
const PURGE_ACTOR = { kind: 'service' as const, id: 'governance' };

/**
 * Deletes the audit entries past retention (DOMAIN 4.1: at least 6 months, longer by configuration),
 * oldest first, and never one younger: a `before` inside the retention period is refused, and the purge
 * stops at the first entry that is still within it. The purge is recorded as an event and as an entry in
 * the chain, and its checkpoint (the last purged entry's position and hash) keeps the rest verifiable.
 */
export async function purgeAuditTrail(
  deps: Pick<Deps, 'clock' | 'newId' | 'unitOfWork' | 'auditChain'>,
  options: { before?: Date } = {},
): Promise<AuditCheckpoint | null> {
  const now = deps.clock.now();
  const months = deps.auditChain.retentionMonths;
  const cutoff = options.before ? checkPurgeCutoff(options.before, now, months) : purgeCutoff(now, months);
  return deps.unitOfWork(async (tx) => {
    const checkpoint = await tx.chain.purge(cutoff, now, deps.newId());
    if (!checkpoint) return null;
    const event = createEvent(
      auditPurged,
      String(checkpoint.position),
      {
        throughPosition: checkpoint.position,
        throughHash: checkpoint.hash,
        deleted: checkpoint.deleted,
        cutoff: checkpoint.cutoff.toISOString(),
        purgedAt: now.toISOString(),
      },
      { actor: PURGE_ACTOR, correlationId: deps.newId(), time: now },
    );
    await tx.outbox.enqueue(event);
    await tx.entries.insert(auditEntryFromEvent(event));
    return checkpoint;
  });
}

import {
  type Actor,
  type Connection,
  decodeCursor,
  pageSize,
  requireRole,
  toConnection,
} from '@care/service-kit';
import { SUPERVISION_ROLES } from '../domain/access';
import type { SealedAuditEntry } from '../domain/audit-chain';
import { AUDIT_TRAIL_SUBJECTS, type AuditTrailOwner } from '../domain/audit-trail-links';
import type { Deps } from './ports';
import { recordTrailRead } from './read-audit-trail';

/** `auditTrail(first, after)` of one entity of another service (`Complaint.auditTrail` ...). */
export interface TrailRequest {
  owner: AuditTrailOwner;
  id: string;
  first?: number | null;
  after?: string | null;
}

export const trailRequestKey = (r: TrailRequest): string =>
  JSON.stringify([r.owner, r.id, r.first ?? null, r.after ?? null]);

/** Supervision reads the audit trail (as `auditEntries`): anyone else is FORBIDDEN. */
export const assertMayReadTrail = (actor: Actor | undefined): Actor =>
  requireRole(actor, ...SUPERVISION_ROLES);

/**
 * The audit trails of a batch of entities (DOMAIN 4.1: entries are reachable from their subjects), oldest
 * entry first: one statement for the whole batch, and one `audit.trail_read` entry naming the reader, the
 * subjects and the positions returned.
 */
export async function auditTrailsOf(
  deps: Pick<Deps, 'unitOfWork' | 'clock' | 'newId'>,
  actor: Actor | undefined,
  requests: readonly TrailRequest[],
): Promise<Connection<SealedAuditEntry>[]> {
  const reader = assertMayReadTrail(actor);
  const wanted = requests.map((r) => ({
    subjectTypes: AUDIT_TRAIL_SUBJECTS[r.owner],
    subjectId: r.id,
    page: { size: pageSize(r.first), after: r.after ? decodeCursor(r.after) : undefined },
  }));
  return deps.unitOfWork(async (tx) => {
    const pages = await tx.trailLinks.pagesOf(wanted);
    const connections = pages.map((page, i) =>
      toConnection(
        page.rows,
        wanted[i]!.page.size,
        page.totalCount,
        (e) => ({ at: e.occurredAt, id: e.id }),
        Boolean(wanted[i]!.page.after),
      ),
    );
    await recordTrailRead(deps, tx, reader, 'auditTrail', {
      subjects: requests.map((r) => ({
        type: r.owner,
        id: r.id,
        first: r.first ?? null,
        after: r.after ?? null,
      })),
      positions: connections.flatMap((c) => c.edges.map((e) => e.node.position)),
    });
    return connections;
  });
}

/** An entity of another service as governance sees it: its key only. */
export interface TrailSubject {
  id: string;
}

import DataLoader from 'dataloader';
import type { Connection } from '@care/service-kit';
import {
  assertMayReadTrail,
  auditTrailsOf,
  type TrailRequest,
  trailRequestKey,
  type TrailSubject,
} from '../../application/read-audit-trail-links';
import type { SealedAuditEntry } from '../../domain/audit-chain';
import type { AuditTrailOwner } from '../../domain/audit-trail-links';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { requestLoader } from '../request-loaders';

/** Every `auditTrail` a request asks for, batched: one statement per entity type and page. */
const trails = (ctx: Context) =>
  requestLoader(
    ctx,
    'auditTrails',
    () =>
      new DataLoader<TrailRequest, Connection<SealedAuditEntry>, string>(
        (requests) => auditTrailsOf(ctx.deps, ctx.actor, requests),
        { cacheKeyFn: trailRequestKey },
      ),
  );

/**
 * An entity of another service with the audit trail governance keeps of it (DOMAIN 4.1). Resolving the
 * reference is a read of the trail: supervision only, anyone else FORBIDDEN, as `auditEntries`.
 */
const withAuditTrail = (owner: AuditTrailOwner) => ({
  __resolveReference: (ref: TrailSubject, ctx: Context): TrailSubject => {
    assertMayReadTrail(ctx.actor);
    return { id: ref.id };
  },
  auditTrail: (subject: TrailSubject, args: { first?: number | null; after?: string | null }, ctx: Context) =>
    trails(ctx).load({ owner, id: subject.id, first: args.first, after: args.after }),
});

export const auditTrailLinks: Pick<Resolvers, AuditTrailOwner> = {
  Complaint: withAuditTrail('Complaint'),
  Customer: withAuditTrail('Customer'),
  ApprovalRequest: withAuditTrail('ApprovalRequest'),
  Campaign: withAuditTrail('Campaign'),
};

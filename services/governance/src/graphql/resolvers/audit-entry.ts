import { getAuditEntry } from '../../application/read-audit-trail';
import type { AuditEntryResolvers } from '../__generated__/resolvers-types';

export const AuditEntry: AuditEntryResolvers = {
  __resolveReference: (ref, ctx) => getAuditEntry(ctx.deps, ctx.actor, ref.id),
};

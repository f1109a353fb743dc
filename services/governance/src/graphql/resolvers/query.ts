import { getAuditEntry, listAuditEntries } from '../../application/read-audit-trail';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  auditEntry: (_root, { id }, ctx) => getAuditEntry(ctx.deps, ctx.actor, id),
  auditEntries: (_root, { filter, ...page }, ctx) =>
    listAuditEntries(ctx.deps, ctx.actor, filter ?? {}, page),
};

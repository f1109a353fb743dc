import { getAuditEntry, listAuditEntries } from '../../application/read-audit-trail';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { byIdQuery, listQuery } from '../resolver-forms';

export const Query: QueryResolvers = {
  auditEntry: byIdQuery(getAuditEntry),
  auditEntries: listQuery(listAuditEntries),
};

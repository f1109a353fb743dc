import { recordAuditNote } from '../../application/record-audit-note';
import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  recordAuditNote: (_root, { input }, ctx) => recordAuditNote(ctx.deps, ctx, input),
};

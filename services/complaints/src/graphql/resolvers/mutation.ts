import { fileComplaint } from '../../application/file-complaint';
import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  fileComplaint: (_root, { input }, ctx) => fileComplaint(ctx.deps, ctx, input),
};

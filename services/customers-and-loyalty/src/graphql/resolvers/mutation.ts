import { registerCustomer } from '../../application/register-customer';
import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  registerCustomer: (_root, { input }, ctx) => registerCustomer(ctx.deps, ctx, input),
};

import { listCustomers } from '../../application/list-customers';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  customer: (_root, { id }, ctx) => ctx.loaders.customer.load(id),
  customers: (_root, args, ctx) => listCustomers(ctx.deps, args),
};

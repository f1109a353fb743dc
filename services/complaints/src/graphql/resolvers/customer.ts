import { listComplaints } from '../../application/list-complaints';
import type { CustomerResolvers } from '../__generated__/resolvers-types';
import { toFilter } from './query';

/** The customer is owned by customers-and-loyalty; this subgraph only knows its id. */
export const Customer: CustomerResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  complaints: (customer, args, ctx) =>
    listComplaints(ctx.deps, { ...toFilter(args.filter), customerId: customer.id }, args),
};

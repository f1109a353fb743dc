import { selectsField, selectsOnly } from '@care/service-kit';
import { emptyConnection, mayListCustomer, readerOf } from '../../application/read-complaints';
import { FIELDS_WITHOUT_DOCUMENTS } from './complaint';
import type { CustomerResolvers } from '../__generated__/resolvers-types';
import { toFilter } from './query';

/** The customer is owned by customers-and-loyalty; this subgraph only knows its id. */
export const Customer: CustomerResolvers = {
  // FORBIDDEN to a role that reads no complaint, as the root fields. The reference itself is only an id;
  // its `complaints` apply the list rule of `complaints(filter: { customerId })`: a customer sees their
  // own, and another customer's list is empty to them (nothing tells them it exists).
  __resolveReference: (ref, ctx) => {
    readerOf(ctx);
    return { id: ref.id };
  },
  // Batched across the customers of one request (a gateway's _entities): no query per customer.
  complaints: (customer, args, ctx, info) => {
    const pageArgs = {
      first: args.first,
      after: args.after,
      withTotalCount: selectsField(info, 'totalCount'),
      withDocuments: !selectsOnly(info, ['edges', 'node'], FIELDS_WITHOUT_DOCUMENTS),
    };
    if (!mayListCustomer(readerOf(ctx), customer.id)) return emptyConnection(pageArgs);
    return ctx.loaders.customerComplaints.load({
      customerId: customer.id,
      filter: { ...toFilter(args.filter), customerId: null },
      args: pageArgs,
    });
  },
};

import type { ComplaintResolvers } from '../__generated__/resolvers-types';

export const Complaint: ComplaintResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.complaint.load(ref.id),
  customer: (complaint) => ({ id: complaint.customerId }),
};

import { listComplaints } from '../../application/list-complaints';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  complaint: (_root, { id }, ctx) => ctx.loaders.complaint.load(id),
  complaintByNumber: (_root, { number }, ctx) => ctx.deps.complaints.findByNumber(number),
  complaints: (_root, args, ctx) => listComplaints(ctx.deps, {}, args),
};

import { complaintStats } from '../../application/complaint-stats';
import { isUuid } from '../../application/change-complaint';
import { listComplaints } from '../../application/list-complaints';
import type { ComplaintFilter } from '../../application/ports';
import type {
  ComplaintFilter as ComplaintFilterInput,
  QueryResolvers,
} from '../__generated__/resolvers-types';

export function toFilter(input: ComplaintFilterInput | null | undefined): ComplaintFilter {
  return { ...(input ?? {}) };
}

export const Query: QueryResolvers = {
  complaint: (_root, { id }, ctx) => (isUuid(id) ? ctx.loaders.complaint.load(id) : null),
  complaintByNumber: (_root, { number }, ctx) => ctx.deps.complaints.findByNumber(number),
  complaints: (_root, args, ctx) =>
    listComplaints(ctx.deps, toFilter(args.filter), {
      first: args.first,
      after: args.after,
      orderBy: args.orderBy
        ? { field: args.orderBy.field, direction: args.orderBy.direction ?? 'ASC' }
        : null,
    }),
  complaintStats: (_root, args, ctx) => complaintStats(ctx.deps, ctx, args.groupBy, toFilter(args.filter)),
};

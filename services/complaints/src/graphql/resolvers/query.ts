import { selectsField, selectsOnly, isUuid } from '@care/service-kit';
import { complaintStats } from '../../application/complaint-stats';
import { listComplaints } from '../../application/list-complaints';
import type { ComplaintFilter } from '../../application/ports';
import { emptyConnection, readComplaint, readerOf, scopedFilter } from '../../application/read-complaints';
import { FIELDS_WITHOUT_DOCUMENTS } from './complaint';
import type {
  ComplaintFilter as ComplaintFilterInput,
  QueryResolvers,
} from '../__generated__/resolvers-types';

export function toFilter(input: ComplaintFilterInput | null | undefined): ComplaintFilter {
  return { ...(input ?? {}) };
}

export const Query: QueryResolvers = {
  complaint: (_root, { id }, ctx) =>
    readComplaint(ctx, id, (ref) => ctx.loaders.complaint.load(ref), isUuid(id)),
  complaintByNumber: (_root, { number }, ctx) =>
    readComplaint(ctx, number, (ref) => ctx.deps.complaints.findByNumber(ref), true),
  complaints: (_root, args, ctx, info) => {
    const pageArgs = {
      first: args.first,
      after: args.after,
      orderBy: args.orderBy
        ? { field: args.orderBy.field, direction: args.orderBy.direction ?? 'ASC' }
        : null,
      withTotalCount: selectsField(info, 'totalCount'),
      withDocuments: !selectsOnly(info, ['edges', 'node'], FIELDS_WITHOUT_DOCUMENTS),
    };
    const filter = scopedFilter(readerOf(ctx), toFilter(args.filter));
    return filter ? listComplaints(ctx.deps, filter, pageArgs) : emptyConnection(pageArgs);
  },
  complaintStats: (_root, args, ctx) =>
    complaintStats(ctx.deps, ctx, { groupBy: args.groupBy, filter: toFilter(args.filter) }),
};

import { isUuid } from '@care/service-kit';
import { readerOf, visibleTo } from '../../application/read-complaints';
import type {
  ComplaintStatsResolvers,
  Department,
  FollowUpResolvers,
  SolutionResolvers,
  TimelineEntryResolvers,
} from '../__generated__/resolvers-types';
import { solutionsShown } from './complaint';

/**
 * A solution by id (the subject of its compensation's approval request): found with its complaint and
 * read with that complaint's rules. FORBIDDEN to a role that reads no complaint; null to a reader who may
 * not see the complaint (another customer's), as for one that does not exist.
 */
export const Solution: SolutionResolvers = {
  __resolveReference: async (ref, ctx) => {
    const reader = readerOf(ctx);
    if (!isUuid(ref.id)) return null;
    const id = ref.id.toLowerCase();
    const complaint = visibleTo(reader, await ctx.loaders.complaintOfSolution.load(id));
    return (complaint && solutionsShown(complaint, ctx).find((s) => s.id === id)) ?? null;
  },
};

export const FollowUp: FollowUpResolvers = {
  linkedComplaint: async (f, _args, ctx) =>
    f.linkedComplaintId
      ? visibleTo(readerOf(ctx), await ctx.loaders.complaint.load(f.linkedComplaintId))
      : null,
};

export const TimelineEntry: TimelineEntryResolvers = {
  actorId: (e) => e.actorId || null,
};

export const ComplaintStats: ComplaintStatsResolvers = {
  key: (row) => ({
    category: (row.key.CATEGORY ?? null) as never,
    department: (row.key.DEPARTMENT ?? null) as Department | null,
    channel: (row.key.CHANNEL ?? null) as never,
    urgency: (row.key.URGENCY ?? null) as never,
    status: (row.key.STATUS ?? null) as never,
    month: row.key.MONTH ?? null,
    quarter: row.key.QUARTER ?? null,
    handler: row.key.HANDLER ?? null,
  }),
};

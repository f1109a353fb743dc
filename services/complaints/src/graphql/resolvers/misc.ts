import { readerOf, visibleTo } from '../../application/read-complaints';
import type {
  ComplaintStatsResolvers,
  Department,
  FollowUpResolvers,
  TimelineEntryResolvers,
} from '../__generated__/resolvers-types';

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

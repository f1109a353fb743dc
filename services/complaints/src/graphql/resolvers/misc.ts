import { readerOf, visibleTo } from '../../application/read-complaints';
import type {
  ComplaintStatsResolvers,
  Department,
  FollowUpResolvers,
  SolutionResolvers,
  TimelineEntryResolvers,
} from '../__generated__/resolvers-types';
import type { Context } from '../context';

/**
 * A solution is an entity only for approvals to add its compensation's request (`@key(resolvable: false)`):
 * the gateway never asks this service for one by id. A direct reference answers as any other does to a
 * role that reads no complaint (FORBIDDEN), and is null to every other reader, like one that does not exist.
 */
export const Solution: SolutionResolvers & { __resolveReference: (ref: unknown, ctx: Context) => null } = {
  __resolveReference: (_ref, ctx) => {
    readerOf(ctx);
    return null;
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

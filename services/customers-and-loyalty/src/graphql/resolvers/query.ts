import { paginate, selectsField } from '@care/service-kit';
import { customerStatistics } from '../../application/customer-statistics';
import { computeKpis } from '../../application/compute-kpis';
import { listCustomers } from '../../application/list-customers';
import { pointsLiability } from '../../application/points-liability';
import { isUuid, readRecord, requireStaffReader } from '../../application/read-access';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  customer: (_root, { id }, ctx) => readRecord(ctx, id, ctx.records.customers),
  customers: async (_root, args, ctx, info) => {
    const page = await listCustomers(ctx.deps, ctx, {
      ...args,
      withTotalCount: selectsField(info, 'totalCount'),
    });
    // The page's customers are those the request's other fields name (a redemption's customer ...).
    for (const { node } of page.edges) ctx.loaders.customer.prime(node.id, node);
    return page;
  },
  redemption: (_root, { id }, ctx) => readRecord(ctx, id, ctx.records.redemptions),
  discount: (_root, { id }, ctx) => readRecord(ctx, id, ctx.records.discounts),
  campaign: (_root, { id }, ctx) => {
    requireStaffReader(ctx);
    return isUuid(id) ? ctx.loaders.campaign.load(id) : null;
  },
  campaigns: (_root, { status, first, after }, ctx, info) => {
    requireStaffReader(ctx);
    return paginate(
      { first, after, withTotalCount: selectsField(info, 'totalCount') },
      (page) => ctx.deps.campaigns.list(status, page),
      (c) => ({ at: c.createdAt, id: c.id }),
    );
  },
  customerChange: (_root, { id }, ctx) => {
    requireStaffReader(ctx);
    return isUuid(id) ? ctx.deps.changes.find(id) : null;
  },
  // The schema's input validation has checked filter.customerId (an ID: a UUID) before this runs.
  customerChanges: (_root, { filter, first, after }, ctx, info) => {
    requireStaffReader(ctx);
    return paginate(
      { first, after, withTotalCount: selectsField(info, 'totalCount') },
      (page) => ctx.deps.changes.list(filter ?? {}, page),
      (c) => ({ at: c.dueAt, id: c.id }),
    );
  },
  tierProposals: (_root, { year, status }, ctx) => {
    requireStaffReader(ctx);
    return ctx.deps.tiers.proposals(year, status);
  },
  tierPolicy: (_root, _args, ctx) => {
    requireStaffReader(ctx);
    return ctx.deps.tiers.policyAt(ctx.deps.clock.now());
  },
  loyaltyKpis: (_root, args, ctx) => computeKpis(ctx.deps, ctx, args),
  pointsLiability: (_root, _args, ctx) => pointsLiability(ctx.deps, ctx, undefined),
  customerStatistics: (_root, { year }, ctx) => customerStatistics(ctx.deps, ctx, year),
};

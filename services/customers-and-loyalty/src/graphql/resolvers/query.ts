import { paginate, requireRole } from '@care/service-kit';
import { customerStatistics } from '../../application/customer-statistics';
import { computeKpis } from '../../application/compute-kpis';
import { listCustomers, READ_ROLES } from '../../application/list-customers';
import { UUID } from '../../application/rules';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  customer: (_root, { id }, ctx) => {
    requireRole(ctx.actor, ...READ_ROLES);
    return UUID.test(id) ? ctx.loaders.customer.load(id) : null;
  },
  customers: (_root, args, ctx) => listCustomers(ctx.deps, ctx, args),
  redemption: (_root, { id }, ctx) => {
    requireRole(ctx.actor, ...READ_ROLES);
    return UUID.test(id) ? ctx.deps.ledger.findRedemption(id) : null;
  },
  campaign: (_root, { id }, ctx) => {
    requireRole(ctx.actor, ...READ_ROLES);
    return UUID.test(id) ? ctx.loaders.campaign.load(id) : null;
  },
  campaigns: (_root, { status, first, after }, ctx) => {
    requireRole(ctx.actor, ...READ_ROLES);
    return paginate(
      { first, after },
      (page) => ctx.deps.campaigns.list(status, page),
      (c) => ({ at: c.createdAt, id: c.id }),
    );
  },
  customerChange: (_root, { id }, ctx) => {
    requireRole(ctx.actor, ...READ_ROLES);
    return UUID.test(id) ? ctx.deps.customers.findChange(id) : null;
  },
  tierProposals: (_root, { year, status }, ctx) => {
    requireRole(ctx.actor, ...READ_ROLES);
    return ctx.deps.tiers.proposals(year, status);
  },
  tierPolicy: (_root, _args, ctx) => {
    requireRole(ctx.actor, ...READ_ROLES);
    return ctx.deps.tiers.policyAt(ctx.deps.clock.now());
  },
  loyaltyKpis: (_root, { from, to }, ctx) => computeKpis(ctx.deps, ctx, from, to),
  customerStatistics: (_root, { year }, ctx) => customerStatistics(ctx.deps, ctx, year),
};

import { pointsExpiringByMonth } from '../../application/points-liability';
import { isUuid, loyaltyReaderOf, requireStaffReader, visibleRecord } from '../../application/read-access';
import type {
  CampaignResolvers,
  CustomerChangeResolvers,
  DiscountResolvers,
  LedgerEntryResolvers,
  PointsLiabilityResolvers,
  RedemptionResolvers,
  TierPolicyResolvers,
  TierProposalResolvers,
} from '../__generated__/resolvers-types';
import type { Context } from '../context';

const customerOf = async (id: string, ctx: Context) => {
  const customer = await ctx.loaders.customer.load(id);
  if (!customer) throw new Error(`customer ${id} is missing`);
  return customer;
};

export const Redemption: RedemptionResolvers = {
  // As `redemption(id)`: a customer's reference to another customer's redemption resolves to null.
  __resolveReference: (ref, ctx) => visibleRecord(loyaltyReaderOf(ctx), ref.id, ctx.records.redemptions),
  customer: (r, _args, ctx) => customerOf(r.customerId, ctx),
};

export const Discount: DiscountResolvers = {
  // As `discount(id)`: a customer's reference to another customer's discount resolves to null.
  __resolveReference: (ref, ctx) => visibleRecord(loyaltyReaderOf(ctx), ref.id, ctx.records.discounts),
  customer: (d, _args, ctx) => customerOf(d.customerId, ctx),
};

export const Campaign: CampaignResolvers = {
  // As `campaign(id)`: staff only, FORBIDDEN to customers, partners and a token without roles.
  __resolveReference: (ref, ctx) => {
    requireStaffReader(ctx);
    return isUuid(ref.id) ? ctx.loaders.campaign.load(ref.id) : null;
  },
  interactions: (c, _args, ctx) => ctx.loaders.interactions.load(c.id),
};

export const LedgerEntry: LedgerEntryResolvers = {
  // Reached only through its customer's ledger, whose reading the customer's own access decided; a
  // credit has no allocations and draws from nothing.
  drawnFrom: (e, _args, ctx) => (e.points < 0 ? ctx.loaders.pointsDraws.load(e.id) : []),
};

export const PointsLiability: PointsLiabilityResolvers = {
  // Read only when asked for, at the point value the totals were valued at.
  expiring: (l, { months }, ctx) =>
    pointsExpiringByMonth(ctx.deps, ctx, { months, pointValueCny: l.pointValueCny }),
};

export const TierProposal: TierProposalResolvers = {
  customer: (p, _args, ctx) => customerOf(p.customerId, ctx),
};

export const CustomerChange: CustomerChangeResolvers = {
  customer: (c, _args, ctx) => customerOf(c.customerId, ctx),
};

export const TierPolicy: TierPolicyResolvers = {
  thresholds: (p) => p.thresholds,
};

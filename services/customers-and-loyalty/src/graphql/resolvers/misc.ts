import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type {
  CampaignResolvers,
  CustomerChangeResolvers,
  RedemptionResolvers,
  TierPolicyResolvers,
  TierProposalResolvers,
} from '../__generated__/resolvers-types';
import type { Context } from '../context';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value === 'string' && DATE.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value) return value;
  }
  throw new GraphQLError('Date must be a calendar date YYYY-MM-DD', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD',
  serialize: (v) => parseDate(v),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return parseDate(ast.value);
    throw new GraphQLError('Date must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});

const customerOf = async (id: string, ctx: Context) => {
  const customer = await ctx.loaders.customer.load(id);
  if (!customer) throw new Error(`customer ${id} is missing`);
  return customer;
};

export const Redemption: RedemptionResolvers = {
  __resolveReference: (ref, ctx) => ctx.deps.ledger.findRedemption(ref.id),
  customer: (r, _args, ctx) => customerOf(r.customerId, ctx),
};

export const Campaign: CampaignResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.campaign.load(ref.id),
  interactions: (c, _args, ctx) => ctx.loaders.interactions.load(c.id),
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

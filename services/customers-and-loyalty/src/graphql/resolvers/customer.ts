import { encodeCursor, pageSize, decodeCursor, badInput, selectsField } from '@care/service-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { customerRecordConnection } from '../../application/customer-record-pages';
import { loyaltyReaderOf, visibleRecord } from '../../application/read-access';
import { maySeePersonalData } from '../../domain/access';
import { maskBirthday, maskEmail, maskPhone } from '../../domain/customer';
import { companyLocal } from '../../domain/company-time';
import { benefitsOf } from '../../domain/policy';
import type { Context } from '../context';
import type { CustomerResolvers } from '../__generated__/resolvers-types';

async function personal(
  value: string | null,
  field: 'email' | 'phone' | 'birthday',
  customerId: string,
  ctx: Context,
  mask: (v: string) => string,
): Promise<string | null> {
  if (!value) return value;
  if (!maySeePersonalData(ctx.actor.roles)) return mask(value);
  await ctx.loaders.personalDataRead.load(`${field}:${customerId}`);
  return value;
}

/** A connection's arguments, and whether the query selects its `totalCount` (counted only then). */
const withTotalCount = <A>(args: A, info: GraphQLResolveInfo) => ({
  ...args,
  withTotalCount: selectsField(info, 'totalCount'),
});

/** Ledger cursors are the entry's sequence number. */
const ledgerCursor = (seq: number) => encodeCursor({ at: new Date(0), id: String(seq) });

export const Customer: CustomerResolvers = {
  // The same rule as `customer(id)`: FORBIDDEN to a role that reads no customer; a customer that is not
  // the caller's own (for a customer token) resolves to null, like one that does not exist.
  __resolveReference: (ref, ctx) => visibleRecord(loyaltyReaderOf(ctx), ref.id, ctx.records.customers),
  email: (c, _args, ctx) => personal(c.email, 'email', c.id, ctx, maskEmail),
  phone: (c, _args, ctx) => personal(c.phone, 'phone', c.id, ctx, maskPhone),
  birthday: (c, _args, ctx) => personal(c.birthday, 'birthday', c.id, ctx, maskBirthday),
  annualSpend: (c, { year }, ctx) =>
    ctx.loaders.annualSpend.load(
      `${year ?? companyLocal(ctx.deps.clock.now(), ctx.deps.timeZone).year}:${c.id}`,
    ),
  pointsBalance: (c) => c.points.balance - c.points.locked,
  lockedPoints: (c) => c.points.locked,
  identityVerified: (c) => c.identity !== null,
  identity: (c) => c.identity,
  consents: async (c, _args, ctx) => {
    const all = await ctx.loaders.consents.load(c.id);
    const latest = new Map(all.map((x) => [x.kind, x]));
    return [...latest.values()];
  },
  consentHistory: (c, _args, ctx) => ctx.loaders.consents.load(c.id),
  benefits: async (c, _args, ctx) => {
    if (c.status !== 'ACTIVE') return [];
    return benefitsOf(c.tier, await ctx.loaders.policy.load('current'));
  },
  pointsExpiring: (c, _args, ctx) => ctx.loaders.pointsExpiring.load(c.id),
  freezes: (c, _args, ctx) => ctx.loaders.freezes.load(c.id),
  redemptions: (c, args, ctx, info) =>
    customerRecordConnection(c.id, withTotalCount(args, info), ctx.loaders.redemptionPages),
  discounts: (c, args, ctx, info) =>
    customerRecordConnection(c.id, withTotalCount(args, info), ctx.loaders.discountPages),
  pointsLedger: async (c, { first, after }, ctx, info) => {
    const size = pageSize(first);
    const afterSeq = after ? Number(decodeCursor(after, 'sequence').id) : undefined;
    if (afterSeq !== undefined && !Number.isInteger(afterSeq))
      throw badInput('The cursor is not valid', { argument: 'after' });
    const { rows, totalCount } = await ctx.loaders.ledgerPages.load({
      customerId: c.id,
      page: { size, after: afterSeq, count: selectsField(info, 'totalCount') },
      after: after ?? null,
    });
    const page = rows.slice(0, size);
    const edges = page.map((node) => ({ cursor: ledgerCursor(node.seq), node }));
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > size,
        hasPreviousPage: afterSeq !== undefined,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  },
};

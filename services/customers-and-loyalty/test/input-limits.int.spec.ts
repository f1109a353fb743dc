import { randomUUID } from 'node:crypto';
import {
  approvedCampaign,
  INTERACT,
  ledgerInvariant,
  purchase,
  register,
  useHarness,
  wallet,
} from './harness';

/**
 * Values beyond what the columns hold are refused with a coded error before anything is written: amounts
 * beyond numeric(18, 2) or the points they would earn, points that would overflow a wallet (a Postgres
 * integer), dates outside 2000-2100.
 */
const h = useHarness('loyalty_input_limits', { startAt: '2026-03-02T02:00:00Z' });

const MAX_INT = 2_147_483_647;

async function counts(customerId: string) {
  const [row] = await h.sql<{ entries: number; purchases: number; interactions: number; balance: number }>(
    `SELECT (SELECT count(*)::int FROM loyalty.ledger_entry WHERE customer_id = $1) AS entries,
            (SELECT count(*)::int FROM loyalty.purchase WHERE customer_id = $1) AS purchases,
            (SELECT count(*)::int FROM loyalty.campaign_interaction WHERE customer_id = $1) AS interactions,
            (SELECT balance FROM loyalty.wallet WHERE customer_id = $1) AS balance`,
    [customerId],
  );
  return row!;
}

describe('input beyond what the columns hold', () => {
  it('refuses campaign points that would overflow the wallet with LIMIT_EXCEEDED, writing nothing', async () => {
    const customerId = await register(h);
    await purchase(h, customerId, '100.00');
    const campaignId = await approvedCampaign(h);
    const before = await counts(customerId);
    expect(before.balance).toBe(100);

    const result = await h.raw(
      INTERACT,
      { input: { campaignId, customerId, kind: 'GIFT', cost: '10', points: MAX_INT } },
      ['marketing'],
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(result.errors?.[0]?.message).toMatch(/can hold at most 2147483647/);
    expect(await counts(customerId)).toEqual(before);
    const [campaign] = await h.sql<{ spent: string }>(
      `SELECT spent::text FROM loyalty.campaign WHERE id = $1`,
      [campaignId],
    );
    expect(campaign!.spent).toBe('0.00');

    // What fits exactly is granted, and the books still balance.
    const fits = await h.raw(
      INTERACT,
      { input: { campaignId, customerId, kind: 'GIFT', cost: '10', points: MAX_INT - 100 } },
      ['marketing'],
    );
    expect(fits.errors).toBeUndefined();
    expect(await wallet(h, customerId)).toEqual({ pointsBalance: MAX_INT, lockedPoints: 0 });
    const books = await ledgerInvariant(h, customerId);
    expect(books.posted).toBe(books.balance);
  });

  it('refuses a manual credit that would overflow the wallet with LIMIT_EXCEEDED, writing nothing', async () => {
    const customerId = await register(h);
    await purchase(h, customerId, '1.00');
    const before = await counts(customerId);
    const result = await h.raw(
      `mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { pointsBalance } }`,
      { input: { customerId, points: MAX_INT, reason: 'correction after an audit' } },
      ['internal_control'],
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(await counts(customerId)).toEqual(before);
  });

  it.each([
    ['an amount of 16 digits', { amount: '9999999999999999' }, 'input.amount'],
    ['an amount over 100,000,000', { amount: '100000000.01' }, 'input.amount'],
    ['an amount with 3 decimals', { amount: '10.001' }, 'input.amount'],
    ['a purchase in 1970', { amount: '10', purchasedAt: '1970-01-01T00:00:00Z' }, 'input.purchasedAt'],
    ['a purchase in year 0', { amount: '10', purchasedAt: '0000-01-01T00:00:00Z' }, 'input.purchasedAt'],
    ['an order number with NUL', { amount: '10', orderNumber: 'SO-1\u0000' }, 'input.orderNumber'],
  ])(
    'refuses a purchase with %s as BAD_USER_INPUT naming the field, writing nothing',
    async (_what, input, field) => {
      const customerId = await register(h);
      const result = await h.raw(
        `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }`,
        { input: { customerId, orderNumber: `SO-${randomUUID()}`, ...input } },
        ['sales'],
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await counts(customerId)).toEqual({ entries: 0, purchases: 0, interactions: 0, balance: 0 });
    },
  );

  it('accepts the largest purchase the field allows and returns amounts with two decimals', async () => {
    const customerId = await register(h);
    const result = await h.ok<{
      recordPurchase: { amount: string; amountCny: string; pointsEarned: number };
    }>(
      `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { amount amountCny pointsEarned } }`,
      { input: { customerId, orderNumber: `SO-${randomUUID()}`, amount: '100000000' } },
      ['sales'],
    );
    expect(result.recordPurchase).toEqual({
      amount: '100000000.00',
      amountCny: '100000000.00',
      pointsEarned: 100_000_000,
    });
  });
});

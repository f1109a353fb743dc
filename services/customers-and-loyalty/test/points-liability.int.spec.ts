import { errorCodes } from '@care/testing';
import { customerWithPurchases, pendingRedemption, register, useHarness } from './harness';

// The company's points liability: what customers hold, what it is worth and when it expires. This file's
// schema holds only the customers made here.

const h = useHarness('loyalty_liability', { startAt: '2026-03-02T02:00:00Z' });

const LIABILITY = `query($months: Int) { pointsLiability { available locked customers value
  expiring(months: $months) { month points customers value } } }`;
type Liability = {
  available: number;
  locked: number;
  customers: number;
  value: string;
  expiring: { month: string; points: number; customers: number; value: string }[];
};

const liability = async (months: number, roles = ['analyst']) =>
  (await h.ok<{ pointsLiability: Liability }>(LIABILITY, { months }, roles)).pointsLiability;

beforeAll(async () => {
  // 500 points expiring at the end of March 2026 and 800 at the end of January 2027.
  await customerWithPurchases(h, [
    ['2024-03-10T02:00:00Z', '500'],
    ['2025-01-10T02:00:00Z', '800'],
  ]);
  // 300 points expiring at the end of April 2026, 100 of them locked by a pending redemption.
  const locking = await customerWithPurchases(h, [['2024-04-05T02:00:00Z', '300']]);
  await pendingRedemption(h, locking, 100);
  // 50 points past their expiry (the end of February 2026) that the expiry job has not debited yet.
  await customerWithPurchases(h, [['2024-02-10T02:00:00Z', '50']]);
  // A customer without points.
  await register(h);
});

describe('the points liability', () => {
  it('[DOMAIN 2.1, 2.3] adds up what customers hold, available and locked, and values it at the point value', async () => {
    expect(await liability(3)).toMatchObject({ available: 1550, locked: 100, customers: 3, value: '16.50' });
  });

  it('[DOMAIN 2.1] lists the available points by the month at whose end they expire, every month, in company time', async () => {
    expect((await liability(3)).expiring).toEqual([
      // March: 500, and the 50 past their expiry that can still be redeemed until the job debits them.
      { month: '2026-03', points: 550, customers: 2, value: '5.50' },
      { month: '2026-04', points: 200, customers: 1, value: '2.00' },
      { month: '2026-05', points: 0, customers: 0, value: '0.00' },
    ]);
    const year = (await liability(12)).expiring;
    expect(year.map((m) => m.month)).toEqual([
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    expect(year[10]).toEqual({ month: '2027-01', points: 800, customers: 1, value: '8.00' });
    // Over the longest schedule, every available point is listed once.
    const all = (await liability(36)).expiring;
    expect(all.reduce((sum, m) => sum + m.points, 0)).toBe(1550);
  });

  it('[DOMAIN 2.1] moves the points of the expiry job out of the liability', async () => {
    h.clock.set('2026-03-31T16:00:00Z'); // the end of March in Shanghai
    try {
      expect(
        (await h.ok<{ expirePoints: number }>(`mutation { expirePoints }`, {}, ['service'])).expirePoints,
      ).toBe(550);
      const after = await liability(2);
      expect(after).toMatchObject({ available: 1000, locked: 100, customers: 2, value: '11.00' });
      expect(after.expiring).toEqual([
        { month: '2026-04', points: 200, customers: 1, value: '2.00' },
        { month: '2026-05', points: 0, customers: 0, value: '0.00' },
      ]);
    } finally {
      h.clock.set('2026-03-02T02:00:00Z');
    }
  });

  it('is for the KPI readers only, and refuses a schedule of no months or more than 36', async () => {
    expect((await liability(1, ['finance'])).expiring).toHaveLength(1);
    for (const roles of [['cs_specialist'], ['customer'], ['compliance'], []])
      expect(errorCodes(await h.raw(LIABILITY, { months: 1 }, roles))).toEqual(['FORBIDDEN']);
    for (const months of [0, 37, -1])
      expect(errorCodes(await h.raw(LIABILITY, { months }, ['analyst']))).toEqual(['BAD_USER_INPUT']);
  });
});

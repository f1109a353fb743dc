import { allocate, expiredLots, expiryNotices, expiryOf, pointsForPurchase, pointsToReverse } from './points';
import { DEFAULT_POLICY } from './policy';
import { redemptionRouting } from './redemption';

const SHANGHAI = 'Asia/Shanghai';

describe('points rules', () => {
  const march = new Date('2026-03-10T02:00:00Z');

  it('[DOMAIN 2.1] earns 1 point per whole CNY; a Diamond customer earns double in the birthday month', () => {
    expect(pointsForPurchase('1280.99', 'GOLD', '1990-03-01', march, DEFAULT_POLICY, SHANGHAI)).toEqual({
      points: 1280,
      birthdayBonus: false,
    });
    expect(pointsForPurchase('1280.99', 'DIAMOND', '1990-03-01', march, DEFAULT_POLICY, SHANGHAI)).toEqual({
      points: 2560,
      birthdayBonus: true,
    });
    expect(
      pointsForPurchase('1280.99', 'DIAMOND', '1990-04-01', march, DEFAULT_POLICY, SHANGHAI).points,
    ).toBe(1280);
    expect(pointsForPurchase('100', 'DIAMOND', null, march, DEFAULT_POLICY, SHANGHAI).points).toBe(100);
    // The birthday month is counted in company time: 31 March 20:00 UTC is 1 April in Shanghai.
    expect(
      pointsForPurchase(
        '100',
        'DIAMOND',
        '1990-04-15',
        new Date('2026-03-31T20:00:00Z'),
        DEFAULT_POLICY,
        SHANGHAI,
      ).points,
    ).toBe(200);
  });

  it('[DOMAIN 2.1] points expire at the end of the 24th month after the month earned (company time)', () => {
    expect(expiryOf(march, 24, SHANGHAI).toISOString()).toBe('2028-03-31T16:00:00.000Z');
    expect(expiryOf(new Date('2026-12-31T17:00:00Z'), 24, SHANGHAI).toISOString()).toBe(
      '2029-01-31T16:00:00.000Z',
    );
  });

  it('[DOMAIN 2.1] counts the birthday month in the configured time zone (TIME_ZONE), not in a fixed UTC+8', () => {
    // 31 March 20:00 UTC: 1 April in Shanghai, still 31 March in London.
    const at = new Date('2026-03-31T20:00:00Z');
    expect(pointsForPurchase('100', 'DIAMOND', '1990-04-15', at, DEFAULT_POLICY, SHANGHAI).points).toBe(200);
    expect(
      pointsForPurchase('100', 'DIAMOND', '1990-04-15', at, DEFAULT_POLICY, 'Europe/London').points,
    ).toBe(100);
    expect(
      pointsForPurchase('100', 'DIAMOND', '1990-03-15', at, DEFAULT_POLICY, 'Europe/London').points,
    ).toBe(200);
  });

  it('points expire at the end of the month in the configured time zone, daylight saving time included', () => {
    // Earned in March 2026 (Berlin): gone when April 2028 starts there, 00:00 CEST = 22:00 UTC.
    expect(expiryOf(new Date('2026-03-10T12:00:00Z'), 24, 'Europe/Berlin').toISOString()).toBe(
      '2028-03-31T22:00:00.000Z',
    );
    // 31 December 2026 17:00 UTC is still December in Berlin: those points expire when January 2029 starts there.
    expect(expiryOf(new Date('2026-12-31T17:00:00Z'), 24, 'Europe/Berlin').toISOString()).toBe(
      '2028-12-31T23:00:00.000Z',
    );
    // New York leaves daylight saving time on 1 November 2026 at 02:00: that month starts at 00:00 EDT.
    expect(expiryOf(new Date('2026-10-15T12:00:00Z'), 0, 'America/New_York').toISOString()).toBe(
      '2026-11-01T04:00:00.000Z',
    );
  });

  it('[DOMAIN 2.1] takes points from the oldest-expiring lots first and refuses to go negative', () => {
    const lots = [
      { id: 'b', remaining: 500, expiresAt: new Date('2027-01-01') },
      { id: 'a', remaining: 300, expiresAt: new Date('2026-06-01') },
      { id: 'c', remaining: 0, expiresAt: new Date('2025-01-01') },
    ];
    expect(allocate(lots, 400)).toEqual([
      { lotId: 'a', points: 300 },
      { lotId: 'b', points: 100 },
    ]);
    expect(() => allocate(lots, 801)).toThrow(expect.objectContaining({ code: 'LIMIT_EXCEEDED' }));
    expect(() => allocate(lots, -1)).toThrow(/positive/);
    expect(expiredLots(lots, new Date('2026-06-01'))).toEqual([lots[1]]);
  });

  it('[DOMAIN 2.3] values a redemption at points x point value; from 5,000 CNY the GM approves', () => {
    expect(redemptionRouting(499_999, DEFAULT_POLICY)).toEqual({
      value: '4999.99',
      requiredAuthority: 'LOYALTY_SUPERVISOR',
    });
    expect(redemptionRouting(500_000, DEFAULT_POLICY)).toEqual({ value: '5000.00', requiredAuthority: 'GM' });
    expect(redemptionRouting(1, { pointValueCny: '0.02', redemptionGmThreshold: '1' })).toEqual({
      value: '0.02',
      requiredAuthority: 'LOYALTY_SUPERVISOR',
    });
  });

  it('takes back the returned share of the points a purchase earned', () => {
    const p = { amountCny: '1000.00', returnedCny: '0.00', pointsEarned: 1000, pointsReversed: 0 };
    expect(pointsToReverse(p, '250.00')).toBe(250);
    expect(pointsToReverse({ ...p, returnedCny: '250.00', pointsReversed: 250 }, '750.00')).toBe(750);
  });

  it('reminds of the points that expire within the notice period, summed by expiry moment, soonest first', () => {
    const now = new Date('2026-03-02T02:00:00Z');
    const lot = (id: string, remaining: number, expiresAt: string) => ({
      id,
      remaining,
      expiresAt: new Date(expiresAt),
    });
    const lots = [
      lot('a', 500, '2026-03-31T16:00:00Z'),
      lot('b', 0, '2026-03-31T16:00:00Z'), // used up
      lot('c', 100, '2026-03-31T16:00:00Z'),
      lot('d', 70, '2026-03-02T02:00:00Z'), // expires now: the expiry job's
      lot('e', 40, '2026-02-28T16:00:00Z'), // past its expiry: the expiry job's
      lot('f', 800, '2027-01-31T16:00:00Z'), // beyond the notice period
      lot('g', 30, '2026-04-01T02:00:00Z'), // the last moment of a 30-day period
    ];
    expect(expiryNotices(lots, now, 30)).toEqual([
      { expiresAt: new Date('2026-03-31T16:00:00Z'), points: 600 },
      { expiresAt: new Date('2026-04-01T02:00:00Z'), points: 30 },
    ]);
    expect(expiryNotices(lots, now, 29)).toEqual([]);
    expect(expiryNotices(lots, now, 0)).toEqual([]);
    expect(expiryNotices(lots, now, 366)).toHaveLength(3);
  });
});

import { liabilityMonths, pointsValue } from './liability';

describe('points liability', () => {
  it('[DOMAIN 2.1] counts months in company time: points expire at the end of a Shanghai month', () => {
    // 1 March 2026 00:30 in Shanghai is still February in UTC.
    const months = liabilityMonths(new Date('2026-02-28T16:30:00Z'), 3, 'Asia/Shanghai');
    expect(months).toEqual([
      { month: '2026-03', from: new Date('2026-02-28T16:00:00Z'), to: new Date('2026-03-31T16:00:00Z') },
      { month: '2026-04', from: new Date('2026-03-31T16:00:00Z'), to: new Date('2026-04-30T16:00:00Z') },
      { month: '2026-05', from: new Date('2026-04-30T16:00:00Z'), to: new Date('2026-05-31T16:00:00Z') },
    ]);
    expect(liabilityMonths(new Date('2026-11-15T00:00:00Z'), 3, 'Europe/Berlin').map((m) => m.month)).toEqual(
      ['2026-11', '2026-12', '2027-01'],
    );
    expect(liabilityMonths(new Date('2026-11-15T00:00:00Z'), 3, 'Europe/Berlin')[2]).toMatchObject({
      from: new Date('2026-12-31T23:00:00Z'),
      to: new Date('2027-01-31T23:00:00Z'),
    });
  });

  it('[DOMAIN 2.1] values points at the point value in force (100 points are 1 CNY), to the fen', () => {
    expect(pointsValue(123_456, '0.01')).toBe('1234.56');
    expect(pointsValue(3_000_000_001, '0.01')).toBe('30000000.01');
    expect(pointsValue(1, '0.005')).toBe('0.01');
    expect(pointsValue(0, '0.01')).toBe('0.00');
  });
});

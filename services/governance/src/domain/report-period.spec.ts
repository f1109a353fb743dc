import { monthPeriod, quarterPeriod, shiftPeriod, yearPeriod } from './report-period';

const TZ = 'Asia/Shanghai';

describe('report periods in the company time zone', () => {
  it('a month, a quarter and a year start at local midnight', () => {
    expect(monthPeriod('2026-03', TZ)).toMatchObject({
      from: new Date('2026-02-28T16:00:00Z'),
      to: new Date('2026-03-31T16:00:00Z'),
    });
    expect(monthPeriod('2026-12', TZ).to).toEqual(new Date('2026-12-31T16:00:00Z'));
    expect(quarterPeriod('2026-Q4', TZ)).toMatchObject({
      from: new Date('2026-09-30T16:00:00Z'),
      to: new Date('2026-12-31T16:00:00Z'),
    });
    expect(yearPeriod(2026, TZ).from).toEqual(new Date('2025-12-31T16:00:00Z'));
  });

  it('shifts by whole months across a leap year', () => {
    const before = shiftPeriod(quarterPeriod('2025-Q1', TZ), -12, TZ, '2024-Q1');
    expect(before).toEqual(quarterPeriod('2024-Q1', TZ));
  });

  it('refuses what is not a month or a quarter', () => {
    expect(() => monthPeriod('2026-13', TZ)).toThrow('YYYY-MM');
    expect(() => quarterPeriod('2026-Q5', TZ)).toThrow('YYYY-Qn');
  });
});

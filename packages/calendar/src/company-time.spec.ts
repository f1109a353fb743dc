import {
  companyDateText,
  companyLocal,
  companyMinuteText,
  quarterOf,
  startOfCompanyMonth,
} from './company-time';

const SHANGHAI = 'Asia/Shanghai';
const BERLIN = 'Europe/Berlin';

describe('company time', () => {
  it('dates an instant in the company zone, not in UTC', () => {
    // 16:30 UTC on 31 December is 00:30 on 1 January in Shanghai.
    expect(companyLocal(new Date('2025-12-31T16:30:00Z'), SHANGHAI)).toEqual({
      year: 2026,
      month: 1,
      day: 1,
    });
    expect(companyLocal(new Date('2025-12-31T15:59:59Z'), SHANGHAI)).toEqual({
      year: 2025,
      month: 12,
      day: 31,
    });
  });

  it('writes the company-local date, and the time to the minute on a 24-hour clock, zero-padded', () => {
    const newYear = new Date('2025-12-31T16:05:00Z'); // 00:05 on 1 January in Shanghai
    expect(companyDateText(newYear, SHANGHAI)).toBe('2026-01-01');
    expect(companyMinuteText(newYear, SHANGHAI)).toBe('2026-01-01 00:05');
    expect(companyMinuteText(new Date('2026-07-01T12:09:59Z'), BERLIN)).toBe('2026-07-01 14:09');
    expect(companyDateText(new Date('2026-03-02T01:00:00Z'), 'UTC')).toBe('2026-03-02');
  });

  it('starts a month at local midnight, a month past 12 or before 1 rolling into the next or last year', () => {
    expect(startOfCompanyMonth(2026, 3, SHANGHAI).toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(startOfCompanyMonth(2025, 13, SHANGHAI).toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(startOfCompanyMonth(2026, 0, SHANGHAI).toISOString()).toBe('2025-11-30T16:00:00.000Z');
  });

  it('takes the offset in force at the start of the month in a zone with daylight saving time', () => {
    // Berlin is UTC+1 in winter and UTC+2 from the last Sunday of March to the last Sunday of October.
    expect(startOfCompanyMonth(2026, 3, BERLIN).toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(startOfCompanyMonth(2026, 4, BERLIN).toISOString()).toBe('2026-03-31T22:00:00.000Z');
    expect(startOfCompanyMonth(2026, 11, BERLIN).toISOString()).toBe('2026-10-31T23:00:00.000Z');
  });

  it('names the company-local quarter of an instant', () => {
    expect(quarterOf(new Date('2026-03-31T15:59:59Z'), SHANGHAI)).toBe('2026-Q1');
    expect(quarterOf(new Date('2026-03-31T16:00:00Z'), SHANGHAI)).toBe('2026-Q2');
    expect(quarterOf(new Date('2026-12-31T16:00:00Z'), SHANGHAI)).toBe('2027-Q1');
  });
});

import { CalendarDataError, loadCalendarData, type CalendarData } from './data';
import { WorkingCalendar } from './working-calendar';

const cn = WorkingCalendar.chinaMainland();
const at = (iso: string) => new Date(iso);
const H = 3_600_000;

describe('[DOMAIN working days] mainland China calendar data', () => {
  it('[DOMAIN working days] skips the Spring Festival block and counts the Saturday make-up days', () => {
    expect(cn.isWorkingDay('2026-02-13')).toBe(true); // Friday
    expect(cn.isWorkingDay('2026-02-14')).toBe(true); // Saturday, make-up day
    for (let d = 15; d <= 23; d++) expect(cn.isWorkingDay(`2026-02-${d}`)).toBe(false);
    expect(cn.isWorkingDay('2026-02-24')).toBe(true);
    expect(cn.isWorkingDay('2026-02-28')).toBe(true); // Saturday, make-up day
    expect(cn.isWorkingDay('2026-03-01')).toBe(false); // ordinary Sunday
  });

  it('[DOMAIN working days] National Day 2025 is off from Oct 1 to 8, with Sun Sep 28 and Sat Oct 11 worked', () => {
    expect(cn.isWorkingDay('2025-09-28')).toBe(true);
    for (let d = 1; d <= 8; d++) expect(cn.isWorkingDay(`2025-10-0${d}`)).toBe(false);
    expect(cn.isWorkingDay('2025-10-09')).toBe(true);
    expect(cn.isWorkingDay('2025-10-11')).toBe(true);
    expect(cn.isWorkingDay('2025-10-12')).toBe(false);
  });

  it('[DOMAIN working days] New Year 2026 is off Jan 1-3 and Sunday Jan 4 is a working day', () => {
    expect(['2026-01-01', '2026-01-02', '2026-01-03'].map((d) => cn.isWorkingDay(d))).toEqual([
      false,
      false,
      false,
    ]);
    expect(cn.isWorkingDay('2026-01-04')).toBe(true);
  });

  it('[DOMAIN working days] counts 248 working days of 9 hours in 2025 and in 2026', () => {
    for (const year of [2025, 2026]) {
      const span = cn.workingTimeBetween(at(`${year - 1}-12-31T16:00:00Z`), at(`${year}-12-31T16:00:00Z`));
      expect(span).toEqual({ value: 248 * 9 * H, provisional: false, assumedYears: [] });
    }
  });
});

describe('adding working time', () => {
  it('[DOMAIN working days] Friday 15:00 + 2 working days is Tuesday 15:00; from a Saturday + 1 day is Monday 18:00', () => {
    expect(cn.addWorkingDays(at('2026-03-06T07:00:00Z'), 2).value).toEqual(at('2026-03-10T07:00:00Z'));
    expect(cn.addWorkingDays(at('2026-03-07T04:00:00Z'), 1).value).toEqual(at('2026-03-09T10:00:00Z'));
  });

  it('[DOMAIN working days] 2 working days across the Spring Festival use the make-up Saturday and resume after the block', () => {
    // Fri Feb 13 15:00 local: 3 h that day, 9 h on Sat Feb 14, then Feb 15-23 off, 6 h on Tue Feb 24.
    const due = cn.addWorkingDays(at('2026-02-13T07:00:00Z'), 2);
    expect(due).toEqual({ value: at('2026-02-24T07:00:00Z'), provisional: false, assumedYears: [] });
  });

  it('[DOMAIN working days] hours across National Day 2025 and across New Year 2026', () => {
    expect(cn.addWorkingHours(at('2025-09-30T09:00:00Z'), 2).value).toEqual(at('2025-10-09T02:00:00Z'));
    expect(cn.addWorkingHours(at('2025-12-31T09:00:00Z'), 2).value).toEqual(at('2026-01-04T02:00:00Z'));
  });

  it('lands exactly on 18:00 rather than the next morning, and handles fractional hours', () => {
    expect(cn.addWorkingHours(at('2026-03-02T01:00:00Z'), 9).value).toEqual(at('2026-03-02T10:00:00Z'));
    expect(cn.addWorkingHours(at('2026-03-02T01:00:00Z'), 0.5).value).toEqual(at('2026-03-02T01:30:00Z'));
    expect(cn.addWorkingHours(at('2026-03-02T09:45:00Z'), 0.25).value).toEqual(at('2026-03-02T10:00:00Z')); // 17:45 + 15 min
    expect(cn.addWorkingHours(at('2026-03-02T09:45:00Z'), 0.5).value).toEqual(at('2026-03-03T01:15:00Z')); // next day 09:15
  });

  it('starts the clock at the next working time when asked outside it', () => {
    expect(cn.nextWorkingTime(at('2026-03-07T04:00:00Z'))).toEqual(at('2026-03-09T01:00:00Z')); // Saturday noon -> Monday 09:00
    expect(cn.nextWorkingTime(at('2026-03-02T11:00:00Z'))).toEqual(at('2026-03-03T01:00:00Z')); // Monday 19:00 -> Tuesday 09:00
    expect(cn.nextWorkingTime(at('2026-03-02T03:00:00Z'))).toEqual(at('2026-03-02T03:00:00Z')); // already working time
    expect(cn.nextWorkingTime(at('2026-02-14T12:00:00Z'))).toEqual(at('2026-02-24T01:00:00Z')); // Sat 20:00 before the festival
  });

  it('refuses nonsense input with a RangeError', () => {
    expect(() => cn.addWorkingHours(at('2026-03-02T01:00:00Z'), -1)).toThrow(RangeError);
    expect(() => cn.addWorkingHours(at('2026-03-02T01:00:00Z'), Number.NaN)).toThrow(RangeError);
    expect(() => cn.addWorkingDays(new Date('nope'), 1)).toThrow(RangeError);
    expect(() => cn.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => cn.workingTimeBetween(at('2026-03-02T01:00:00Z'), new Date(Number.NaN))).toThrow(RangeError);
  });

  it('adds 30 working days and measures a year without walking minute by minute', () => {
    const due = cn.addWorkingDays(at('2026-03-02T01:00:00Z'), 30);
    expect(cn.workingTimeBetween(at('2026-03-02T01:00:00Z'), due.value).value).toBe(30 * 9 * H);
  });
});

describe('measuring working time', () => {
  it('is antisymmetric and agrees with addWorkingHours', () => {
    const a = at('2026-02-12T05:17:00Z');
    const b = at('2026-03-03T08:00:00Z');
    expect(cn.workingTimeBetween(b, a).value).toBe(-cn.workingTimeBetween(a, b).value);
    for (const hours of [0.25, 1, 8.5, 9, 27, 100]) {
      const from = at('2026-02-12T02:00:00Z');
      const to = cn.addWorkingHours(from, hours).value;
      expect(cn.workingHoursBetween(from, to).value).toBeCloseTo(hours, 9);
    }
  });

  it('counts nothing outside working hours', () => {
    expect(cn.workingTimeBetween(at('2026-03-02T10:00:00Z'), at('2026-03-03T01:00:00Z')).value).toBe(0); // Mon 18:00 -> Tue 09:00
  });
});

describe('time zones', () => {
  it('counts days and hours in Shanghai time, not UTC', () => {
    expect(cn.isWorkingTime(at('2026-03-02T00:30:00Z'))).toBe(false); // Monday 08:30 local
    expect(cn.isWorkingTime(at('2026-03-02T01:00:00Z'))).toBe(true); // 09:00 local, start inclusive
    expect(cn.isWorkingDay(at('2026-03-01T23:59:00Z'))).toBe(true); // Sunday in UTC, Monday 07:59 local
    expect(cn.isWorkingTime(at('2026-03-01T23:59:00Z'))).toBe(false);
    expect(cn.isWorkingTime(at('2026-03-02T09:59:59Z'))).toBe(true); // 17:59:59 local
    expect(cn.isWorkingTime(at('2026-03-02T10:00:00Z'))).toBe(false); // 18:00 local, end exclusive
  });

  it('works in a half-hour zone (Asia/Kolkata)', () => {
    const kolkata = WorkingCalendar.chinaMainland({ timeZone: 'Asia/Kolkata' });
    expect(kolkata.isWorkingTime(at('2026-03-02T03:29:00Z'))).toBe(false); // 08:59 IST
    expect(kolkata.isWorkingTime(at('2026-03-02T03:30:00Z'))).toBe(true); // 09:00 IST
    expect(kolkata.addWorkingHours(at('2026-03-02T03:30:00Z'), 9).value).toEqual(at('2026-03-02T12:30:00Z'));
  });

  it('keeps 09:00-18:00 local across daylight-saving changes (America/New_York)', () => {
    const ny = WorkingCalendar.chinaMainland({ timeZone: 'America/New_York' });
    // Spring forward on Sunday 2026-03-08: Friday 17:00 EST + 2 h = Monday 10:00 EDT.
    expect(ny.addWorkingHours(at('2026-03-06T22:00:00Z'), 2).value).toEqual(at('2026-03-09T14:00:00Z'));
    expect(ny.workingTimeBetween(at('2026-03-06T14:00:00Z'), at('2026-03-09T22:00:00Z')).value).toBe(18 * H);
    // Fall back on Sunday 2026-11-01: Friday 17:00 EDT + 2 h = Monday 10:00 EST.
    expect(ny.addWorkingHours(at('2026-10-30T21:00:00Z'), 2).value).toEqual(at('2026-11-02T15:00:00Z'));
    expect(ny.workingTimeBetween(at('2026-10-30T13:00:00Z'), at('2026-11-02T23:00:00Z')).value).toBe(18 * H);
  });
});

describe('years without data', () => {
  it('[DOMAIN working days] counts a year without data as weekends only, flags the result and warns once', () => {
    const warned: number[] = [];
    const calendar = WorkingCalendar.chinaMainland({}, { onMissingYear: (y) => warned.push(y) });
    // Thu 2026-12-31 17:00 + 2 h: 1 h that day, then Fri 2027-01-01, a working day when only weekends are known.
    const due = calendar.addWorkingHours(at('2026-12-31T09:00:00Z'), 2);
    expect(due).toEqual({ value: at('2027-01-01T02:00:00Z'), provisional: true, assumedYears: [2027] });
    calendar.addWorkingDays(at('2027-03-01T01:00:00Z'), 3);
    expect(warned).toEqual([2027]);
    expect(calendar.hasDataFor(2026)).toBe(true);
    expect(calendar.hasDataFor(2027)).toBe(false);
    expect(calendar.addWorkingHours(at('2026-03-02T01:00:00Z'), 1).provisional).toBe(false);
  });
});

describe('calendar data', () => {
  const valid = (): CalendarData => ({
    name: 'test',
    timeZone: 'Asia/Shanghai',
    weekend: [6, 7],
    workingHours: { start: '09:00', end: '18:00' },
    years: { '2030': { daysOff: ['2030-01-01'], makeUpWorkingDays: ['2030-01-05'] } },
  });

  it('adds a year as data, not code', () => {
    const calendar = new WorkingCalendar(valid());
    expect(calendar.hasDataFor(2030)).toBe(true);
    expect(calendar.isWorkingDay('2030-01-01')).toBe(false); // a Tuesday, listed off
    expect(calendar.isWorkingDay('2030-01-05')).toBe(true); // a Saturday, listed as make-up
  });

  it.each<[string, (d: CalendarData) => void, RegExp]>([
    [
      'a make-up day that is not a weekend day',
      (d) => (d.years['2030']!.makeUpWorkingDays = ['2030-01-07']),
      /not a weekend day/,
    ],
    ['a malformed date', (d) => (d.years['2030']!.daysOff = ['2030-1-1']), /is not a date/],
    ['a date under the wrong year', (d) => (d.years['2030']!.daysOff = ['2031-01-01']), /wrong year/],
    [
      'working hours that end before they start',
      (d) => (d.workingHours = { start: '18:00', end: '09:00' }),
      /must be before end/,
    ],
    ['an unknown time zone', (d) => (d.timeZone = 'Mars/Olympus'), /unknown time zone/],
  ])('refuses %s', (_what, spoil, message) => {
    const data = valid();
    spoil(data);
    expect(() => loadCalendarData(data)).toThrow(CalendarDataError);
    expect(() => loadCalendarData(data)).toThrow(message);
  });
});

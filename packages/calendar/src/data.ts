import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';

/** A calendar as data: adding a year is a data change, not a code change. */
export interface CalendarData {
  name: string;
  description?: string;
  /** IANA time zone in which days are counted. */
  timeZone: string;
  /** ISO weekdays that are off unless listed as make-up working days (6 = Saturday, 7 = Sunday). */
  weekend: number[];
  workingHours: { start: string; end: string };
  years: Record<string, { daysOff: string[]; makeUpWorkingDays: string[] }>;
}

export const CN_MAINLAND_FILE = path.join(__dirname, '..', 'data', 'cn-mainland.json');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export class CalendarDataError extends Error {
  constructor(calendar: string, problem: string) {
    super(`calendar ${calendar}: ${problem}`);
    this.name = 'CalendarDataError';
  }
}

export function minutesOfDay(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h! * 60 + m!;
}

/** Checks a calendar's data and throws a CalendarDataError naming the first problem. */
export function validateCalendarData(data: CalendarData): CalendarData {
  const name = data.name || '(unnamed)';
  const fail = (problem: string): never => {
    throw new CalendarDataError(name, problem);
  };
  if (!DateTime.local().setZone(data.timeZone).isValid) fail(`unknown time zone ${data.timeZone}`);
  if (!Array.isArray(data.weekend) || data.weekend.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    fail('weekend must list ISO weekdays 1 (Monday) to 7 (Sunday)');
  }
  const { start, end } = data.workingHours ?? {};
  if (!start || !end || !CLOCK.test(start) || !CLOCK.test(end)) fail('working hours must be HH:mm');
  if (minutesOfDay(start!) >= minutesOfDay(end!))
    fail(`working hours start ${start} must be before end ${end}`);
  for (const [year, entry] of Object.entries(data.years ?? {})) {
    if (!/^\d{4}$/.test(year)) fail(`year key ${year} is not a year`);
    const off = new Set<string>();
    for (const [list, dates] of [
      ['daysOff', entry.daysOff],
      ['makeUpWorkingDays', entry.makeUpWorkingDays],
    ] as const) {
      if (!Array.isArray(dates)) fail(`${year}.${list} must be a list of dates`);
      for (const date of dates) {
        const parsed = DateTime.fromISO(date, { zone: 'UTC' });
        if (!ISO_DATE.test(date) || !parsed.isValid)
          fail(`${year}.${list}: ${date} is not a date (YYYY-MM-DD)`);
        if (date.slice(0, 4) !== year) fail(`${year}.${list}: ${date} is listed under the wrong year`);
        if (list === 'daysOff') off.add(date);
        else {
          if (!data.weekend.includes(parsed.weekday))
            fail(`${year}.makeUpWorkingDays: ${date} is not a weekend day`);
          if (off.has(date)) fail(`${year}: ${date} is both a day off and a make-up working day`);
        }
      }
    }
  }
  return data;
}

/** Reads calendar data from a JSON file path or takes an object, and validates it. */
export function loadCalendarData(source: string | CalendarData): CalendarData {
  const data =
    typeof source === 'string' ? (JSON.parse(readFileSync(source, 'utf8')) as CalendarData) : source;
  return validateCalendarData(data);
}

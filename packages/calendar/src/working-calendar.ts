import { DateTime } from 'luxon';
import { CN_MAINLAND_FILE, loadCalendarData, minutesOfDay, type CalendarData } from './data';

/** A computed value, flagged when it depended on a year the calendar has no holiday data for. */
export interface CalendarResult<T> {
  value: T;
  /** True when a year without data was counted as weekends only. */
  provisional: boolean;
  assumedYears: number[];
}

export interface CalendarOptions {
  /** Called once per year per calendar when a computation touches a year without data. */
  onMissingYear?: (year: number) => void;
}

export interface CalendarOverrides {
  timeZone?: string;
  workingHours?: { start: string; end: string };
}

const HOUR_MS = 3_600_000;
/** No computation may walk further than this many days (a calendar with no working day at all). */
const MAX_DAYS = 366 * 20;

interface Window {
  start: DateTime;
  end: DateTime;
}

/**
 * The company's working-day calendar: weekends, public holidays and make-up working days as data,
 * days counted in the calendar's time zone, working hours each working day.
 *
 * Definitions:
 * - working time runs only inside working hours on working days (start inclusive, end exclusive);
 * - `addWorkingHours(from, h)` moves the clock h hours of working time forward (from outside working
 *   time it starts at the next start of working hours); landing exactly on the end of a working day
 *   returns that end, not the next morning;
 * - `addWorkingDays(from, d)` is `d` times the length of a working day in working time: Friday 15:00 + 2
 *   working days = Tuesday 15:00 (Mon and Tue working); from a Saturday + 1 day = Monday 18:00.
 */
export class WorkingCalendar {
  readonly data: CalendarData;
  readonly timeZone: string;
  private readonly startMinutes: number;
  private readonly endMinutes: number;
  private readonly daysOff = new Set<string>();
  private readonly makeUpDays = new Set<string>();
  private readonly knownYears = new Set<number>();
  private readonly reportedYears = new Set<number>();

  constructor(
    data: CalendarData,
    private readonly options: CalendarOptions = {},
  ) {
    this.data = loadCalendarData(data);
    this.timeZone = this.data.timeZone;
    this.startMinutes = minutesOfDay(this.data.workingHours.start);
    this.endMinutes = minutesOfDay(this.data.workingHours.end);
    for (const [year, entry] of Object.entries(this.data.years)) {
      this.knownYears.add(Number(year));
      entry.daysOff.forEach((d) => this.daysOff.add(d));
      entry.makeUpWorkingDays.forEach((d) => this.makeUpDays.add(d));
    }
  }

  /** Mainland China's official calendar shipped with this package (2025 and 2026). */
  static chinaMainland(overrides: CalendarOverrides = {}, options: CalendarOptions = {}): WorkingCalendar {
    const data = loadCalendarData(CN_MAINLAND_FILE);
    return new WorkingCalendar(
      { ...data, ...overrides, workingHours: overrides.workingHours ?? data.workingHours },
      options,
    );
  }

  hasDataFor(year: number): boolean {
    return this.knownYears.has(year);
  }

  /** Whether a date (a Date: its local date in the calendar's zone; or YYYY-MM-DD) is a working day. */
  isWorkingDay(date: Date | string): boolean {
    return this.workingDay(this.localDay(date), new Set());
  }

  isWorkingTime(instant: Date): boolean {
    const at = this.local(instant);
    const window = this.windowOf(at.startOf('day'), new Set());
    return window !== null && at >= window.start && at < window.end;
  }

  /** The instant itself when it is working time, else the next start of working hours. */
  nextWorkingTime(instant: Date): Date {
    return this.nextWorkingTimeTracked(instant, new Set()).toJSDate();
  }

  addWorkingHours(from: Date, hours: number): CalendarResult<Date> {
    assertInstant(from, 'from');
    if (!Number.isFinite(hours) || hours < 0)
      throw new RangeError(`hours must be a non-negative number, got ${hours}`);
    const assumed = new Set<number>();
    let remaining = Math.round(hours * HOUR_MS);
    let cursor = this.local(from);
    for (let i = 0; i < MAX_DAYS; i++) {
      const window = this.windowOf(cursor.startOf('day'), assumed);
      if (window) {
        const start = cursor > window.start ? cursor : window.start;
        if (start < window.end) {
          const available = window.end.toMillis() - start.toMillis();
          if (remaining <= available)
            return this.result(start.plus({ milliseconds: remaining }).toJSDate(), assumed);
          remaining -= available;
        }
      }
      cursor = cursor.startOf('day').plus({ days: 1 });
    }
    throw new RangeError(`no working time within ${MAX_DAYS} days`);
  }

  addWorkingDays(from: Date, days: number): CalendarResult<Date> {
    if (!Number.isFinite(days) || days < 0)
      throw new RangeError(`days must be a non-negative number, got ${days}`);
    return this.addWorkingHours(from, days * this.workingDayHours());
  }

  /** Working milliseconds between two instants (negative when b is before a). */
  workingTimeBetween(a: Date, b: Date): CalendarResult<number> {
    assertInstant(a, 'a');
    assertInstant(b, 'b');
    if (b < a) {
      const reverse = this.workingTimeBetween(b, a);
      return { ...reverse, value: -reverse.value };
    }
    const assumed = new Set<number>();
    const from = this.local(a);
    const to = this.local(b);
    let total = 0;
    for (let day = from.startOf('day'); day < to; day = day.plus({ days: 1 })) {
      const window = this.windowOf(day, assumed);
      if (!window) continue;
      const start = Math.max(window.start.toMillis(), from.toMillis());
      const end = Math.min(window.end.toMillis(), to.toMillis());
      if (end > start) total += end - start;
    }
    return this.result(total, assumed);
  }

  /** The same in hours. */
  workingHoursBetween(a: Date, b: Date): CalendarResult<number> {
    const ms = this.workingTimeBetween(a, b);
    return { ...ms, value: ms.value / HOUR_MS };
  }

  /** Hours of working time in one working day (9 for 09:00-18:00). */
  workingDayHours(): number {
    return (this.endMinutes - this.startMinutes) / 60;
  }

  private nextWorkingTimeTracked(instant: Date, assumed: Set<number>): DateTime {
    assertInstant(instant, 'instant');
    const at = this.local(instant);
    let day = at.startOf('day');
    for (let i = 0; i < MAX_DAYS; i++, day = day.plus({ days: 1 })) {
      const window = this.windowOf(day, assumed);
      if (!window) continue;
      if (at < window.start) return window.start;
      if (at < window.end) return at;
    }
    throw new RangeError(`no working time within ${MAX_DAYS} days`);
  }

  private result<T>(value: T, assumed: Set<number>): CalendarResult<T> {
    const assumedYears = [...assumed].sort((x, y) => x - y);
    return { value, provisional: assumedYears.length > 0, assumedYears };
  }

  private local(instant: Date): DateTime {
    return DateTime.fromJSDate(instant, { zone: this.timeZone });
  }

  private localDay(date: Date | string): DateTime {
    if (typeof date === 'string') {
      const parsed = DateTime.fromISO(date, { zone: this.timeZone });
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !parsed.isValid)
        throw new RangeError(`${date} is not a date (YYYY-MM-DD)`);
      return parsed.startOf('day');
    }
    assertInstant(date, 'date');
    return this.local(date).startOf('day');
  }

  private workingDay(day: DateTime, assumed: Set<number>): boolean {
    const iso = day.toISODate()!;
    if (!this.knownYears.has(day.year)) {
      assumed.add(day.year);
      if (!this.reportedYears.has(day.year)) {
        this.reportedYears.add(day.year);
        this.options.onMissingYear?.(day.year);
      }
    }
    if (this.makeUpDays.has(iso)) return true;
    if (this.daysOff.has(iso)) return false;
    return !this.data.weekend.includes(day.weekday);
  }

  /** Working hours of a local day, or null when the day is off. */
  private windowOf(day: DateTime, assumed: Set<number>): Window | null {
    if (!this.workingDay(day, assumed)) return null;
    const at = (minutes: number) =>
      DateTime.fromObject(
        {
          year: day.year,
          month: day.month,
          day: day.day,
          hour: Math.floor(minutes / 60),
          minute: minutes % 60,
        },
        { zone: this.timeZone },
      );
    return { start: at(this.startMinutes), end: at(this.endMinutes) };
  }
}

function assertInstant(value: Date, name: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime()))
    throw new RangeError(`${name} must be a valid Date`);
}

/**
 * Company time (DESIGN convention 5): the calendar dates, months and quarters business rules count in are
 * those of the company's time zone (the services' TIME_ZONE, Asia/Shanghai by default), never UTC or the
 * server's zone. Plain Intl: no calendar data is needed, and a zone with daylight saving time is counted
 * right.
 */
export interface CompanyDate {
  year: number;
  month: number;
  day: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of an instant in the zone: year, month, day, hour, minute, second. */
function wallClock(at: Date, timeZone: string): Record<string, number> {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(at))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return parts;
}

/** The company-local date of an instant. */
export function companyLocal(at: Date, timeZone: string): CompanyDate {
  const { year = 0, month = 0, day = 0 } = wallClock(at, timeZone);
  return { year, month, day };
}

/** How many minutes the zone's wall clock is ahead of UTC at an instant. */
function offsetMinutes(at: Date, timeZone: string): number {
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = wallClock(at, timeZone);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  return Math.round((wall - Math.floor(at.getTime() / 1_000) * 1_000) / 60_000);
}

/**
 * The instant a company-local calendar month starts. The month may overflow (13 is January of the next
 * year) or underflow (0 is December of the year before), so months can be added to a date's month.
 */
export function startOfCompanyMonth(year: number, month: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, 1);
  const guess = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  // The offset at the instant itself: they differ when daylight saving time starts or ends in between.
  return new Date(wall - offsetMinutes(new Date(guess), timeZone) * 60_000);
}

/** 2026-Q1: the company-local quarter of an instant. */
export function quarterOf(at: Date, timeZone: string): string {
  const { year, month } = companyLocal(at, timeZone);
  return `${year}-Q${Math.ceil(month / 3)}`;
}

const two = (n: number) => String(n).padStart(2, '0');

/** 2026-03-02: the company-local date of an instant, as ISO text. */
export function companyDateText(at: Date, timeZone: string): string {
  const { year, month, day } = companyLocal(at, timeZone);
  return `${year}-${two(month)}-${two(day)}`;
}

/** 2026-03-02 09:05: the company-local date and time of an instant, to the minute (24-hour clock). */
export function companyMinuteText(at: Date, timeZone: string): string {
  const { year = 0, month = 0, day = 0, hour = 0, minute = 0 } = wallClock(at, timeZone);
  return `${year}-${two(month)}-${two(day)} ${two(hour)}:${two(minute)}`;
}

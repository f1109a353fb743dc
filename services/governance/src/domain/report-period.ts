import { companyLocal, startOfCompanyMonth as startOfMonth } from '@care/calendar';
import { refuse } from '@care/domain-kernel';

// The periods checks and reports cover (DOMAIN 4.2-4.3): a calendar month, quarter or year in the company's
// time zone (Asia/Shanghai by default), as the half-open interval [from, to).

export interface Period {
  /** 2026-03, 2026-Q1 or 2026. */
  label: string;
  from: Date;
  to: Date;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

function checkYear(field: string, year: number): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
    throw refuse.input(field, `${field} must be a year from ${MIN_YEAR} to ${MAX_YEAR}`);
  return year;
}

/** `2026-03`: that month in the company's time zone. */
export function monthPeriod(month: string, timeZone: string): Period {
  const m = MONTH.exec(month);
  if (!m) throw refuse.input('month', 'month must be written YYYY-MM, e.g. 2026-03');
  const year = checkYear('month', Number(m[1]));
  const n = Number(m[2]);
  return { label: month, from: startOfMonth(year, n, timeZone), to: startOfMonth(year, n + 1, timeZone) };
}

/** `2026-Q1`: January to March 2026 in the company's time zone. */
export function quarterPeriod(quarter: string, timeZone: string): Period {
  const m = QUARTER.exec(quarter);
  if (!m) throw refuse.input('quarter', 'quarter must be written YYYY-Qn, e.g. 2026-Q1');
  const year = checkYear('quarter', Number(m[1]));
  const first = (Number(m[2]) - 1) * 3 + 1;
  return {
    label: quarter,
    from: startOfMonth(year, first, timeZone),
    to: startOfMonth(year, first + 3, timeZone),
  };
}

/** A calendar year in the company's time zone. */
export function yearPeriod(year: number, timeZone: string): Period {
  checkYear('year', year);
  return {
    label: String(year),
    from: startOfMonth(year, 1, timeZone),
    to: startOfMonth(year + 1, 1, timeZone),
  };
}

/** The same period shifted by whole months (a year before: -12). */
export function shiftPeriod(period: Period, months: number, timeZone: string, label: string): Period {
  const shift = (d: Date) => {
    const { year, month } = companyLocal(d, timeZone);
    return startOfMonth(year, month + months, timeZone);
  };
  return { label, from: shift(period.from), to: shift(period.to) };
}

/** A check of a period that has not begun has nothing to look at. */
export function requireBegun(field: string, period: Period, now: Date): void {
  if (period.from.getTime() > now.getTime()) throw refuse.input(field, `${period.label} has not begun yet`);
}

/** A review of a period that has not ended would miss part of it. */
export function requireEnded(field: string, period: Period, now: Date): void {
  if (period.to.getTime() > now.getTime()) throw refuse.input(field, `${period.label} has not ended yet`);
}

import { Decimal } from 'decimal.js';

/**
 * The shape every input value must have before it reaches Postgres: pure checks, each returning what is
 * wrong with a value (a phrase to follow the field's name) or `undefined` when it is fine.
 *
 * A field's limits come from the `@bounds` directive next to it in the SDL; what it does not say comes
 * from INPUT_DEFAULTS.
 */
export interface Bounds {
  /** Lowest value: a decimal or integer (Decimal, Int), a date (Date) or a date-time (DateTime). */
  min?: string;
  /** Highest value, written like `min`. */
  max?: string;
  /** Decimal: digits after the point (the column's numeric(p, s) scale). */
  scale?: number;
  /** Decimal: digits in all (the column's numeric(p, s) precision). */
  precision?: number;
  /** Text: fewest characters (Unicode code points). */
  minLength?: number;
  /** Text: most characters (Unicode code points); JSON: most characters of its serialised form. */
  maxLength?: number;
  /** Text: a regular expression the whole value must match. */
  pattern?: string;
  /** List: most items. */
  maxItems?: number;
}

export const INPUT_DEFAULTS = {
  /** Any String (and text-like custom scalar) without its own maxLength. */
  text: { maxLength: 255 },
  /** Money: numeric(16, 2), never negative; it fits every money column of the platform. */
  decimal: { precision: 16, scale: 2, min: '0' },
  date: { min: '2000-01-01', max: '2100-12-31' },
  dateTime: { min: '2000-01-01T00:00:00.000Z', max: '2100-12-31T23:59:59.999Z' },
  json: { maxDepth: 10, maxLength: 16_384 },
  list: { maxItems: 100 },
} as const;

/** Control characters other than tab, line feed and carriage return (C0, DEL and C1). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Half of a surrogate pair without its other half: not valid Unicode, Postgres cannot store it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function describeCharacter(text: string): string {
  const match = CONTROL.exec(text);
  const code = match ? match[0].charCodeAt(0) : 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function checkText(value: string, bounds: Bounds = {}): string | undefined {
  if (CONTROL.test(value))
    return `must not contain control characters (found ${describeCharacter(value)}; only tab and line breaks are allowed)`;
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode text';
  const length = [...value].length;
  const maxLength = bounds.maxLength ?? INPUT_DEFAULTS.text.maxLength;
  if (length > maxLength) return `must be at most ${maxLength} characters long (got ${length})`;
  if (bounds.minLength !== undefined && length < bounds.minLength)
    return `must be at least ${bounds.minLength} character${bounds.minLength === 1 ? '' : 's'} long`;
  if (bounds.pattern !== undefined && !new RegExp(`^(?:${bounds.pattern})$`, 'u').test(value))
    return `must match ${bounds.pattern}`;
  return undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id can name a record at all (ids are UUIDs): others are not found without a query. */
export const isUuid = (value: string): boolean => UUID.test(value);

export function checkUuid(value: string): string | undefined {
  return isUuid(value) ? undefined : 'must be a UUID, e.g. 5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f';
}

/** A Decimal (already a decimal string, see the Decimal scalar) within the column's digits and range. */
export function checkDecimal(value: string, bounds: Bounds = {}): string | undefined {
  let d: Decimal;
  try {
    d = new Decimal(value);
  } catch {
    return 'must be a decimal number written as a string, e.g. "1234.50"';
  }
  if (!d.isFinite()) return 'must be a finite decimal number';
  const scale = bounds.scale ?? INPUT_DEFAULTS.decimal.scale;
  const precision = bounds.precision ?? INPUT_DEFAULTS.decimal.precision;
  if (d.decimalPlaces() > scale)
    return scale === 0 ? 'must be a whole number' : `must have at most ${scale} digits after the point`;
  const integerDigits = d.abs().truncated().isZero() ? 0 : d.abs().truncated().toFixed().length;
  if (integerDigits > precision - scale)
    return `must have at most ${precision - scale} digits before the point`;
  const min = bounds.min ?? INPUT_DEFAULTS.decimal.min;
  if (d.lessThan(min)) return min === '0' ? 'must not be negative' : `must be at least ${min}`;
  if (bounds.max !== undefined && d.greaterThan(bounds.max)) return `must be at most ${bounds.max}`;
  return undefined;
}

export function checkInt(value: number, bounds: Bounds = {}): string | undefined {
  if (bounds.min !== undefined && value < Number(bounds.min)) return `must be at least ${bounds.min}`;
  if (bounds.max !== undefined && value > Number(bounds.max)) return `must be at most ${bounds.max}`;
  return undefined;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether year-month-day names a day of the Gregorian calendar. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A calendar date YYYY-MM-DD that exists, between 2000-01-01 and 2100-12-31 unless the field says. */
export function checkDate(value: string, bounds: Bounds = {}): string | undefined {
  const match = DATE.exec(value);
  if (!match) return 'must be a calendar date YYYY-MM-DD';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isCalendarDate(year, month, day)) return `must be a real calendar date (${value} does not exist)`;
  const min = bounds.min ?? INPUT_DEFAULTS.date.min;
  const max = bounds.max ?? INPUT_DEFAULTS.date.max;
  if (value < min || value > max) return `must be between ${min} and ${max}`;
  return undefined;
}

/** A date-time that exists, between 2000 and 2100 (UTC) unless the field says. */
export function checkDateTime(value: Date, bounds: Bounds = {}): string | undefined {
  const time = value.getTime();
  if (Number.isNaN(time)) return 'must be a real date and time (RFC 3339, e.g. 2026-03-02T09:00:00Z)';
  const min = bounds.min ?? INPUT_DEFAULTS.dateTime.min;
  const max = bounds.max ?? INPUT_DEFAULTS.dateTime.max;
  if (time < Date.parse(min) || time > Date.parse(max)) return `must be between ${min} and ${max}`;
  return undefined;
}

export interface JsonProblem {
  /** Where inside the value, e.g. `.items[2].name` ('' for the value itself). */
  at: string;
  problem: string;
}

/**
 * A JSON value bounded in nesting and size, with every key and string checked as text (no control
 * characters, valid Unicode). Walks without recursion, so a deep value cannot exhaust the stack.
 */
export function checkJson(
  value: unknown,
  limits: { maxDepth?: number; maxLength?: number } = {},
): JsonProblem | undefined {
  const maxDepth = limits.maxDepth ?? INPUT_DEFAULTS.json.maxDepth;
  const maxLength = limits.maxLength ?? INPUT_DEFAULTS.json.maxLength;
  const textLimit = { maxLength };
  let size = 0;
  const stack: { value: unknown; depth: number; at: string }[] = [{ value, depth: 0, at: '' }];
  while (stack.length) {
    const item = stack.pop()!;
    const v = item.value;
    if (v === null || typeof v === 'boolean') size += 5;
    else if (typeof v === 'number') {
      if (!Number.isFinite(v)) return { at: item.at, problem: 'must be a finite number' };
      size += String(v).length;
    } else if (typeof v === 'string') {
      const problem = checkText(v, textLimit);
      if (problem) return { at: item.at, problem };
      size += v.length + 2;
    } else if (typeof v === 'object') {
      if (item.depth >= maxDepth) return { at: item.at, problem: `must be nested at most ${maxDepth} deep` };
      if (Array.isArray(v)) {
        v.forEach((child, i) => stack.push({ value: child, depth: item.depth + 1, at: `${item.at}[${i}]` }));
        size += 2 + v.length;
      } else {
        for (const [key, child] of Object.entries(v as Record<string, unknown>)) {
          const problem = checkText(key, textLimit);
          if (problem) return { at: `${item.at}.${key.slice(0, 40)}`, problem: `has a key that ${problem}` };
          stack.push({ value: child, depth: item.depth + 1, at: `${item.at}.${key}` });
          size += key.length + 4;
        }
        size += 2;
      }
    } else
      return { at: item.at, problem: 'must be JSON (objects, arrays, strings, numbers, booleans, null)' };
    if (size > maxLength) return { at: '', problem: `must be at most ${maxLength} characters as JSON` };
  }
  return undefined;
}

import { refuse } from '@care/domain-kernel';
import { Decimal } from 'decimal.js';

export type ViolationLevel = 'ORDINARY' | 'SERIOUS' | 'SEVERE';
export type PenaltyKind = 'WARNING' | 'FINE' | 'DEMOTION' | 'DISMISSAL';

export interface Penalty {
  kind: PenaltyKind;
  /** CNY, for a fine (the amount per case times the cases); null otherwise. */
  amount: string | null;
}

/** What one level allows: the penalties HR may choose from, the one proposed, a fine's amount per case. */
export interface LevelPolicy {
  penalties: readonly PenaltyKind[];
  proposed: PenaltyKind;
  finePerCase: string | null;
}

/**
 * The penalty table (DOMAIN 4.5) as policy data: ordinary (wrong customer data) — a warning or a fine of
 * 100 per case, the warning proposed (the seed: a warning for a first ordinary violation); serious (a
 * discount given without approval) — a fine of 500 per case; severe (leaking customer privacy) —
 * demotion or dismissal.
 */
export const DEFAULT_PENALTY_POLICY: Readonly<Record<ViolationLevel, LevelPolicy>> = {
  ORDINARY: { penalties: ['WARNING', 'FINE'], proposed: 'WARNING', finePerCase: '100' },
  SERIOUS: { penalties: ['FINE'], proposed: 'FINE', finePerCase: '500' },
  SEVERE: { penalties: ['DEMOTION', 'DISMISSAL'], proposed: 'DEMOTION', finePerCase: null },
};

/** The kinds of violation the company names, each with the level the seed gives it. */
export const VIOLATION_CATEGORIES = {
  WRONG_CUSTOMER_DATA: 'ORDINARY',
  DISCOUNT_WITHOUT_APPROVAL: 'SERIOUS',
  EMERGENCY_NOT_RATIFIED: 'SERIOUS',
  /** A points-anomaly freeze later than its 2-hour deadline (DOMAIN 2.6). */
  LATE_POINTS_FREEZE: 'ORDINARY',
  /** A customer data change request answered after its 2 hours (DOMAIN 2.5). */
  LATE_CHANGE_RESPONSE: 'ORDINARY',
  PRIVACY_LEAK: 'SEVERE',
} as const satisfies Record<string, ViolationLevel>;
export type NamedCategory = keyof typeof VIOLATION_CATEGORIES;

/** The penalty of a kind for a violation of `level` with `cases` cases; BAD_USER_INPUT outside the level. */
export function penaltyFor(
  level: ViolationLevel,
  kind: PenaltyKind,
  cases: number,
  policy: Readonly<Record<ViolationLevel, LevelPolicy>> = DEFAULT_PENALTY_POLICY,
): Penalty {
  const rule = policy[level];
  if (!rule.penalties.includes(kind))
    throw refuse.input(
      'penalty',
      `a ${level.toLowerCase()} violation is penalised by ${rule.penalties.join(' or ')} (DOMAIN 4.5), not ${kind}`,
      { allowed: [...rule.penalties] },
    );
  if (kind !== 'FINE') return { kind, amount: null };
  if (!rule.finePerCase) throw new Error(`the penalty policy has no fine for ${level}`);
  return { kind, amount: new Decimal(rule.finePerCase).times(cases).toFixed(2) };
}

/** The penalty the table proposes for a level and its cases. */
export const proposedPenalty = (
  level: ViolationLevel,
  cases: number,
  policy: Readonly<Record<ViolationLevel, LevelPolicy>> = DEFAULT_PENALTY_POLICY,
): Penalty => penaltyFor(level, policy[level].proposed, cases, policy);

// ---- Time limits (DOMAIN 4.5, counted on the company calendar) ------------------------------------

/** The person concerned appeals within 3 working days of the decision. */
export const APPEAL_WORKING_DAYS = 3;
/** An appeal is decided within 5 working days. */
export const APPEAL_DECISION_WORKING_DAYS = 5;
/**
 * How long the person concerned has to state their case after the written notice, before HR may decide
 * without it: a default where the seeds give no number (DOMAIN "Defaults"), as policy data.
 */
export const STATEMENT_WORKING_DAYS = 3;

/** What the deadline rule needs of the company calendar (WorkingCalendar of @care/calendar has it). */
export interface WorkingDayCalendar {
  readonly timeZone: string;
  isWorkingDay(date: string): boolean;
  hasDataFor(year: number): boolean;
}

export interface Deadline {
  /** The first instant past the period: the end (24:00, company time) of its last working day. */
  at: Date;
  /** True when it was counted over a year the calendar has no holiday data for (weekends only). */
  provisional: boolean;
}

/** The company-time date (YYYY-MM-DD) of an instant. */
export function localDate(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The next calendar date after a YYYY-MM-DD date. */
const nextDate = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** The instant a company-time date begins (00:00 there). */
export function startOfLocalDate(date: string, timeZone: string): Date {
  const guess = new Date(`${date}T00:00:00Z`);
  // The zone's offset at an instant: its wall-clock time read as UTC, minus the instant.
  const offsetAt = (instant: Date) =>
    new Date(`${localDate(instant, timeZone)}T${wallTime(instant, timeZone)}Z`).getTime() - instant.getTime();
  const first = new Date(guess.getTime() - offsetAt(guess));
  return new Date(guess.getTime() - offsetAt(first));
}

const wallTime = (instant: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(instant);

/**
 * "Within n working days of" an instant: through the whole n-th working day after the day it happened
 * (company time), so a step taken at any hour of that day is in time and one on the next day is late.
 * Decision on Wednesday 30 September 2026: October 1-7 are off, 8 (Thu), 9 (Fri) and 10 (a make-up
 * Saturday) are working days 1 to 3, so an appeal is in time until Sunday 11 October 00:00.
 */
export function endOfWorkingDays(calendar: WorkingDayCalendar, from: Date, days: number): Deadline {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive whole number`);
  let date = localDate(from, calendar.timeZone);
  let provisional = false;
  for (let counted = 0, guard = 0; counted < days; guard++) {
    if (guard > 366 * 2) throw new RangeError(`no ${days} working days within two years`);
    date = nextDate(date);
    if (!calendar.hasDataFor(Number(date.slice(0, 4)))) provisional = true;
    if (calendar.isWorkingDay(date)) counted++;
  }
  return { at: startOfLocalDate(nextDate(date), calendar.timeZone), provisional };
}

/**
 * The discounts that need an approval before they are issued (DOMAIN 3.1: a Platinum discount needs the
 * department head), by the kind loyalty names in its events: issuing one without it is a serious
 * violation (DOMAIN 4.5).
 */
export const DISCOUNTS_NEEDING_APPROVAL: readonly string[] = ['PLATINUM_EXCLUSIVE'];

export const discountNeedsApproval = (kind: string): boolean => DISCOUNTS_NEEDING_APPROVAL.includes(kind);

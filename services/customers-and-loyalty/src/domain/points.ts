import { Refusal, refuse } from '@care/domain-kernel';
import { Decimal } from 'decimal.js';
import { companyLocal, startOfCompanyMonth } from './company-time';
import type { Tier } from './customer';
import type { LoyaltyPolicy } from './policy';

export const LEDGER_KINDS = ['EARN', 'REDEEM', 'EXPIRE', 'ADJUST', 'COMPENSATE', 'REVERSE'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];
export type LedgerSource =
  'PURCHASE' | 'CAMPAIGN' | 'COMPLAINT' | 'MANUAL' | 'REDEMPTION' | 'EXPIRY' | 'RETURN';
export type LedgerStatus = 'POSTED' | 'PENDING' | 'VOID';

export interface LedgerEntry {
  id: string;
  customerId: string;
  kind: LedgerKind;
  points: number;
  status: LedgerStatus;
  source: LedgerSource;
  sourceId: string | null;
  reason: string | null;
  expiresAt: Date | null;
  remaining: number | null;
  allocations: Allocation[] | null;
  postedAt: Date;
}

/** A credit not yet consumed: points that can still be redeemed, expired or reversed. */
export interface Lot {
  id: string;
  remaining: number;
  expiresAt: Date;
}

export interface Allocation {
  lotId: string;
  points: number;
}

/** A customer's points not yet consumed that expire at one moment (the lots of that moment, summed). */
export interface PointsExpiry {
  customerId: string;
  expiresAt: Date;
  points: number;
  /** When the customer was reminded of this moment (`points.expiring`); null if not (yet). */
  remindedAt: Date | null;
}

/** Points a debit took from one credit (one of the debit's allocations, with the credit itself). */
export interface PointsDraw<Credit = LedgerEntry> {
  debitId: string;
  points: number;
  credit: Credit;
}

/** The most points a wallet, and one ledger entry, can hold (a Postgres integer). */
export const MAX_POINTS = 2_147_483_647;

/** The balance after a credit: refused, not wrapped or cut, when the wallet cannot hold it. */
export function creditedBalance(balance: number, points: number): number {
  if (!Number.isInteger(points) || points <= 0)
    throw new Refusal('BAD_USER_INPUT', 'points must be a positive whole number');
  if (balance + points > MAX_POINTS)
    throw refuse.limit(
      `the wallet holds ${balance} points and can hold at most ${MAX_POINTS}: ${points} more do not fit`,
    );
  return balance + points;
}

/** Whether `at` falls in the customer's birthday month (company time). */
export function isBirthdayMonth(birthday: string | null, at: Date, timeZone: string): boolean {
  if (!birthday) return false;
  return Number(birthday.slice(5, 7)) === companyLocal(at, timeZone).month;
}

/**
 * Points a purchase earns: the policy's points per CNY, rounded down to whole points; double in the
 * birthday month for a Diamond customer (DOMAIN 2.1).
 */
export function pointsForPurchase(
  amountCny: string,
  tier: Tier,
  birthday: string | null,
  at: Date,
  policy: Pick<LoyaltyPolicy, 'pointsPerCny'>,
  timeZone: string,
): { points: number; birthdayBonus: boolean } {
  const base = new Decimal(amountCny).times(policy.pointsPerCny).floor().toNumber();
  const birthdayBonus = tier === 'DIAMOND' && isBirthdayMonth(birthday, at, timeZone);
  const points = birthdayBonus ? base * 2 : base;
  if (points > MAX_POINTS) throw refuse.limit(`the purchase would earn more than ${MAX_POINTS} points`);
  return { points, birthdayBonus };
}

/** Points expire at the end of the n-th month after the month they were earned (company time). */
export function expiryOf(earnedAt: Date, expiryMonths: number, timeZone: string): Date {
  const { year, month } = companyLocal(earnedAt, timeZone);
  return startOfCompanyMonth(year, month + expiryMonths + 1, timeZone);
}

/**
 * Takes `points` from the lots, oldest-expiring first; refuses when the lots do not hold enough
 * (a balance can never go negative).
 */
export function allocate(lots: readonly Lot[], points: number): Allocation[] {
  if (!Number.isInteger(points) || points <= 0)
    throw new Refusal('BAD_USER_INPUT', 'points must be a positive whole number');
  const ordered = [...lots]
    .filter((l) => l.remaining > 0)
    .sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime() || a.id.localeCompare(b.id));
  const available = ordered.reduce((sum, l) => sum + l.remaining, 0);
  if (available < points)
    throw refuse.limit(`only ${available} points are available, ${points} were asked for`);
  const allocations: Allocation[] = [];
  let left = points;
  for (const lot of ordered) {
    if (left === 0) break;
    const take = Math.min(lot.remaining, left);
    allocations.push({ lotId: lot.id, points: take });
    left -= take;
  }
  return allocations;
}

/** What has expired at `now`: every lot whose validity ended, with its unconsumed points. */
export function expiredLots(lots: readonly Lot[], now: Date): Lot[] {
  return lots.filter((l) => l.remaining > 0 && l.expiresAt.getTime() <= now.getTime());
}

/** Unused points of one expiry moment that the customer is to be reminded of. */
export interface ExpiryNotice {
  expiresAt: Date;
  points: number;
}

/** The end of the notice period that starts at `now`: the last moment whose points are reminded of. */
export const noticePeriodEnd = (now: Date, noticeDays: number): Date =>
  new Date(now.getTime() + noticeDays * 86_400_000);

/**
 * The reminders due at `now`: the lots that expire after `now` and at most `noticeDays` days after it,
 * their points summed by expiry moment, soonest first. Lots already past their expiry are the expiry
 * job's; no notice period (0) reminds of nothing.
 */
export function expiryNotices(lots: readonly Lot[], now: Date, noticeDays: number): ExpiryNotice[] {
  const until = noticePeriodEnd(now, noticeDays).getTime();
  const byMoment = new Map<number, number>();
  for (const lot of lots) {
    const at = lot.expiresAt.getTime();
    if (lot.remaining > 0 && at > now.getTime() && at <= until)
      byMoment.set(at, (byMoment.get(at) ?? 0) + lot.remaining);
  }
  return [...byMoment].sort(([a], [b]) => a - b).map(([at, points]) => ({ expiresAt: new Date(at), points }));
}

/** Points to take back when part of a purchase is returned: the returned share of what it earned. */
export function pointsToReverse(
  purchase: { amountCny: string; returnedCny: string; pointsEarned: number; pointsReversed: number },
  returnedCny: string,
): number {
  const totalReturned = new Decimal(purchase.returnedCny).plus(returnedCny);
  const owed = new Decimal(purchase.pointsEarned)
    .times(totalReturned)
    .dividedBy(purchase.amountCny)
    .floor()
    .toNumber();
  return Math.max(0, Math.min(purchase.pointsEarned, owed) - purchase.pointsReversed);
}

/** The wallet: posted points, and those of them locked by pending redemptions (DOMAIN 2.3). */
export interface Wallet {
  balance: number;
  locked: number;
}

/** What a posting records: the entry's kind, its points (positive), where it came from and why. */
export interface Posting {
  id: string;
  kind: LedgerKind;
  points: number;
  source: LedgerSource;
  sourceId: string | null;
  reason: string | null;
}

/**
 * A credit: a new lot of posted points expiring by the policy (the end of the n-th month after the month
 * earned, company time); refused before anything is written when the wallet cannot hold it.
 */
export function creditPoints(
  customerId: string,
  wallet: Wallet,
  credit: Posting & { kind: 'EARN' | 'COMPENSATE' | 'ADJUST' },
  now: Date,
  expiry: { expiryMonths: number; timeZone: string },
): { entry: LedgerEntry; wallet: Wallet } {
  const balance = creditedBalance(wallet.balance, credit.points);
  return {
    entry: {
      ...credit,
      customerId,
      status: 'POSTED',
      expiresAt: expiryOf(now, expiry.expiryMonths, expiry.timeZone),
      remaining: credit.points,
      allocations: null,
      postedAt: now,
    },
    wallet: { balance, locked: wallet.locked },
  };
}

/**
 * A debit taken from the lots oldest-expiring first (or from the lots given, the expiry of one lot): the
 * lots hold only the points not locked, so the balance never goes negative or below the locked points.
 */
export function debitPoints(
  customerId: string,
  wallet: Wallet,
  debit: Posting & { kind: 'EXPIRE' | 'ADJUST' | 'REVERSE' },
  from: { lots: readonly Lot[] } | { allocations: Allocation[] },
  now: Date,
): { entry: LedgerEntry; wallet: Wallet } {
  const allocations = 'allocations' in from ? from.allocations : allocate(from.lots, debit.points);
  return {
    entry: {
      ...debit,
      points: -debit.points,
      customerId,
      status: 'POSTED',
      expiresAt: null,
      remaining: null,
      allocations,
      postedAt: now,
    },
    wallet: { balance: wallet.balance - debit.points, locked: wallet.locked },
  };
}

/** A manual correction by internal control: a whole number of points other than 0, with its reason. */
export function adjustment(input: { points: number; reason: string }): { points: number; reason: string } {
  if (!Number.isInteger(input.points) || input.points === 0)
    throw refuse.input('points', 'points must be a whole number other than 0');
  const reason = input.reason.trim();
  if (reason.length < 5) throw refuse.input('reason', 'an adjustment needs a reason');
  return { points: input.points, reason };
}

import { Decimal } from 'decimal.js';
import { companyLocal, startOfCompanyMonth, type LoyaltyPolicy } from './policy';
import type { Tier } from './customer';

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

export class PointsRuleViolation extends Error {
  constructor(
    readonly code: 'BAD_USER_INPUT' | 'LIMIT_EXCEEDED' | 'INVALID_TRANSITION',
    message: string,
  ) {
    super(message);
  }
}

/** The most points a wallet, and one ledger entry, can hold (a Postgres integer). */
export const MAX_POINTS = 2_147_483_647;

/** The balance after a credit: refused, not wrapped or cut, when the wallet cannot hold it. */
export function creditedBalance(balance: number, points: number): number {
  if (!Number.isInteger(points) || points <= 0)
    throw new PointsRuleViolation('BAD_USER_INPUT', 'points must be a positive whole number');
  if (balance + points > MAX_POINTS)
    throw new PointsRuleViolation(
      'LIMIT_EXCEEDED',
      `the wallet holds ${balance} points and can hold at most ${MAX_POINTS}: ${points} more do not fit`,
    );
  return balance + points;
}

/** Whether `at` falls in the customer's birthday month (company time). */
export function isBirthdayMonth(birthday: string | null, at: Date): boolean {
  if (!birthday) return false;
  return Number(birthday.slice(5, 7)) === companyLocal(at).month;
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
): { points: number; birthdayBonus: boolean } {
  const base = new Decimal(amountCny).times(policy.pointsPerCny).floor().toNumber();
  const birthdayBonus = tier === 'DIAMOND' && isBirthdayMonth(birthday, at);
  const points = birthdayBonus ? base * 2 : base;
  if (points > MAX_POINTS)
    throw new PointsRuleViolation('LIMIT_EXCEEDED', `the purchase would earn more than ${MAX_POINTS} points`);
  return { points, birthdayBonus };
}

/** Points expire at the end of the n-th month after the month they were earned (company time). */
export function expiryOf(earnedAt: Date, expiryMonths: number): Date {
  const { year, month } = companyLocal(earnedAt);
  return startOfCompanyMonth(year, month + expiryMonths + 1);
}

/**
 * Takes `points` from the lots, oldest-expiring first; refuses when the lots do not hold enough
 * (a balance can never go negative).
 */
export function allocate(lots: readonly Lot[], points: number): Allocation[] {
  if (!Number.isInteger(points) || points <= 0)
    throw new PointsRuleViolation('BAD_USER_INPUT', 'points must be a positive whole number');
  const ordered = [...lots]
    .filter((l) => l.remaining > 0)
    .sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime() || a.id.localeCompare(b.id));
  const available = ordered.reduce((sum, l) => sum + l.remaining, 0);
  if (available < points)
    throw new PointsRuleViolation(
      'LIMIT_EXCEEDED',
      `only ${available} points are available, ${points} were asked for`,
    );
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

export type RedemptionAuthority = 'LOYALTY_SUPERVISOR' | 'GM';

/**
 * A redemption's value is its points times the point value, in CNY; below the GM threshold the loyalty
 * supervisor approves, from it the GM (DOMAIN 3.1).
 */
export function redemptionRouting(
  points: number,
  policy: Pick<LoyaltyPolicy, 'pointValueCny' | 'redemptionGmThreshold'>,
): { value: string; requiredAuthority: RedemptionAuthority } {
  if (!Number.isInteger(points) || points <= 0)
    throw new PointsRuleViolation('BAD_USER_INPUT', 'points must be a positive whole number');
  const value = new Decimal(points).times(policy.pointValueCny);
  return {
    value: value.toFixed(2),
    requiredAuthority: value.greaterThanOrEqualTo(policy.redemptionGmThreshold) ? 'GM' : 'LOYALTY_SUPERVISOR',
  };
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

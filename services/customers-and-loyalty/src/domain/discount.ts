import { Refusal, refuse } from '@care/domain-kernel';
import { Decimal } from 'decimal.js';
import { quarterOf } from './company-time';
import {
  requireActive,
  TIERS,
  tierForAnnualSpend,
  type Customer,
  type Tier,
  type TierPolicy,
} from './customer';
import { DEFAULT_DISCOUNT_LIMITS, type DiscountLimits } from './policy';
import type { ApprovalOutcome } from './approval';

export type DiscountKind = 'GOLD_QUARTERLY' | 'PLATINUM_EXCLUSIVE' | 'DIAMOND_EXCLUSIVE';
export type DiscountStatus = 'PENDING_APPROVAL' | 'ISSUED' | 'REFUSED';

export interface Discount {
  id: string;
  customerId: string;
  kind: DiscountKind;
  tier: Tier;
  period: string | null;
  value: string;
  currency: string;
  status: DiscountStatus;
  requestedBy: string;
  requestedAt: Date;
  issuedAt: Date | null;
  /** Counts the saved changes: a change is saved only over the version it read. */
  version: number;
}

const KIND_TIER: Record<DiscountKind, Tier> = {
  GOLD_QUARTERLY: 'GOLD',
  PLATINUM_EXCLUSIVE: 'PLATINUM',
  DIAMOND_EXCLUSIVE: 'DIAMOND',
};

export type DiscountDecision =
  | { ok: true; tier: Tier; period: string | null; needsApproval: boolean }
  | { ok: false; code: 'BAD_USER_INPUT' | 'LIMIT_EXCEEDED'; reason: string; limit?: string };

const rank = (t: Tier) => TIERS.indexOf(t);

/** The quarter a Gold quarterly discount is for (company time); the other kinds have no period. */
export function discountPeriod(kind: DiscountKind, now: Date, timeZone: string): string | null {
  return kind === 'GOLD_QUARTERLY' ? quarterOf(now, timeZone) : null;
}

/**
 * DOMAIN 2.3: a discount is issued only when it matches the customer's purchase records, checked
 * automatically: the customer holds the discount's tier and the recorded spend (this year so far, or
 * the last full year that set the tier) reaches that tier's threshold. A Gold quarterly discount is
 * given at most once a quarter (the repository's unique index enforces it under concurrency); a
 * Platinum discount waits for the department head. Its value is bounded by the policy: at most the
 * kind's share of that recorded spend, and at most the kind's ceiling (LIMIT_EXCEEDED beyond).
 */
export function checkDiscount(
  input: {
    kind: DiscountKind;
    value: string;
    customerTier: Tier;
    spendThisYear: string;
    spendLastYear: string;
    alreadyIssuedThisPeriod: boolean;
  },
  now: Date,
  policy: TierPolicy & { discounts?: DiscountLimits },
  timeZone: string,
): DiscountDecision {
  const tier = KIND_TIER[input.kind];
  if (rank(input.customerTier) < rank(tier))
    return {
      ok: false,
      code: 'BAD_USER_INPUT',
      reason: `the customer is ${input.customerTier}, the discount is for ${tier}`,
    };
  const best = Decimal.max(input.spendThisYear, input.spendLastYear).toFixed(2);
  if (rank(tierForAnnualSpend(best, policy)) < rank(tier))
    return {
      ok: false,
      code: 'BAD_USER_INPUT',
      reason: `the purchase records (${best} CNY in the current or last year) do not support the ${tier} tier`,
    };
  const bound = (policy.discounts ?? DEFAULT_DISCOUNT_LIMITS)[input.kind];
  const limit = Decimal.min(
    bound.maxValue,
    new Decimal(best).times(bound.maxShareOfSpend).toDecimalPlaces(2, Decimal.ROUND_DOWN),
  );
  if (new Decimal(input.value).greaterThan(limit))
    return {
      ok: false,
      code: 'LIMIT_EXCEEDED',
      limit: limit.toFixed(2),
      reason:
        `a ${input.kind} discount is worth at most ${limit.toFixed(2)} CNY: ` +
        `${new Decimal(bound.maxShareOfSpend).times(100).toString()} % of the ${best} CNY the purchase records show, ` +
        `and no more than ${new Decimal(bound.maxValue).toFixed(2)} CNY`,
    };
  const period = discountPeriod(input.kind, now, timeZone);
  if (period && input.alreadyIssuedThisPeriod)
    return {
      ok: false,
      code: 'LIMIT_EXCEEDED',
      reason: `the Gold quarterly discount for ${period} was issued already`,
    };
  return { ok: true, tier, period, needsApproval: input.kind === 'PLATINUM_EXCLUSIVE' };
}

/** What the purchase records say about the customer, read for the discount's checks. */
export interface PurchaseRecords {
  spendThisYear: string;
  spendLastYear: string;
  /** A Gold quarterly discount of this quarter was issued (or is pending) already. */
  alreadyIssuedThisPeriod: boolean;
}

/**
 * Issues a discount (DOMAIN 2.3) to an active account (DOMAIN 2.6), of a positive value that the purchase
 * records support (checkDiscount, the reason given when refused); a Platinum discount waits for the
 * department head's approval (DOMAIN 3.1), the others are issued at once.
 */
export function issueDiscount(
  customer: Customer,
  request: { id: string; kind: DiscountKind; value: Decimal; requestedBy: string },
  records: PurchaseRecords,
  policy: TierPolicy & { discounts?: DiscountLimits },
  now: Date,
  timeZone: string,
): Discount {
  requireActive(customer, 'granting a discount');
  if (request.value.lessThanOrEqualTo(0)) throw refuse.input('value', 'value must be positive');
  const value = request.value.toFixed(2);
  const decision = checkDiscount(
    { kind: request.kind, value, customerTier: customer.tier, ...records },
    now,
    policy,
    timeZone,
  );
  if (!decision.ok)
    throw new Refusal(decision.code, `the discount is refused: ${decision.reason}`, {
      reason: decision.reason,
      ...(decision.limit ? { field: 'value', limit: decision.limit } : {}),
    });
  return {
    id: request.id,
    customerId: customer.id,
    kind: request.kind,
    tier: decision.tier,
    period: decision.period,
    value,
    currency: 'CNY',
    status: decision.needsApproval ? 'PENDING_APPROVAL' : 'ISSUED',
    requestedBy: request.requestedBy,
    requestedAt: now,
    issuedAt: decision.needsApproval ? null : now,
    version: 1,
  };
}

/** Another discount of the same kind and period got there first (the unique index under concurrency). */
export const periodTaken = (discount: Discount) =>
  refuse.limit(`the ${discount.kind} discount for ${discount.period} was issued already`);

/**
 * The department head's decision on a pending discount: issued on approval to an account that is still
 * active (DOMAIN 2.6), refused otherwise, with the reason.
 */
export function decideDiscount(
  discount: Discount,
  customer: Pick<Customer, 'status'> | null,
  decision: { outcome: ApprovalOutcome; reason: string | null },
  now: Date,
): { discount: Discount; refusedBecause: string | null } {
  const issue = decision.outcome === 'APPROVED' && customer?.status === 'ACTIVE';
  return {
    discount: { ...discount, status: issue ? 'ISSUED' : 'REFUSED', issuedAt: issue ? now : null },
    refusedBecause: issue
      ? null
      : decision.outcome === 'APPROVED'
        ? `the account is ${customer?.status}`
        : (decision.reason ?? decision.outcome),
  };
}

import { Decimal } from 'decimal.js';
import { DEFAULT_DISCOUNT_LIMITS, quarterOf, type DiscountLimits } from './policy';
import { TIERS, tierForAnnualSpend, type Tier, type TierPolicy } from './customer';

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
  const period = input.kind === 'GOLD_QUARTERLY' ? quarterOf(now) : null;
  if (period && input.alreadyIssuedThisPeriod)
    return {
      ok: false,
      code: 'LIMIT_EXCEEDED',
      reason: `the Gold quarterly discount for ${period} was issued already`,
    };
  return { ok: true, tier, period, needsApproval: input.kind === 'PLATINUM_EXCLUSIVE' };
}

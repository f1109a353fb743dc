import { Decimal } from 'decimal.js';
import { quarterOf } from './policy';
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
  { ok: true; tier: Tier; period: string | null; needsApproval: boolean } | { ok: false; reason: string };

const rank = (t: Tier) => TIERS.indexOf(t);

/**
 * DOMAIN 2.3: a discount is issued only when it matches the customer's purchase records, checked
 * automatically: the customer holds the discount's tier and the recorded spend (this year so far, or
 * the last full year that set the tier) reaches that tier's threshold. A Gold quarterly discount is
 * given at most once a quarter (the repository's unique index enforces it under concurrency); a
 * Platinum discount waits for the department head.
 */
export function checkDiscount(
  input: {
    kind: DiscountKind;
    customerTier: Tier;
    spendThisYear: string;
    spendLastYear: string;
    alreadyIssuedThisPeriod: boolean;
  },
  now: Date,
  policy: TierPolicy,
): DiscountDecision {
  const tier = KIND_TIER[input.kind];
  if (rank(input.customerTier) < rank(tier))
    return { ok: false, reason: `the customer is ${input.customerTier}, the discount is for ${tier}` };
  const best = Decimal.max(input.spendThisYear, input.spendLastYear).toFixed(2);
  if (rank(tierForAnnualSpend(best, policy)) < rank(tier))
    return {
      ok: false,
      reason: `the purchase records (${best} CNY in the current or last year) do not support the ${tier} tier`,
    };
  const period = input.kind === 'GOLD_QUARTERLY' ? quarterOf(now) : null;
  if (period && input.alreadyIssuedThisPeriod)
    return { ok: false, reason: `the Gold quarterly discount for ${period} was issued already` };
  return { ok: true, tier, period, needsApproval: input.kind === 'PLATINUM_EXCLUSIVE' };
}

import type { Tier, TierPolicy } from './customer';

/** How much one discount of a kind may be worth (DOMAIN 2.1, 2.3): policy data, like the tiers. */
export interface DiscountLimit {
  /** The most one discount is worth, in CNY. */
  maxValue: string;
  /** The most one discount is worth as a share of the recorded spend that supports the tier. */
  maxShareOfSpend: string;
}

export type DiscountLimits = Record<
  'GOLD_QUARTERLY' | 'PLATINUM_EXCLUSIVE' | 'DIAMOND_EXCLUSIVE',
  DiscountLimit
>;

/**
 * The limits in force where a policy version does not state its own. A Gold quarterly discount is at
 * most 1 % of the spend behind the tier (four a year stay within the 5 % the activity-cost target
 * leaves, DOMAIN 2.8), a Platinum one 2 %, a Diamond one 3 %; and never more than the department head
 * may approve (10,000 CNY, DOMAIN 3.1) for Gold and Platinum, 20,000 CNY for Diamond.
 */
export const DEFAULT_DISCOUNT_LIMITS: DiscountLimits = {
  GOLD_QUARTERLY: { maxValue: '2000', maxShareOfSpend: '0.01' },
  PLATINUM_EXCLUSIVE: { maxValue: '10000', maxShareOfSpend: '0.02' },
  DIAMOND_EXCLUSIVE: { maxValue: '20000', maxShareOfSpend: '0.03' },
};

export interface Benefit {
  code: string;
  description: string;
}

/**
 * The loyalty policy in force: tier thresholds and benefits (DOMAIN 2.1), the earning rule, the point value
 * and the expiry period (DOMAIN defaults), and the amount from which a redemption needs the GM (DOMAIN 3.1).
 * Versioned data: the company changes it without a release.
 */
export interface LoyaltyPolicy extends TierPolicy {
  version: number;
  effectiveFrom: Date;
  benefits: Record<Tier, Benefit[]>;
  /** Points earned per CNY paid. */
  pointsPerCny: string;
  /** What one point is worth in CNY when redeemed. */
  pointValueCny: string;
  /** Points expire at the end of the n-th month after the month they were earned. */
  expiryMonths: number;
  /** From this redemption value (CNY) the GM approves; below it, the loyalty supervisor. */
  redemptionGmThreshold: string;
  /** What one discount may be worth; versions without it use DEFAULT_DISCOUNT_LIMITS. */
  discounts?: DiscountLimits;
}

export const DEFAULT_POLICY: LoyaltyPolicy = {
  version: 1,
  effectiveFrom: new Date('1999-12-31T16:00:00Z'),
  thresholds: [
    { tier: 'DIAMOND', minAnnualSpend: '500000' },
    { tier: 'PLATINUM', minAnnualSpend: '200000' },
    { tier: 'GOLD', minAnnualSpend: '50000' },
  ],
  benefits: {
    MEMBER: [],
    GOLD: [
      { code: 'QUARTERLY_DISCOUNT', description: 'A quarterly exclusive discount' },
      { code: 'MEMBER_MAGAZINE', description: 'The member magazine' },
    ],
    PLATINUM: [
      { code: 'NEW_PRODUCT_PRIORITY', description: 'Priority on new products' },
      { code: 'ANNUAL_THANK_YOU_EVENT', description: 'The annual thank-you event' },
    ],
    DIAMOND: [
      { code: 'BIRTHDAY_DOUBLE_POINTS', description: 'Double points in the birthday month' },
      { code: 'DEDICATED_REPRESENTATIVE', description: 'A dedicated service representative' },
    ],
  },
  pointsPerCny: '1',
  pointValueCny: '0.01',
  expiryMonths: 24,
  redemptionGmThreshold: '5000',
  discounts: DEFAULT_DISCOUNT_LIMITS,
};

export function benefitsOf(tier: Tier, policy: LoyaltyPolicy): Benefit[] {
  return policy.benefits[tier] ?? [];
}

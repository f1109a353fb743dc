import { Decimal } from 'decimal.js';

// The policy data of checks and reports (DOMAIN 4.2-4.3, 2.1, 2.8 and the KPI definitions of DOMAIN
// "Defaults"): starting values the company can change without a release, kept here as data.

export const TIERS = ['MEMBER', 'GOLD', 'PLATINUM', 'DIAMOND'] as const;
export type Tier = (typeof TIERS)[number];

/** DOMAIN 2.1: the tier an annual spend earns, in CNY (thresholds inclusive). */
export const TIER_THRESHOLDS: readonly { tier: Exclude<Tier, 'MEMBER'>; minAnnualSpend: string }[] = [
  { tier: 'DIAMOND', minAnnualSpend: '500000' },
  { tier: 'PLATINUM', minAnnualSpend: '200000' },
  { tier: 'GOLD', minAnnualSpend: '50000' },
];

/** The tier a spend implies: the highest threshold it reaches, else an ordinary member. */
export function tierForSpend(spend: string, thresholds = TIER_THRESHOLDS): Tier {
  const amount = new Decimal(spend);
  const reached = [...thresholds]
    .sort((a, b) => new Decimal(b.minAnnualSpend).comparedTo(a.minAnnualSpend))
    .find((t) => amount.greaterThanOrEqualTo(t.minAnnualSpend));
  return reached?.tier ?? 'MEMBER';
}

/** DOMAIN 4.2: internal control samples 3 customer files a month. */
export const MONTHLY_SAMPLE_SIZE = 3;

/** A KPI's policy target: the value must be at least (MIN) or at most (MAX) this ratio. */
export interface Target {
  comparison: 'AT_LEAST' | 'AT_MOST';
  value: string;
}

/** The targets DOMAIN gives (4.2, 2.8); a KPI without one is reported without a verdict. */
export const TARGETS = {
  /** DOMAIN 4.2: interaction-record coverage >= 95 %. */
  interactionCoverage: { comparison: 'AT_LEAST', value: '0.95' },
  /** DOMAIN 2.8: churn <= 3 % a year. */
  churnRate: { comparison: 'AT_MOST', value: '0.03' },
  /** DOMAIN 2.8: activity cost <= 1.5 % of revenue. */
  activityCostShare: { comparison: 'AT_MOST', value: '0.015' },
  /** DOMAIN 2.8: Diamond retention >= 97 %. */
  diamondRetention: { comparison: 'AT_LEAST', value: '0.97' },
  /** DOMAIN 2.8: activity budget attainment <= 100 %. */
  budgetAttainment: { comparison: 'AT_MOST', value: '1' },
  /** DOMAIN 2.8: the repurchase rate up 5 points on the same period a year before. */
  repurchaseRateGain: { comparison: 'AT_LEAST', value: '0.05' },
} as const satisfies Record<string, Target>;

/** A KPI as reports show it: its value (a ratio with 4 decimals), its target, and whether it was met. */
export interface Kpi {
  value: string | null;
  target: Target | null;
  met: boolean | null;
}

/** numerator / denominator with 4 decimals; null when there is nothing to divide by. */
export function ratio(numerator: Decimal.Value, denominator: Decimal.Value): string | null {
  const d = new Decimal(denominator);
  return d.isZero() ? null : new Decimal(numerator).dividedBy(d).toDecimalPlaces(4).toFixed(4);
}

/** The KPI with its target's verdict; no verdict without a value or without a target. */
export function kpi(value: string | null, target: Target | null = null): Kpi {
  if (value === null || target === null) return { value, target, met: null };
  const v = new Decimal(value);
  return {
    value,
    target,
    met:
      target.comparison === 'AT_LEAST'
        ? v.greaterThanOrEqualTo(target.value)
        : v.lessThanOrEqualTo(target.value),
  };
}

/** A sum of money as reports show it: 2 decimals. */
export const money = (value: Decimal.Value): string => new Decimal(value).toFixed(2);

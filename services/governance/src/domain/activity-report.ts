import { Decimal } from 'decimal.js';
import { type Kpi, kpi, money, ratio, TARGETS, type Tier } from './check-policy';
import type { Period } from './report-period';

// The reports of DOMAIN 4.3 (with 1.11 and 2.8), built from the figures governance's projections give for
// a period. Definitions (the KPI definitions of DOMAIN "Defaults" where it has one):
// - customers reached: distinct customers with a campaign interaction recorded in the month (the seed's
//   活動參與客戶數);
// - cost saving (the seed's 成本節約率): over the campaigns closed in the month, budget - spent, and
//   saving / budget; its complement is the budget attainment (spent / budget, target <= 100 %);
// - activity cost share: campaign interaction costs / net revenue (purchases less returns) in the period;
// - complaints: those received in the period (kind COMPLAINT) by category; the on-time rate of those of
//   them resolved (resolved within target / resolved); their average satisfaction (1-5); follow-up
//   completion: complaints whose follow-up window ended in the period with the visit recorded / all of them;
// - violations: opened in the period, by level; improvement ideas: rectification items opened in the
//   period (by source, a complaint review's improvement actions included) and customers' suggestions.

export interface CountByKey {
  key: string;
  count: number;
}

/** What the projections count for one month. */
export interface MonthlyFigures {
  customersReached: number;
  revenue: string;
  campaignCosts: string;
  closedCampaigns: { count: number; budget: string; spent: string };
  coverage: { targeted: number; covered: number };
  complaints: {
    received: number;
    byCategory: CountByKey[];
    resolved: number;
    resolvedOnTime: number;
    satisfaction: { sum: number; count: number };
    followUpsDue: number;
    followUpsDone: number;
    inquiries: number;
  };
  spending: {
    approvedRequests: number;
    approvedAmount: string;
    payments: number;
    paidAmount: string;
    paymentsOverApproval: number;
  };
  violationsByLevel: CountByKey[];
  improvementsBySource: CountByKey[];
  customerSuggestions: number;
}

/** Targeted customers in a month and those with an interaction record (DOMAIN 4.2). */
export interface CoverageFigures {
  targeted: number;
  covered: number;
  /** The first 100 targeted customers without one, by id. */
  uncovered: string[];
}

const total = (counts: readonly CountByKey[]) => counts.reduce((n, c) => n + c.count, 0);

/** Targeted customers with a recorded interaction / targeted customers, against the 95 % target. */
export const coverageKpi = (c: { targeted: number; covered: number }): Kpi =>
  kpi(ratio(c.covered, c.targeted), TARGETS.interactionCoverage);

/** DOMAIN 4.3: the monthly activity report. */
export function monthlyReport(period: Period, f: MonthlyFigures) {
  const c = f.complaints;
  const closed = f.closedCampaigns;
  return {
    month: period.label,
    from: period.from,
    to: period.to,
    customersReached: f.customersReached,
    revenue: money(f.revenue),
    campaignCosts: money(f.campaignCosts),
    activityCostShare: kpi(ratio(f.campaignCosts, f.revenue), TARGETS.activityCostShare),
    interactionCoverage: coverageKpi(f.coverage),
    costSaving: {
      campaignsClosed: closed.count,
      budget: money(closed.budget),
      spent: money(closed.spent),
      saving: money(new Decimal(closed.budget).minus(closed.spent)),
      savingRate: ratio(new Decimal(closed.budget).minus(closed.spent), closed.budget),
      budgetAttainment: kpi(ratio(closed.spent, closed.budget), TARGETS.budgetAttainment),
    },
    complaints: {
      received: c.received,
      byCategory: c.byCategory,
      inquiries: c.inquiries,
      resolved: c.resolved,
      resolvedOnTime: c.resolvedOnTime,
      onTimeRate: kpi(ratio(c.resolvedOnTime, c.resolved)),
      averageSatisfaction:
        c.satisfaction.count === 0
          ? null
          : new Decimal(c.satisfaction.sum).dividedBy(c.satisfaction.count).toDecimalPlaces(2).toFixed(2),
      satisfactionResponses: c.satisfaction.count,
      followUpsDue: c.followUpsDue,
      followUpsDone: c.followUpsDone,
      followUpCompletion: kpi(ratio(c.followUpsDone, c.followUpsDue)),
    },
    spending: {
      ...f.spending,
      approvedAmount: money(f.spending.approvedAmount),
      paidAmount: money(f.spending.paidAmount),
    },
    violations: { total: total(f.violationsByLevel), byLevel: f.violationsByLevel },
    improvementIdeas: {
      total: total(f.improvementsBySource) + f.customerSuggestions,
      rectificationItemsBySource: f.improvementsBySource,
      customerSuggestions: f.customerSuggestions,
    },
  };
}
export type MonthlyReport = ReturnType<typeof monthlyReport>;

/** What the projections count for one quarter (and the same quarter a year before, for the repurchase gain). */
export interface QuarterlyFigures {
  tierDistribution: { tier: Tier; customers: number }[];
  tierMovements: { from: Tier; to: Tier; customers: number }[];
  /** Customers who bought in the 12 months before the quarter, and those of them who did not buy in it. */
  buyersBefore: number;
  churned: number;
  buyers: number;
  repeatBuyers: number;
  buyersYearBefore: number;
  repeatBuyersYearBefore: number;
  diamondAtStart: number;
  diamondRetained: number;
  revenue: string;
  campaignCosts: string;
  /** Campaigns approved in the quarter: their budgets and what they spent. */
  approvedBudgets: string;
  approvedSpent: string;
}

/**
 * DOMAIN 4.3 / 2.8: the quarterly customer-profile analysis. Churn: bought in the 12 months before the
 * quarter and not in it / bought in the 12 months before; repurchase: 2 or more purchases in the quarter /
 * at least one, its gain in points on the same quarter a year before (target +5); Diamond retention:
 * Diamond at the start still Diamond at the end; cost share: campaign costs / revenue; budget attainment:
 * what the campaigns approved in the quarter spent / their budgets.
 */
export function quarterlyProfile(period: Period, f: QuarterlyFigures) {
  const repurchase = ratio(f.repeatBuyers, f.buyers);
  const before = ratio(f.repeatBuyersYearBefore, f.buyersYearBefore);
  const gain =
    repurchase !== null && before !== null ? new Decimal(repurchase).minus(before).toFixed(4) : null;
  return {
    quarter: period.label,
    from: period.from,
    to: period.to,
    tierDistribution: f.tierDistribution,
    tierMovements: f.tierMovements,
    churnRate: kpi(ratio(f.churned, f.buyersBefore), TARGETS.churnRate),
    repurchaseRate: kpi(repurchase),
    repurchaseRateYearBefore: before,
    repurchaseRateGain: kpi(gain, TARGETS.repurchaseRateGain),
    diamondRetention: kpi(ratio(f.diamondRetained, f.diamondAtStart), TARGETS.diamondRetention),
    revenue: money(f.revenue),
    campaignCosts: money(f.campaignCosts),
    activityCostShare: kpi(ratio(f.campaignCosts, f.revenue), TARGETS.activityCostShare),
    budgetAttainment: kpi(ratio(f.approvedSpent, f.approvedBudgets), TARGETS.budgetAttainment),
  };
}
export type QuarterlyProfile = ReturnType<typeof quarterlyProfile>;

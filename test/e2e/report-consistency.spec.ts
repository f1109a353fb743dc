/**
 * Governance's reports against the figures the owning services compute for the same period (DOMAIN 4.3
 * with 1.11 and 2.8): a known quarter is played through the gateway (report-consistency/quarter.ts), then
 * `monthlyReport` and `quarterlyCustomerProfile`, built from governance's event-fed projections, are read
 * beside loyalty's `loyaltyKpis` and `customerStatistics`, complaints' `complaintStats` and approvals' own
 * requests, KPI by KPI. Equal where the definitions are; where they differ (services/governance/README.md,
 * "Reports and the owning services"), each side's value is the one its definition gives, and the
 * documented relation between them holds.
 */
import type { TestActor } from '@care/testing';
import { companyForFile, STAFF } from './processes/steps';
import { playQuarter, type Quarter } from './report-consistency/quarter';

const company = companyForFile('2026-03-02T09:00:00+08:00');
let quarter: Quarter;

beforeAll(async () => {
  quarter = await playQuarter(company);
}, 300_000);

const ANALYST: TestActor = { sub: 'analyst-zhou', roles: ['analyst'], department: 'MANAGEMENT' };

interface Kpi {
  value: string | null;
  met: boolean | null;
}
const KPI = '{ value met }';

interface MonthlyReport {
  from: string;
  to: string;
  customersReached: number;
  revenue: string;
  campaignCosts: string;
  activityCostShare: Kpi;
  interactionCoverage: Kpi;
  costSaving: {
    campaignsClosed: number;
    budget: string;
    spent: string;
    savingRate: string;
    budgetAttainment: Kpi;
  };
  complaints: {
    received: number;
    byCategory: { key: string; count: number }[];
    inquiries: number;
    resolved: number;
    resolvedOnTime: number;
    onTimeRate: Kpi;
    averageSatisfaction: string | null;
    satisfactionResponses: number;
    followUpsDue: number;
    followUpsDone: number;
    followUpCompletion: Kpi;
  };
  spending: { approvedRequests: number; approvedAmount: string };
  improvementIdeas: { customerSuggestions: number };
}

const monthly = async (month: string) =>
  (
    await company.ok<{ monthlyReport: MonthlyReport }>(
      ANALYST,
      `query($month: String!) { monthlyReport(month: $month) { from to customersReached revenue campaignCosts
        activityCostShare ${KPI} interactionCoverage ${KPI}
        costSaving { campaignsClosed budget spent savingRate budgetAttainment ${KPI} }
        complaints { received byCategory { key count } inquiries resolved resolvedOnTime onTimeRate ${KPI}
          averageSatisfaction satisfactionResponses followUpsDue followUpsDone followUpCompletion ${KPI} }
        spending { approvedRequests approvedAmount } improvementIdeas { customerSuggestions } } }`,
      { month },
    )
  ).monthlyReport;

interface QuarterlyProfile {
  from: string;
  to: string;
  tierDistribution: { tier: string; customers: number }[];
  tierMovements: { from: string; to: string; customers: number }[];
  churnRate: Kpi;
  repurchaseRate: Kpi;
  repurchaseRateYearBefore: string | null;
  repurchaseRateGain: Kpi;
  diamondRetention: Kpi;
  revenue: string;
  campaignCosts: string;
  activityCostShare: Kpi;
  budgetAttainment: Kpi;
}

const quarterly = async (q: string) =>
  (
    await company.ok<{ quarterlyCustomerProfile: QuarterlyProfile }>(
      ANALYST,
      `query($q: String!) { quarterlyCustomerProfile(quarter: $q) { from to tierDistribution { tier customers }
        tierMovements { from to customers } churnRate ${KPI} repurchaseRate ${KPI} repurchaseRateYearBefore
        repurchaseRateGain ${KPI} diamondRetention ${KPI} revenue campaignCosts activityCostShare ${KPI}
        budgetAttainment ${KPI} } }`,
      { q },
    )
  ).quarterlyCustomerProfile;

type LoyaltyKpis = Record<
  | 'repurchaseRate'
  | 'churnRate'
  | 'diamondRetention'
  | 'activityCostShare'
  | 'budgetAttainment'
  | 'interactionCoverage',
  string | null
>;

const loyaltyKpis = async (from: string, to: string) =>
  (
    await company.ok<{ loyaltyKpis: LoyaltyKpis }>(
      ANALYST,
      `query($from: DateTime!, $to: DateTime!) { loyaltyKpis(from: $from, to: $to) {
        repurchaseRate churnRate diamondRetention activityCostShare budgetAttainment interactionCoverage } }`,
      { from, to },
    )
  ).loyaltyKpis;

interface StatsRow {
  key: { category: string | null; month: string | null };
  count: number;
  resolvedCount: number;
  onTimeRate: number | null;
  averageSatisfaction: number | null;
}

const complaintStats = async (groupBy: string[], filter: Record<string, unknown>) =>
  (
    await company.ok<{ complaintStats: StatsRow[] }>(
      ANALYST,
      `query($groupBy: [ComplaintStatsGroupBy!]!, $filter: ComplaintFilter) { complaintStats(groupBy: $groupBy, filter: $filter) {
        key { category month } count resolvedCount onTimeRate averageSatisfaction } }`,
      { groupBy, filter },
    )
  ).complaintStats;

/** A ratio or an average as governance gives it (a Decimal, as a string) and as complaints does (a number). */
const asNumber = (value: string | null) => (value === null ? null : Number(value));

/** What complaints' statistics say of a month's complaints, in the terms of governance's report. */
async function complaintsOfMonth(report: MonthlyReport) {
  const received = { receivedFrom: report.from, receivedTo: report.to };
  const [all] = await complaintStats([], { ...received, kind: ['COMPLAINT'] });
  const byCategory = await complaintStats(['CATEGORY'], { ...received, kind: ['COMPLAINT'] });
  const [inquiries] = await complaintStats([], { ...received, kind: ['INQUIRY'] });
  const [suggestions] = await complaintStats([], { ...received, kind: ['SUGGESTION'] });
  return {
    received: all!.count,
    byCategory: byCategory
      .map((r) => ({ key: r.key.category ?? 'UNCLASSIFIED', count: r.count }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    inquiries: inquiries?.count ?? 0,
    suggestions: suggestions?.count ?? 0,
    resolved: all!.resolvedCount,
    onTimeRate: all!.onTimeRate,
    averageSatisfaction: all!.averageSatisfaction,
  };
}

describe('governance’s reports and the owning services, over a known quarter', () => {
  it('[DOMAIN 4.3][DOMAIN 1.11] the month’s complaints by category, inquiries, suggestions, on-time rate and average satisfaction are complaintStats’ figures', async () => {
    const may = await monthly('2026-05');
    // Received in May: P1-P7 (P5 never classified); resolved: P1, P3, P7 on time, P2 late; P6 resolved
    // and reopened, unresolved again; P4 open. Satisfaction of the resolved: 5, 2, 4, 5.
    expect(may.complaints).toEqual({
      received: 7,
      byCategory: [
        { key: 'BILLING', count: 1 },
        { key: 'LOGISTICS_DELAY', count: 2 },
        { key: 'PRODUCT_QUALITY', count: 3 },
        { key: 'UNCLASSIFIED', count: 1 },
      ],
      inquiries: 1,
      resolved: 4,
      resolvedOnTime: 3,
      onTimeRate: { value: '0.75', met: null },
      averageSatisfaction: '4.00',
      satisfactionResponses: 4,
      // Windows ending in May: PA (May 14), P1 (May 22), P3 (May 27), P2 (May 28); P1 and P3 visited.
      followUpsDue: 4,
      followUpsDone: 2,
      followUpCompletion: { value: '0.50', met: null },
    });
    expect(may.improvementIdeas.customerSuggestions).toBe(1);

    const complaints = await complaintsOfMonth(may);
    expect(complaints).toEqual({
      received: may.complaints.received,
      byCategory: [...may.complaints.byCategory].sort((a, b) => a.key.localeCompare(b.key)),
      inquiries: may.complaints.inquiries,
      suggestions: may.improvementIdeas.customerSuggestions,
      resolved: may.complaints.resolved,
      onTimeRate: asNumber(may.complaints.onTimeRate.value),
      averageSatisfaction: asNumber(may.complaints.averageSatisfaction),
    });

    // The reopened complaint is unresolved on both sides (complaints cleared its resolution and feedback).
    const { complaint } = await company.ok<{
      complaint: { status: string; sla: { resolvedAt: string | null; onTime: boolean | null } };
    }>(STAFF.csManager, `query($id: ID!) { complaint(id: $id) { status sla { resolvedAt onTime } } }`, {
      id: quarter.complaint.P6,
    });
    expect(complaint).toEqual({ status: 'INVESTIGATING', sla: { resolvedAt: null, onTime: null } });
  });

  it('[DOMAIN 4.3][DOMAIN 1.11] a complaint counts in the month it was received on both sides, whenever it was resolved', async () => {
    // PA: received in April, resolved late in May with satisfaction 1.
    const byMonth = await complaintStats(['MONTH'], { kind: ['COMPLAINT'] });
    expect(byMonth.map((r) => [r.key.month, r.count])).toEqual([
      ['2026-04', 1],
      ['2026-05', 7],
    ]);
    for (const month of ['2026-04', '2026-05']) {
      const report = await monthly(month);
      const row = byMonth.find((r) => r.key.month === month)!;
      expect({
        received: report.complaints.received,
        resolved: report.complaints.resolved,
        onTimeRate: asNumber(report.complaints.onTimeRate.value),
        averageSatisfaction: asNumber(report.complaints.averageSatisfaction),
      }).toEqual({
        received: row.count,
        resolved: row.resolvedCount,
        onTimeRate: row.onTimeRate,
        averageSatisfaction: row.averageSatisfaction,
      });
    }
    const april = await monthly('2026-04');
    expect(april.complaints).toMatchObject({ received: 1, resolved: 1, onTimeRate: { value: '0.00' } });
    expect(april.complaints.averageSatisfaction).toBe('1.00');
  });

  it('[DOMAIN 4.3][DOMAIN 2.8] the quarter’s churn, repurchase rate, cost share and budget attainment are loyaltyKpis’ for the quarter', async () => {
    const q2 = await quarterly('2026-Q2');
    const loyalty = await loyaltyKpis(q2.from, q2.to);
    // Bought in the 12 months before: A, B, C, D; D not in the quarter. In the quarter: A and B twice, C, E
    // and F once (F's April purchase fully returned). Costs 1,000 + 1,500 + 2,000 on net revenue of 136,000;
    // K1 and K2, approved in May, spent 2,500 of 5,000 and 2,000 of 8,000.
    expect(q2).toMatchObject({
      churnRate: { value: '0.25', met: false },
      repurchaseRate: { value: '0.40' },
      revenue: '136000.00',
      campaignCosts: '4500.00',
      activityCostShare: { value: '0.0331', met: false },
      budgetAttainment: { value: '0.3462', met: true },
    });
    expect(loyalty).toMatchObject({
      churnRate: q2.churnRate.value,
      repurchaseRate: q2.repurchaseRate.value,
      activityCostShare: q2.activityCostShare.value,
      budgetAttainment: q2.budgetAttainment.value,
    });

    // The gain is on the same quarter a year before: A twice and D once in 2025-Q2.
    const q2LastYear = await quarterly('2025-Q2');
    expect(q2).toMatchObject({
      repurchaseRateYearBefore: '0.50',
      repurchaseRateGain: { value: '-0.10', met: false },
    });
    expect((await loyaltyKpis(q2LastYear.from, q2LastYear.to)).repurchaseRate).toBe(
      q2.repurchaseRateYearBefore,
    );
  });

  it('[DOMAIN 4.3][DOMAIN 2.8] Diamond retention is loyaltyKpis’, a tier change at the first instant of the quarter counted in the quarter', async () => {
    const q2 = await quarterly('2026-Q2');
    // Diamond just before the quarter: G, H and I; I left at its first instant, H in June.
    expect(q2.diamondRetention).toEqual({ value: '0.3333', met: false });
    expect(q2.tierMovements).toEqual([{ from: 'DIAMOND', to: 'PLATINUM', customers: 2 }]);
    // Both take the tier held just before `from`: each change belongs to exactly one of two periods.
    expect((await loyaltyKpis(q2.from, q2.to)).diamondRetention).toBe(q2.diamondRetention.value);
  });

  it('[DOMAIN 4.3][DOMAIN 2.8] the month’s cost share is loyaltyKpis’; coverage and budget attainment follow their documented definitions', async () => {
    const may = await monthly('2026-05');
    const loyalty = await loyaltyKpis(may.from, may.to);
    // Net revenue 40,000 + 15,000 + 7,000 + 11,000; costs 4,500; J, K and G reached.
    expect(may).toMatchObject({
      customersReached: 3,
      revenue: '73000.00',
      campaignCosts: '4500.00',
      activityCostShare: { value: '0.0616', met: false },
    });
    expect(loyalty.activityCostShare).toBe(may.activityCostShare.value);

    // Budget attainment: governance's month over the campaigns closed in it (K1: 2,500 of 5,000), loyalty's
    // over those approved in it (K1 and K2), the cohort of the quarterly profile.
    expect(may.costSaving).toEqual({
      campaignsClosed: 1,
      budget: '5000.00',
      spent: '2500.00',
      savingRate: '0.50',
      budgetAttainment: { value: '0.50', met: true },
    });
    expect(loyalty.budgetAttainment).toBe((await quarterly('2026-Q2')).budgetAttainment.value);

    // Coverage: governance targets by tier (Gold for K1, Diamond for K2 at the month's end: G, H, J, K, L)
    // and counts any interaction record; loyalty targets by tier and tag (K2 only the 'silk' customers: G)
    // and counts each campaign's own interactions: J, K, L for K1 and G for K2.
    expect(may.interactionCoverage).toEqual({ value: '0.60', met: false });
    const { interactionCoverage } = await company.ok<{
      interactionCoverage: { targeted: number; covered: number; uncovered: string[] };
    }>(
      STAFF.internalControl,
      `query { interactionCoverage(month: "2026-05") { targeted covered uncovered } }`,
    );
    const { H, L } = quarter.customer;
    expect(interactionCoverage).toEqual({ targeted: 5, covered: 3, uncovered: [H, L].sort() });
    expect(loyalty.interactionCoverage).toBe('0.75');
  });

  it('[DOMAIN 4.3] the tier distribution and the year’s revenue are loyalty’s customerStatistics', async () => {
    const q2 = await quarterly('2026-Q2');
    expect(q2.tierDistribution).toEqual([
      { tier: 'MEMBER', customers: 6 },
      { tier: 'GOLD', customers: 3 },
      { tier: 'PLATINUM', customers: 2 },
      { tier: 'DIAMOND', customers: 1 },
    ]);
    const { customerStatistics } = await company.ok<{
      customerStatistics: { tier: string; customers: number; annualSpend: string }[];
    }>(STAFF.compliance, `{ customerStatistics(year: 2026) { tier customers annualSpend } }`);
    // No tier has changed since the quarter's end, so today's tiers are the quarter's.
    expect(customerStatistics.map((s) => ({ tier: s.tier, customers: s.customers }))).toEqual(
      q2.tierDistribution,
    );
    // The year so far: Q1 (A's 3,000), Q2, and Q3 begun without a purchase.
    const revenues = await Promise.all(
      ['2026-Q1', '2026-Q2', '2026-Q3'].map(async (q) => (await quarterly(q)).revenue),
    );
    expect(revenues).toEqual(['3000.00', '136000.00', '0.00']);
    const total = (values: string[]) => values.reduce((sum, v) => sum + Math.round(Number(v) * 100), 0);
    expect(total(customerStatistics.map((s) => s.annualSpend))).toBe(total(revenues));
  });

  it('[DOMAIN 4.3] the approvals the month’s report counts are those approvals decided in the month', async () => {
    const may = await monthly('2026-05');
    const { approvalRequests } = await company.ok<{
      approvalRequests: { edges: { node: { amount: string; decidedAt: string } }[] };
    }>(
      STAFF.audit,
      `{ approvalRequests(filter: { status: [APPROVED] }, first: 100) { edges { node { amount decidedAt } } } }`,
    );
    const inMay = approvalRequests.edges
      .map((e) => e.node)
      .filter(
        (r) =>
          Date.parse(r.decidedAt) >= Date.parse(may.from) && Date.parse(r.decidedAt) < Date.parse(may.to),
      );
    expect(may.spending).toEqual({ approvedRequests: 2, approvedAmount: '13000.00' });
    expect(inMay).toHaveLength(may.spending.approvedRequests);
    expect(inMay.reduce((sum, r) => sum + Number(r.amount), 0).toFixed(2)).toBe(may.spending.approvedAmount);
  });
});

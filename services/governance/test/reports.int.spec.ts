import { errorCodes, expectEventually, harnessForFile, type TestActor } from '@care/testing';
import { startGovernance } from './harness';
import { seedMarch } from './seeded-month';

// The monthly activity report and the quarterly customer profile (DOMAIN 4.3) from a month seeded with
// known complaints, purchases, campaigns and approvals, every event delivered twice.

const h = harnessForFile(() => startGovernance('governance_reports', '2026-03-12T02:00:00Z'));
const gm: TestActor = { sub: 'gm-1', roles: ['gm'] };
const sales: TestActor = { sub: 'sales-1', roles: ['sales'] };
const specialist: TestActor = { sub: 'cs-1', roles: ['cs_specialist'] };

/* eslint-disable @typescript-eslint/no-explicit-any */
type Data = Record<string, any>;
const KPI = `{ value target comparison met }`;
const MONTHLY = `{ month customersReached revenue campaignCosts activityCostShare ${KPI} interactionCoverage ${KPI}
  costSaving { campaignsClosed budget spent saving savingRate budgetAttainment ${KPI} }
  complaints { received byCategory { key count } inquiries resolved resolvedOnTime onTimeRate ${KPI}
    averageSatisfaction satisfactionResponses followUpsDue followUpsDone followUpCompletion ${KPI} }
  spending { approvedRequests approvedAmount payments paidAmount paymentsOverApproval }
  violations { total byLevel { key count } }
  improvementIdeas { total rectificationItemsBySource { key count } customerSuggestions } }`;
const QUARTERLY = `{ quarter tierDistribution { tier customers } tierMovements { from to customers }
  churnRate ${KPI} repurchaseRate ${KPI} repurchaseRateYearBefore repurchaseRateGain ${KPI}
  diamondRetention ${KPI} revenue campaignCosts activityCostShare ${KPI} budgetAttainment ${KPI} }`;

/** A breakdown as the reports list it, `{ key, count }` in the order written: `counted({ AUDIT: 1 })`. */
const counted = (counts: Record<string, number>) =>
  Object.entries(counts).map(([key, count]) => ({ key, count }));

let reopenedComplaint = '';
let distinctEvents = 0;

describe('the reports', () => {
  beforeAll(async () => {
    const seeded = await seedMarch(h);
    seeded.events.redeliverAll();
    await seeded.events.settle();
    distinctEvents = seeded.events.published.length;
    reopenedComplaint = seeded.reopenedComplaint;
    h.clock.set('2026-04-02T02:00:00Z');
  }, 60_000);

  it('[DOMAIN 4.3] the monthly report of a seeded month equals the figures computed by hand', async () => {
    const expected = {
      month: '2026-03',
      customersReached: 2,
      revenue: '3200.00', // 1000 + 500 + (2000 - 300)
      campaignCosts: '30.00', // 10 + 15 + 5
      activityCostShare: { value: '0.0094', target: '0.015', comparison: 'AT_MOST', met: true }, // 30 / 3200
      // Targeted: c1-c3 (Member campaign) and c4 (Gold campaign); c3 had no contact in March.
      interactionCoverage: { value: '0.75', target: '0.95', comparison: 'AT_LEAST', met: false },
      costSaving: {
        campaignsClosed: 2,
        budget: '300.00',
        spent: '290.00',
        saving: '10.00',
        savingRate: '0.0333',
        budgetAttainment: { value: '0.9667', target: '1.00', comparison: 'AT_MOST', met: true },
      },
      complaints: {
        received: 3,
        byCategory: counted({ LOGISTICS_DELAY: 1, PRODUCT_QUALITY: 2 }),
        inquiries: 1,
        resolved: 2,
        resolvedOnTime: 1,
        onTimeRate: { value: '0.50', target: null, comparison: null, met: null },
        averageSatisfaction: '4.00', // (5 + 3) / 2
        satisfactionResponses: 2,
        followUpsDue: 2,
        followUpsDone: 1,
        followUpCompletion: { value: '0.50', target: null, comparison: null, met: null },
      },
      spending: {
        approvedRequests: 1,
        approvedAmount: '10000.00',
        payments: 3,
        paidAmount: '13000.00',
        paymentsOverApproval: 1,
      },
      violations: {
        total: 3,
        byLevel: counted({ ORDINARY: 2, SERIOUS: 1 }),
      },
      improvementIdeas: {
        total: 3,
        rectificationItemsBySource: counted({ AUDIT: 1, COMPLAINT_IMPROVEMENT_ACTION: 1 }),
        customerSuggestions: 1,
      },
    };
    // The improvement action's item is opened by another consumer.
    await expectEventually(async () =>
      expect(
        (await h.ok<Data>(`{ monthlyReport(month: "2026-03") ${MONTHLY} }`, {}, gm)).monthlyReport,
      ).toEqual(expected),
    );
    expect(
      (await h.ok<Data>(`{ monthlyReport(month: "2026-03") { month } }`, {}, sales)).monthlyReport.month,
    ).toBe('2026-03');
  });

  it('[DOMAIN 4.3] the quarterly customer profile against the targets of DOMAIN 2.8', async () => {
    const { quarterlyCustomerProfile } = await h.ok<Data>(
      `{ quarterlyCustomerProfile(quarter: "2026-Q1") ${QUARTERLY} }`,
      {},
      gm,
    );
    expect(quarterlyCustomerProfile).toEqual({
      quarter: '2026-Q1',
      tierDistribution: [
        { tier: 'MEMBER', customers: 3 },
        { tier: 'GOLD', customers: 1 },
        { tier: 'PLATINUM', customers: 1 },
        { tier: 'DIAMOND', customers: 3 },
      ],
      tierMovements: [{ from: 'DIAMOND', to: 'PLATINUM', customers: 1 }],
      // d1, d2, d3 bought in 2025; only d1 bought in the quarter.
      churnRate: { value: '0.6667', target: '0.03', comparison: 'AT_MOST', met: false },
      // c1 twice, c2 and d1 once; a year before d1 twice out of one buyer.
      repurchaseRate: { value: '0.3333', target: null, comparison: null, met: null },
      repurchaseRateYearBefore: '1.00',
      repurchaseRateGain: { value: '-0.6667', target: '0.05', comparison: 'AT_LEAST', met: false },
      diamondRetention: { value: '0.75', target: '0.97', comparison: 'AT_LEAST', met: false },
      revenue: '4200.00', // March 3200 + d1's 1000 in February
      campaignCosts: '80.00', // 50 in February, 30 in March
      activityCostShare: { value: '0.019', target: '0.015', comparison: 'AT_MOST', met: false },
      budgetAttainment: { value: '0.9667', target: '1.00', comparison: 'AT_MOST', met: true }, // 290 / 300
    });
  });

  it('applies each event once although every one was delivered twice', async () => {
    const [inbox] = await h.sql(
      `SELECT count(*)::int AS rows, count(DISTINCT event_id)::int AS events FROM inbox
        WHERE consumer = 'governance.check-projections'`,
    );
    expect(inbox).toEqual({ rows: distinctEvents, events: distinctEvents });
    const [complaint] = await h.sql(`SELECT reopened FROM seen_complaint WHERE complaint_id = $1`, [
      reopenedComplaint,
    ]);
    expect(complaint).toEqual({ reopened: 1 });
    const [purchases] = await h.sql(
      `SELECT count(*)::int AS n, sum(amount_cny)::text AS total FROM seen_purchase`,
    );
    expect(purchases).toEqual({ n: 10, total: '11000.00' });
  });

  it('[DOMAIN 4.3] reports are for supervision and management: other roles are FORBIDDEN', async () => {
    for (const query of [
      `{ monthlyReport(month: "2026-03") { month } }`,
      `{ quarterlyCustomerProfile(quarter: "2026-Q1") { quarter } }`,
    ]) {
      expect(errorCodes(await h.raw(query, {}, specialist))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await h.raw(query, {}, { sub: 'c-1', roles: ['customer'] }))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await h.raw(`{ monthlyReport(month: "2026-13") { month } }`, {}, gm))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await h.raw(`{ monthlyReport(month: "2026-05") { month } }`, {}, gm))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

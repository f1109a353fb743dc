/**
 * March 2026 at the company, the cases of the processes run together on one clock: a product-quality
 * complaint, a points-anomaly complaint compensated through approval, an URGENT compensation ratified too
 * late, a Diamond customer's two 6,000 CNY redemptions, a campaign run to its budget and an expense decided
 * under a VP's delegation and paid. At the start of April the month's report shows exactly these cases, the
 * owning services agree with it, and the audit chain of everything that happened verifies (DOMAIN 4.1,
 * 4.3, 1.11).
 */
import { expectEventually } from '@care/testing';
import { companyForFile, EVENTUALLY, STAFF, utc } from './steps';

const company = companyForFile('2026-03-02T09:00:00+08:00');

const REPORT = `query($month: String!) { monthlyReport(month: $month) {
  customersReached revenue campaignCosts
  activityCostShare { value met } interactionCoverage { value met }
  costSaving { campaignsClosed budget spent saving savingRate budgetAttainment { value met } }
  complaints { received byCategory { key count } inquiries resolved resolvedOnTime onTimeRate { value }
    averageSatisfaction satisfactionResponses followUpsDue followUpsDone followUpCompletion { value } }
  spending { approvedRequests approvedAmount payments paidAmount paymentsOverApproval }
  violations { total byLevel { key count } }
  improvementIdeas { total rectificationItemsBySource { key count } customerSuggestions } } }`;

/** March as its cases make it, counted by hand. */
const MARCH = {
  customersReached: 2,
  revenue: '1430200.00',
  campaignCosts: '3000.00',
  // 3,000 / 1,430,200 = 0.0021 (target <= 1.5 %).
  activityCostShare: { value: '0.0021', met: true },
  interactionCoverage: { value: '1.00', met: true },
  costSaving: {
    campaignsClosed: 1,
    budget: '3000.00',
    spent: '3000.00',
    saving: '0.00',
    savingRate: '0.00',
    budgetAttainment: { value: '1.00', met: true },
  },
  complaints: {
    received: 3,
    byCategory: expect.arrayContaining([
      { key: 'PRODUCT_QUALITY', count: 2 },
      { key: 'POINTS_ANOMALY', count: 1 },
    ]),
    inquiries: 0,
    resolved: 3,
    resolvedOnTime: 2,
    onTimeRate: { value: '0.6667' },
    averageSatisfaction: '4.00',
    satisfactionResponses: 1,
    // Every follow-up window ended in March (resolved 3 and 5 March); only Wang was visited.
    followUpsDue: 3,
    followUpsDone: 1,
    followUpCompletion: { value: '0.3333' },
  },
  // Compensations of 20 and 500, one redemption of 6,000, the campaign of 3,000, the expense of 20,000.
  spending: {
    approvedRequests: 5,
    approvedAmount: '29520.00',
    payments: 1,
    paidAmount: '20000.00',
    paymentsOverApproval: 0,
  },
  violations: { total: 1, byLevel: [{ key: 'SERIOUS', count: 1 }] },
  improvementIdeas: {
    total: 1,
    rectificationItemsBySource: [{ key: 'VIOLATION', count: 1 }],
    customerSuggestions: 0,
  },
};

/** A complaint walked to an accepted solution by the department it is handed to. */
async function acceptedComplaint(
  customerId: string,
  classification: { category: string; urgency: string },
  department: (typeof STAFF)[keyof typeof STAFF],
  compensation?: { points: number },
) {
  const { id } = await company.fileComplaint({
    customerId,
    channel: 'PHONE',
    description: 'Something went wrong',
  });
  await company.handOver(id, { ...classification, complexity: 'SIMPLE' }, 'Please look into it');
  await company.investigate(department, id, {
    note: 'Checked',
    category: 'METHOD',
    what: 'A fault',
    why: 'A cause',
  });
  const { solutionId } = await company.acceptedSolution(department, id, {
    description: 'Put it right',
    ...(compensation ? { compensation } : {}),
  });
  return { id, solutionId };
}

const resolve = async (department: (typeof STAFF)[keyof typeof STAFF], id: string) => {
  await company.complaintStep(department, 'startImplementation', { id });
  return company.complaintStep(department, 'resolveComplaint', { id, summary: 'Done' });
};

describe('the month of March 2026', () => {
  it('[DOMAIN 4.3][DOMAIN 1.11][DOMAIN 4.1] ends with a monthly report that shows exactly its cases, as the owning services count them, and an audit chain that verifies', async () => {
    // Purchases of the month: 4,200 + 3,000 + 1,300,000 + 60,000 + 55,000 + 8,000 CNY.
    const wang = await company.newCustomer('Wang Fang', { spend: '4200.00' });
    const lin = await company.newCustomer('Lin Tao', { spend: '3000.00' });
    const zhou = await company.newCustomer('Zhou Min', { spend: '1300000.00', tier: 'DIAMOND' });
    const guo = await company.newCustomer('Guo Hua', { spend: '60000.00', tier: 'GOLD' });
    const ma = await company.newCustomer('Ma Lin', { spend: '55000.00', tier: 'GOLD' });
    const xu = await company.newCustomer('Xu Lan', { spend: '8000.00' });

    // Monday 2 March: three complaints; the points anomaly freezes Lin's account until internal control
    // releases it; the URGENT one is compensated at once.
    company.at('2026-03-02T10:00:00+08:00');
    const quality = await acceptedComplaint(
      wang,
      { category: 'PRODUCT_QUALITY', urgency: 'HIGH' },
      STAFF.qcStaff,
    );
    const anomaly = await acceptedComplaint(
      lin,
      { category: 'POINTS_ANOMALY', urgency: 'NORMAL' },
      STAFF.salesStaff,
      { points: 2000 },
    );
    await company.partnerSees('care.loyalty.account.frozen.v1', { customerId: lin, frozenOnTime: true });
    await company.ok(
      STAFF.internalControl,
      `mutation($id: ID!) { unfreezeAccount(customerId: $id, reason: "Checked") { id } }`,
      {
        id: lin,
      },
    );
    const urgent = await acceptedComplaint(
      xu,
      { category: 'PRODUCT_QUALITY', urgency: 'URGENT' },
      STAFF.qcStaff,
      {
        points: 50_000,
      },
    );
    const compensation = await company.approvalFor(anomaly.solutionId);
    await company.decide(STAFF.salesHead, compensation.id, 'APPROVE');
    await company.partnerSees('care.complaints.complaint.compensation_granted.v1', {
      solutionId: anomaly.solutionId,
    });
    const emergency = await company.approvalFor(urgent.solutionId);

    // The Diamond customer's redemptions: one approved, one rejected by the GM.
    company.at('2026-03-02T11:00:00+08:00');
    for (const [key, decision] of [
      ['m-1', 'APPROVE'],
      ['m-2', 'REJECT'],
    ] as const) {
      const { requestRedemption } = await company.ok<{ requestRedemption: { id: string } }>(
        STAFF.csSpecialist,
        `mutation($id: ID!, $key: String!) { requestRedemption(input: { customerId: $id, points: 600000, idempotencyKey: $key }) { id } }`,
        { id: zhou, key },
      );
      const request = await company.approvalFor(requestRedemption.id);
      await company.decide(
        STAFF.gm,
        request.id,
        decision,
        decision === 'REJECT' ? 'Not twice a day' : undefined,
      );
      await company.partnerSees(
        `care.loyalty.redemption.${decision === 'APPROVE' ? 'completed' : 'cancelled'}.v1`,
        {
          redemptionId: requestRedemption.id,
        },
      );
    }

    // The spring campaign: submitted, reviewed and approved the same day.
    const campaign = await company.createCampaign({
      name: 'Spring silk evening',
      type: 'APPRECIATION_EVENT',
      targetTiers: ['GOLD'],
      budget: '3000.00',
      startsOn: '2026-03-09',
      endsOn: '2026-03-13',
    });
    await company.campaignStep(STAFF.salesHead, 'submitCampaign', campaign.id);
    const campaignRequest = await company.approvalFor(campaign.id);
    await company.decide(STAFF.internalControl, campaignRequest.id, 'APPROVE');
    await company.decide(STAFF.marketingHead, campaignRequest.id, 'APPROVE');
    await company.partnerSees('care.loyalty.campaign.approved.v1', { campaignId: campaign.id });

    // An expense decided by the VP's delegate, and paid by finance against its order.
    company.at('2026-03-02T14:00:00+08:00');
    const { recordDelegation } = await company.ok<{ recordDelegation: { id: string } }>(
      STAFF.gm,
      `mutation($input: RecordDelegationInput!) { recordDelegation(input: $input) { id } }`,
      {
        input: {
          delegator: STAFF.vp.sub,
          delegate: STAFF.marketingHead.sub,
          authority: 'VP',
          businessTypes: ['EXPENSE'],
          maxAmount: '50000.00',
          startsAt: utc('2026-03-02T14:00:00+08:00'),
          endsAt: utc('2026-03-31T18:00:00+08:00'),
          documentReference: 'DLG-2026-007',
        },
      },
    );
    const { submitApprovalRequest: expense } = await company.ok<{ submitApprovalRequest: { id: string } }>(
      STAFF.salesStaff,
      `mutation { submitApprovalRequest(input: { type: EXPENSE, title: "Trade fair stand", amount: "20000.00", orderNumber: "PO-2026-0088" }) { id } }`,
    );
    for (const approver of [STAFF.salesHead, STAFF.internalControl, STAFF.finance, STAFF.marketingHead])
      await company.decide(approver, expense.id, 'APPROVE');
    expect((await company.approval(expense.id)).decidedUnderDelegation).toBe(recordDelegation.id);
    await company.ok(
      STAFF.finance,
      `mutation($id: ID!) { recordPayment(input: { requestId: $id, orderNumber: "PO-2026-0088", amount: "20000.00" }) { id } }`,
      { id: expense.id },
    );

    // Tuesday: two complaints resolved in time, the quality one with the customer's feedback.
    company.at('2026-03-03T10:00:00+08:00');
    await resolve(STAFF.qcStaff, quality.id);
    await resolve(STAFF.salesStaff, anomaly.id);
    await company.complaintStep(STAFF.csSpecialist, 'recordFeedback', {
      id: quality.id,
      whatWasDone: 'Replaced',
      satisfaction: 4,
      resultToldToCustomer: true,
    });

    // Thursday: the emergency is past its ratification: a violation and a rectification item; it is
    // ratified late that afternoon and the URGENT complaint resolved, after its 1-day target.
    company.at('2026-03-05T10:00:00+08:00');
    await company.runJob('approvals', 'emergency-ratification');
    await company.partnerSees('care.governance.rectification.opened.v1', { source: 'VIOLATION' });
    company.at('2026-03-05T14:00:00+08:00');
    await company.ok(
      STAFF.qcHead,
      `mutation($id: ID!) { decideApprovalRequest(input: { id: $id, decision: APPROVE, overdueExplanation: "Away" }) { id } }`,
      { id: emergency.id },
    );
    expect((await resolve(STAFF.qcStaff, urgent.id)).sla.onTime).toBe(false);

    // The campaign's evening, the quality complaint's visit, the campaign closed, settled and archived.
    company.at('2026-03-09T19:00:00+08:00');
    for (const [guest, cost] of [
      [guo, '1200.00'],
      [ma, '1800.00'],
    ] as const)
      expect((await company.campaignGuest(campaign.id, guest, cost)).refusal).toBeUndefined();
    company.at('2026-03-10T10:00:00+08:00');
    await company.complaintStep(STAFF.csSpecialist, 'recordFollowUp', {
      id: quality.id,
      outcome: 'Fine',
      newProblem: false,
    });
    company.at('2026-03-16T10:00:00+08:00');
    await company.campaignStep(STAFF.marketing, 'closeCampaign', campaign.id);
    company.at('2026-03-18T10:00:00+08:00');
    await company.campaignStep(STAFF.finance, 'settleCampaign', campaign.id);
    await company.campaignStep(STAFF.sales, 'archiveCampaign', campaign.id);

    // 1 April: the report of March, as governance's projections have it once they have caught up.
    company.at('2026-04-01T09:00:00+08:00');
    const report = await expectEventually(async () => {
      const { monthlyReport } = await company.ok<{ monthlyReport: Record<string, unknown> }>(
        STAFF.audit,
        REPORT,
        { month: '2026-03' },
      );
      expect(monthlyReport).toEqual(MARCH);
      return monthlyReport;
    }, EVENTUALLY);
    expect((report.complaints as { byCategory: unknown[] }).byCategory).toHaveLength(2);

    // The owning services count the same: complaints its statistics, loyalty its KPIs.
    const { complaintStats } = await company.ok<{
      complaintStats: {
        key: { category: string };
        count: number;
        resolvedCount: number;
        onTimeRate: number;
      }[];
    }>(
      STAFF.audit,
      `{ complaintStats(groupBy: [CATEGORY], filter: { kind: [COMPLAINT], receivedFrom: "2026-02-28T16:00:00Z", receivedTo: "2026-03-31T16:00:00Z" }) {
        key { category } count resolvedCount onTimeRate } }`,
    );
    const byCategory = Object.fromEntries(complaintStats.map((s) => [s.key.category, s]));
    expect(byCategory.PRODUCT_QUALITY).toMatchObject({ count: 2, resolvedCount: 2, onTimeRate: 0.5 });
    expect(byCategory.POINTS_ANOMALY).toMatchObject({ count: 1, resolvedCount: 1, onTimeRate: 1 });
    const { loyaltyKpis } = await company.ok<{ loyaltyKpis: { activityCostShare: string } }>(
      STAFF.audit,
      `{ loyaltyKpis(from: "2026-02-28T16:00:00Z", to: "2026-03-31T16:00:00Z") { activityCostShare } }`,
    );
    expect(Number(loyaltyKpis.activityCostShare)).toBeCloseTo(3000 / 1_430_200, 4);

    // Everything that happened is in one chain that verifies, up to the head held outside the system.
    const { auditChainHead } = await company.ok<{ auditChainHead: { position: number; hash: string } }>(
      STAFF.audit,
      `{ auditChainHead { position hash } }`,
    );
    expect(auditChainHead.position).toBeGreaterThan(100);
    const { verifyAuditChain } = await company.ok<{
      verifyAuditChain: {
        from: number;
        to: number;
        checked: number;
        verified: boolean;
        findings: unknown[];
      };
    }>(
      STAFF.audit,
      `query($head: AuditChainHeadInput!) { verifyAuditChain(expectedHead: $head) { from to checked verified findings { position kind } } }`,
      { head: auditChainHead },
    );
    expect(verifyAuditChain).toMatchObject({ from: 1, verified: true, findings: [] });
    expect(verifyAuditChain.to).toBeGreaterThanOrEqual(auditChainHead.position);
    expect(verifyAuditChain.checked).toBe(verifyAuditChain.to - verifyAuditChain.from + 1);
  });
});

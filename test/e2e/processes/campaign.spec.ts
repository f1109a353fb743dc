/**
 * A reward campaign from its application to its archive number: sales drafts it, the department head signs
 * and submits it, internal control reviews it within the working day, marketing runs it to its budget,
 * finance settles it within 10 working days of the end and sales archives it as KH + year + serial
 * (DOMAIN 2.4, 3.1, 3.3, 4.1).
 */
import { companyForFile, STAFF, utc } from './steps';
import type { ApprovalStepView } from './views';

const company = companyForFile('2026-03-02T09:00:00+08:00');

/** The spring campaign: Gold customers invited to an evening, 3,000 CNY. */
const SPRING_EVENING = {
  name: 'Spring silk evening',
  type: 'APPRECIATION_EVENT',
  targetTiers: ['GOLD'],
  budget: '3000.00',
  expectedEffect: 'Repurchase by half of the guests within the quarter',
  startsOn: '2026-03-09',
  endsOn: '2026-03-13',
};

describe('a reward campaign', () => {
  it('[DOMAIN 2.4][DOMAIN 3.3] is submitted, reviewed by internal control within a working day, run to its budget, settled in time and archived as KH<year><serial>', async () => {
    const gold = await company.newCustomer('Guo Hua', { spend: '60000.00', tier: 'GOLD' });
    const otherGold = await company.newCustomer('Ma Lin', { spend: '55000.00', tier: 'GOLD' });

    company.at('2026-03-02T10:00:00+08:00');
    const createCampaign = await company.createCampaign(SPRING_EVENING);
    const id = createCampaign.id;
    expect(createCampaign).toMatchObject({ status: 'DRAFT', budget: '3000.00', spent: '0.00' });

    // 10:30 the sales head signs and submits: internal control has until Tuesday 10:30.
    company.at('2026-03-02T10:30:00+08:00');
    const submitted = await company.campaignStep(STAFF.salesHead, 'submitCampaign', id);
    expect(submitted).toMatchObject({
      status: 'PENDING_APPROVAL',
      submittedAt: utc('2026-03-02T10:30:00+08:00'),
      reviewDueAt: utc('2026-03-03T10:30:00+08:00'),
    });
    const request = await company.approvalFor(id);
    expect(request).toMatchObject({
      type: 'CAMPAIGN',
      status: 'PENDING',
      amount: '3000.00',
      requestedBy: STAFF.salesHead.sub,
      dueAt: utc('2026-03-03T10:30:00+08:00'),
      reference: { service: 'loyalty', aggregate: 'campaign', id },
    });
    expect(request.steps.map((s) => s.authority)).toEqual(['INTERNAL_CONTROL', 'DEPARTMENT_HEAD']);
    // Nothing runs before the approval.
    expect((await company.campaignGuest(id, gold, '100.00')).refusal).toBe('INVALID_TRANSITION');

    // Internal control reviews it the same afternoon; another department head approves (the signer may
    // not approve his own application).
    company.at('2026-03-02T14:00:00+08:00');
    await company.decide(STAFF.internalControl, request.id, 'APPROVE');
    company.at('2026-03-02T16:00:00+08:00');
    expect(await company.decisionRefusal(STAFF.salesHead, request.id)).toBe('FORBIDDEN');
    await company.decide(STAFF.marketingHead, request.id, 'APPROVE');
    await company.partnerSees('care.loyalty.campaign.approved.v1', { campaignId: id, status: 'APPROVED' });

    const { campaign } = await company.ok<{
      campaign: {
        status: string;
        reviewDueAt: string;
        approval: { status: string; steps: ApprovalStepView[] };
      };
    }>(
      STAFF.internalControl,
      `query($id: ID!) { campaign(id: $id) { status reviewDueAt approval { status steps {
        position authority role department decision decidedBy actingFor decidedAt dueAt decidedLate } } } }`,
      { id },
    );
    expect(campaign).toMatchObject({ status: 'APPROVED', approval: { status: 'APPROVED' } });
    const [review, head] = campaign.approval.steps;
    expect(review).toMatchObject({
      authority: 'INTERNAL_CONTROL',
      decidedBy: STAFF.internalControl.sub,
      decidedAt: utc('2026-03-02T14:00:00+08:00'),
      decidedLate: false,
    });
    expect(new Date(review!.decidedAt!).getTime()).toBeLessThanOrEqual(
      new Date(campaign.reviewDueAt).getTime(),
    );
    expect(head).toMatchObject({ authority: 'DEPARTMENT_HEAD', decidedBy: STAFF.marketingHead.sub });

    // The week of the campaign: marketing records its guests until the budget is spent, and no further.
    company.at('2026-03-09T19:00:00+08:00');
    expect((await company.campaignGuest(id, gold, '1200.00')).campaign?.spent).toBe('1200.00');
    const { campaign: full, refusal } = await company.campaignGuest(id, otherGold, '1800.00');
    expect(refusal).toBeUndefined();
    expect(full).toMatchObject({ spent: '3000.00', budget: '3000.00' });
    expect(full!.interactions.map((i) => [i.customerId, i.cost, i.points])).toEqual(
      expect.arrayContaining([
        [gold, '1200.00', 500],
        [otherGold, '1800.00', 500],
      ]),
    );
    expect((await company.campaignGuest(id, gold, '0.01')).refusal).toBe('LIMIT_EXCEEDED');
    expect((await company.wallet(gold)).pointsBalance).toBe(60_500);
    expect((await company.wallet(otherGold)).pointsBalance).toBe(55_500);

    // Closed after the end; finance settles two working days later, within its 10; sales archives.
    company.at('2026-03-16T10:00:00+08:00');
    const closed = await company.campaignStep(STAFF.marketing, 'closeCampaign', id);
    expect(closed).toMatchObject({
      status: 'CLOSED',
      closedAt: utc('2026-03-16T10:00:00+08:00'),
      settleDueAt: utc('2026-03-30T10:00:00+08:00'),
    });
    company.at('2026-03-18T10:00:00+08:00');
    expect(
      await company.refusal(STAFF.sales, `mutation($id: ID!) { settleCampaign(id: $id) { id } }`, { id }),
    ).toBe('FORBIDDEN');
    const settled = await company.campaignStep(STAFF.finance, 'settleCampaign', id);
    expect(settled).toMatchObject({ status: 'SETTLED', settledOnTime: true, spent: '3000.00' });
    company.at('2026-03-18T11:00:00+08:00');
    const archived = await company.campaignStep(STAFF.sales, 'archiveCampaign', id);
    expect(archived).toMatchObject({ status: 'ARCHIVED', archiveNumber: 'KH2026000001' });

    // The partner reads the campaign's life with its key facts.
    await company.partnerSees('care.loyalty.campaign.submitted.v1', {
      campaignId: id,
      type: 'APPRECIATION_EVENT',
      targetTiers: ['GOLD'],
      budget: '3000.00',
      reviewDueAt: utc('2026-03-03T10:30:00+08:00'),
    });
    await company.partnerSees('care.approvals.step.decided.v1', {
      requestId: request.id,
      authority: 'INTERNAL_CONTROL',
      decision: 'APPROVE',
      decidedLate: false,
    });
    await company.partnerSees('care.loyalty.campaign.interaction_recorded.v1', {
      campaignId: id,
      customerId: otherGold,
      cost: '1800.00',
      spent: '3000.00',
      budget: '3000.00',
    });
    await company.partnerSees('care.loyalty.campaign.closed.v1', {
      campaignId: id,
      spent: '3000.00',
      settleDueAt: utc('2026-03-30T10:00:00+08:00'),
    });
    await company.partnerSees('care.loyalty.campaign.archived.v1', {
      campaignId: id,
      archiveNumber: 'KH2026000001',
      spent: '3000.00',
      budget: '3000.00',
      settledOnTime: true,
    });
    expect(company.typesAbout(id)).toEqual([
      'loyalty.campaign.submitted',
      'loyalty.campaign.approved',
      'loyalty.campaign.interaction_recorded',
      'loyalty.campaign.interaction_recorded',
      'loyalty.campaign.closed',
      'loyalty.campaign.archived',
    ]);

    // Governance keeps the campaign's life and its approval.
    await company.trailWith('campaign', id, [
      'care.loyalty.campaign.submitted.v1',
      'care.loyalty.campaign.approved.v1',
      'care.loyalty.campaign.closed.v1',
      'care.loyalty.campaign.archived.v1',
    ]);
    await company.trailWith('approvalRequest', request.id, [
      'care.approvals.request.submitted.v1',
      'care.approvals.request.decided.v1',
    ]);
  });
});

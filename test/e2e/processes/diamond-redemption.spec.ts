/**
 * A Diamond customer's points redemptions of 6,000 CNY each: the GM approves the first (its points are
 * debited) and rejects the second (its locked points are released), loyalty and approvals agreeing at
 * every step (DOMAIN 3.1).
 */
import { companyForFile, STAFF, utc } from './steps';
import type { ApprovalView } from './views';

const company = companyForFile('2026-03-02T09:00:00+08:00');

const REDEEM = `mutation($input: RequestRedemptionInput!) { requestRedemption(input: $input) {
  id points value requiredAuthority status } }`;

const REDEMPTION = `query($id: ID!) { redemption(id: $id) { status decidedAt customer { tier }
  approval { id status decidedBy decisionReason steps { authority decision decidedBy } } } }`;

interface RedemptionView {
  status: string;
  decidedAt: string | null;
  customer: { tier: string };
  approval: Pick<ApprovalView, 'id' | 'status' | 'decidedBy' | 'decisionReason'> & {
    steps: { authority: string; decision: string | null; decidedBy: string | null }[];
  };
}

const redeem = (customerId: string, key: string) =>
  company.answer<{ id: string; points: number; value: string; status: string }>(STAFF.csSpecialist, REDEEM, {
    input: { customerId, points: 600_000, idempotencyKey: key },
  });

const redemption = (id: string) => company.answer<RedemptionView>(STAFF.gm, REDEMPTION, { id });

describe("a Diamond customer's redemptions of 6,000 CNY", () => {
  it('[DOMAIN 3.1] the GM approves one (points debited) and rejects another (points released); the Diamond-account supervisor may decide neither', async () => {
    const customerId = await company.newCustomer('Zhou Min', { spend: '1300000.00', tier: 'DIAMOND' });
    expect(await company.wallet(customerId)).toEqual({
      tier: 'DIAMOND',
      status: 'ACTIVE',
      pointsBalance: 1_300_000,
      lockedPoints: 0,
    });

    // 600,000 points at 100 to the yuan: 6,000 CNY, from 5,000 the GM's.
    company.at('2026-03-02T10:00:00+08:00');
    const first = await redeem(customerId, 'diamond-redeem-1');
    expect(first).toMatchObject({ points: 600_000, value: '6000.00', status: 'PENDING_APPROVAL' });
    expect(await company.wallet(customerId)).toMatchObject({
      pointsBalance: 700_000,
      lockedPoints: 600_000,
    });
    const request = await company.approvalFor(first.id);
    expect(request).toMatchObject({
      type: 'POINTS_REDEMPTION',
      status: 'PENDING',
      amount: '6000.00',
      requiredAuthority: 'GM',
      reference: { service: 'loyalty', aggregate: 'redemption', id: first.id },
    });
    expect(request.steps.map((s) => s.authority)).toEqual(['GM']);
    // Approvals shows the GM what is decided: the redemption and its Diamond customer, from loyalty.
    const { approvalRequest } = await company.ok<{
      approvalRequest: { subject: { points: number; customer: { id: string; tier: string } } };
    }>(
      STAFF.gm,
      `query($id: ID!) { approvalRequest(id: $id) { subject { ... on Redemption { points customer { id tier } } } } }`,
      { id: request.id },
    );
    expect(approvalRequest.subject).toEqual({
      points: 600_000,
      customer: { id: customerId, tier: 'DIAMOND' },
    });

    company.at('2026-03-02T11:00:00+08:00');
    expect(await company.decisionRefusal(STAFF.loyaltySupervisor, request.id)).toBe('FORBIDDEN');
    await company.decide(STAFF.gm, request.id, 'APPROVE');
    await company.partnerSees('care.loyalty.redemption.completed.v1', {
      redemptionId: first.id,
      customerId,
      value: '6000.00',
      approvalRequestId: request.id,
    });
    expect(await redemption(first.id)).toMatchObject({
      status: 'COMPLETED',
      decidedAt: utc('2026-03-02T11:00:00+08:00'),
      customer: { tier: 'DIAMOND' },
      approval: {
        id: request.id,
        status: 'APPROVED',
        decidedBy: STAFF.gm.sub,
        steps: [{ authority: 'GM', decision: 'APPROVE', decidedBy: STAFF.gm.sub }],
      },
    });
    expect(await company.wallet(customerId)).toMatchObject({ pointsBalance: 700_000, lockedPoints: 0 });
    await company.partnerSees('care.loyalty.points.redeemed.v1', {
      customerId,
      kind: 'REDEEM',
      points: -600_000,
      balance: 700_000,
      sourceId: first.id,
    });

    // The afternoon's second redemption locks 600,000 more; the GM rejects it and they come back.
    company.at('2026-03-02T14:00:00+08:00');
    const second = await redeem(customerId, 'diamond-redeem-2');
    expect(await company.wallet(customerId)).toMatchObject({
      pointsBalance: 100_000,
      lockedPoints: 600_000,
    });
    const secondRequest = await company.approvalFor(second.id);
    expect(secondRequest).toMatchObject({ status: 'PENDING', requiredAuthority: 'GM', amount: '6000.00' });

    company.at('2026-03-02T15:00:00+08:00');
    const reason = 'Two redemptions of this size on one day: review the account first';
    expect(await company.decisionRefusal(STAFF.loyaltySupervisor, secondRequest.id)).toBe('FORBIDDEN');
    const rejected = await company.decide(STAFF.gm, secondRequest.id, 'REJECT', reason);
    expect(rejected).toMatchObject({ status: 'REJECTED', decidedBy: STAFF.gm.sub, decisionReason: reason });
    await company.partnerSees('care.loyalty.redemption.cancelled.v1', {
      redemptionId: second.id,
      outcome: 'REJECTED',
      reason,
      approvalRequestId: secondRequest.id,
    });
    expect(await redemption(second.id)).toMatchObject({
      status: 'CANCELLED',
      approval: { status: 'REJECTED', decisionReason: reason },
    });
    expect(await company.wallet(customerId)).toEqual({
      tier: 'DIAMOND',
      status: 'ACTIVE',
      pointsBalance: 700_000,
      lockedPoints: 0,
    });

    // The partner reads both requests and both outcomes; governance keeps them.
    for (const [redemptionId, requestId, outcome] of [
      [first.id, request.id, 'APPROVED'],
      [second.id, secondRequest.id, 'REJECTED'],
    ] as const) {
      await company.partnerSees('care.loyalty.redemption.requested.v1', {
        redemptionId,
        customerId,
        points: 600_000,
        value: '6000.00',
        requiredAuthority: 'GM',
      });
      const decided = await company.partnerSees('care.approvals.request.decided.v1', {
        requestId,
        type: 'POINTS_REDEMPTION',
        outcome,
        currency: 'CNY',
        reference: { service: 'loyalty', aggregate: 'redemption', id: redemptionId },
      });
      // Approvals writes the amount unpadded ("6000"): the same decimal as loyalty's "6000.00".
      expect(Number(decided.data.amount)).toBe(6000);
      await company.trailWith('approvalRequest', requestId, [
        'care.approvals.request.submitted.v1',
        'care.approvals.request.decided.v1',
      ]);
    }
    const completed = company
      .partnerEvents()
      .filter((e) => e.type === 'care.loyalty.redemption.completed.v1');
    expect(completed.map((e) => e.data.redemptionId)).toEqual([first.id]);
  });
});

import { randomUUID } from 'node:crypto';
import { campaignSubmitted, createEvent, redemptionRequested } from '@care/contracts';
import { errorCodes, eventAbout } from '@care/testing';
import { as, FRIDAY_10H, approvalsForFile, type Request } from './harness';

const h = approvalsForFile('approvals_asks', FRIDAY_10H);

describe('approval requests asked for by other services', () => {
  it("[DOMAIN 3.1] opens one GM request for a 6,000 CNY redemption however often it is asked, and the GM's approval goes back to loyalty", async () => {
    const redemptionId = randomUUID();
    const asked = (id?: string) =>
      createEvent(
        redemptionRequested,
        redemptionId,
        {
          redemptionId,
          customerId: randomUUID(),
          points: 600_000,
          value: '6000.00',
          currency: 'CNY',
          requiredAuthority: 'GM',
          requestedAt: new Date().toISOString(),
        },
        { actor: { kind: 'user', id: 'sales-7' }, correlationId: 'corr-redeem', ...(id ? { id } : {}) },
      );
    const first = asked();
    await h.publish(first, redemptionRequested.subject);
    // A repeat of the same event under another message id, and the same redemption asked again.
    await h.publish(first, redemptionRequested.subject, `${first.id}-again`);
    await h.publish(asked(randomUUID()), redemptionRequested.subject);

    const gm = as('gm-1', 'gm');
    const request = await h.onlyRequest('{ status: [PENDING], requiredAuthority: [GM] }', gm);
    expect(request).toMatchObject({
      type: 'POINTS_REDEMPTION',
      amount: '6000.00',
      currency: 'CNY',
      requiredAuthority: 'GM',
      requestedBy: 'sales-7',
      expedited: false,
      reference: { service: 'loyalty', aggregate: 'redemption', id: redemptionId },
      status: 'PENDING',
      overdue: false,
    });
    // Only the submitted event of the one request: the repeats opened nothing.
    await new Promise((r) => setTimeout(r, 300));
    expect(
      h.tap.events.filter(
        (e) => e.type === 'care.approvals.request.submitted.v1' && e.subject === request.id,
      ),
    ).toHaveLength(1);

    const supervisor = await h.decideAs(as('sup-1', 'loyalty_supervisor'), {
      id: request.id,
      decision: 'APPROVE',
    });
    expect(errorCodes(supervisor)).toEqual(['FORBIDDEN']);
    expect(await h.row(request.id)).toMatchObject({ status: 'PENDING', version: 1 });

    const approved = await h.decided(gm, { id: request.id, decision: 'APPROVE', expectedVersion: 1 });
    expect(approved).toMatchObject({ status: 'APPROVED', decidedBy: 'gm-1', version: 2 });

    const decided = await eventAbout(h.tap, 'care.approvals.request.decided.v1', request.id);
    expect(decided).toMatchObject({
      actor: { kind: 'user', id: 'gm-1' },
      data: {
        requestId: request.id,
        type: 'POINTS_REDEMPTION',
        outcome: 'APPROVED',
        reference: { service: 'loyalty', aggregate: 'redemption', id: redemptionId },
        amount: '6000.00',
        currency: 'CNY',
        reason: null,
      },
    });
  });

  it('[DOMAIN 3.1] routes a redemption worth less than 5,000 CNY to the loyalty supervisor', async () => {
    const redemptionId = randomUUID();
    await h.ask(
      redemptionRequested,
      redemptionId,
      {
        redemptionId,
        customerId: randomUUID(),
        points: 499_999,
        value: '4999.99',
        currency: 'CNY',
        requiredAuthority: 'LOYALTY_SUPERVISOR',
        requestedAt: new Date().toISOString(),
      },
      { actor: { kind: 'user', id: 'sales-8' }, correlationId: 'corr-small' },
    );
    const supervisor = as('sup-2', 'loyalty_supervisor');
    const request = await h.requestFor(
      redemptionId,
      supervisor,
      '{ requiredAuthority: [LOYALTY_SUPERVISOR] }',
    );
    const approved = await h.decided(supervisor, { id: request.id, decision: 'APPROVE' });
    expect(approved).toMatchObject({
      status: 'APPROVED',
      decidedBy: 'sup-2',
      requiredAuthority: 'LOYALTY_SUPERVISOR',
    });
  });
});

describe('what loyalty and complaints ask for', () => {
  it("[DOMAIN 3.6] opens an urgent complaint's compensation as expedited: carried out already, approved afterwards", async () => {
    const solutionId = await h.askEmergencyCompensation('170.00', 'cs-3', 'corr-comp');
    const head = as('head-3', 'department_head');
    const request = await h.requestFor(solutionId, head);
    expect(request).toMatchObject({
      type: 'COMPENSATION',
      amount: '170.00',
      expedited: true,
      status: 'PENDING',
      requiredAuthority: 'DEPARTMENT_HEAD',
      requestedBy: 'cs-3',
      reference: { service: 'complaints', aggregate: 'solution', id: solutionId },
    });
    const approved = await h.decided(head, { id: request.id, decision: 'APPROVE' });
    expect(approved).toMatchObject({ status: 'APPROVED', expedited: true });
  });

  it('[DOMAIN 2.4] gives the review of a campaign 1 working day: submitted on a Friday, due on Monday', async () => {
    const campaignId = randomUUID();
    await h.ask(
      campaignSubmitted,
      campaignId,
      {
        ...campaignSubmitted.example,
        campaignId,
        budget: '80000.00',
        reference: { service: 'loyalty', aggregate: 'campaign', id: campaignId },
      },
      { actor: { kind: 'user', id: 'sales-4' }, correlationId: 'corr-campaign' },
    );
    const request = await h.requestFor(campaignId, as('vp-1', 'vp'));
    expect(request).toMatchObject({
      type: 'CAMPAIGN',
      amount: '80000.00',
      requiredAuthority: 'VP',
      dueAt: '2026-03-09T02:00:00.000Z',
      overdue: false,
    });
  });

  it('[DOMAIN 3.3] shows a request still pending after its due date as overdue', async () => {
    const request = await h.submitted('950');
    expect(request.overdue).toBe(false);
    h.clock.set('2026-03-11T02:00:01Z'); // past Tuesday 10:00, two working days after Friday
    try {
      const read = (
        await h.ok<{ approvalRequest: Request }>(
          `query($id: ID!) { approvalRequest(id: $id) { status overdue } }`,
          { id: request.id },
          as('head-4', 'department_head'),
        )
      ).approvalRequest;
      expect(read).toEqual({ status: 'PENDING', overdue: true });
    } finally {
      h.clock.set(FRIDAY_10H);
    }
  });
});

import { randomUUID } from 'node:crypto';
import { dataOf, errorCodes, expectEventually, type TestActor } from '@care/testing';
import { as, FRIDAY_10H, REQUEST_FIELDS, approvalsForFile, type Request } from './harness';

const h = approvalsForFile('approvals_decisions', FRIDAY_10H);

describe('deciding', () => {
  it('refuses a second decision, a rejection without a reason, an unknown request, your own request and a stale version, changing nothing', async () => {
    const head = as('head-1', 'department_head');
    const request = await h.submitted('800');
    expect(errorCodes(await h.decideAs(head, { id: request.id, decision: 'REJECT', reason: ' ' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await h.decideAs(head, { id: randomUUID(), decision: 'APPROVE' }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      errorCodes(await h.decideAs(head, { id: request.id, decision: 'APPROVE', expectedVersion: 7 })),
    ).toEqual(['CONFLICT']);
    const own = await h.submitted('500', 'head-1');
    expect(errorCodes(await h.decideAs(head, { id: own.id, decision: 'APPROVE' }))).toEqual(['FORBIDDEN']);
    expect(await h.row(request.id)).toMatchObject({ status: 'PENDING', version: 1, decided_by: null });

    const rejected = await h.decided(head, { id: request.id, decision: 'REJECT', reason: 'No budget left' });
    expect(rejected).toMatchObject({ status: 'REJECTED', decisionReason: 'No budget left', version: 2 });
    expect(errorCodes(await h.decideAs(head, { id: request.id, decision: 'APPROVE' }))).toEqual([
      'INVALID_TRANSITION',
    ]);
    expect(await h.row(request.id)).toMatchObject({
      status: 'REJECTED',
      version: 2,
      decided_by: 'head-1',
    });
  });

  it('[DOMAIN 3.7] a decision after the time limit needs a written explanation, and internal control checks it was necessary', async () => {
    const request = await h.submitted('2400', 'staff-7');
    const head = as('head-7', 'department_head');
    const control = as('ic-7', 'internal_control');
    const review = (who: TestActor, input: Record<string, unknown>) =>
      h.raw<{ reviewLateApproval: Request }>(
        `mutation($input: ReviewLateApprovalInput!) { reviewLateApproval(input: $input) { ${REQUEST_FIELDS} } }`,
        { input },
        who,
      );
    h.clock.set('2026-03-10T02:00:01Z'); // a second past Tuesday 10:00, its due time
    try {
      const unexplained = await h.decideAs(head, { id: request.id, decision: 'APPROVE' });
      expect(errorCodes(unexplained)).toEqual(['BAD_USER_INPUT']);
      expect(unexplained.errors?.[0]?.extensions).toMatchObject({ field: 'overdueExplanation' });
      expect(await h.row(request.id)).toMatchObject({ status: 'PENDING', version: 1 });

      const approved = await h.decided(head, {
        id: request.id,
        decision: 'APPROVE',
        overdueExplanation: 'The supplier quote arrived on Tuesday',
      });
      expect(approved).toMatchObject({
        status: 'APPROVED',
        decidedLate: true,
        overdueExplanation: 'The supplier quote arrived on Tuesday',
        lateReview: null,
      });

      const queue = dataOf(
        await h.raw<{ approvalRequests: { edges: { node: { id: string } }[] } }>(
          `{ approvalRequests(filter: { needsLateReview: true }, first: 100) { edges { node { id } } } }`,
          {},
          control,
        ),
      ).approvalRequests.edges.map((e) => e.node.id);
      expect(queue).toEqual([request.id]);

      expect(errorCodes(await review(head, { id: request.id, necessary: true, note: 'Fine' }))).toEqual([
        'FORBIDDEN',
      ]);
      const reviewed = dataOf(
        await review(control, { id: request.id, necessary: true, note: 'The quote was needed to decide' }),
      ).reviewLateApproval;
      expect(reviewed.lateReview).toEqual({
        necessary: true,
        note: 'The quote was needed to decide',
        reviewedBy: 'ic-7',
        reviewedAt: '2026-03-10T02:00:01.000Z',
      });
      expect(errorCodes(await review(control, { id: request.id, necessary: false, note: 'Again' }))).toEqual([
        'INVALID_TRANSITION',
      ]);
      // Reviewing is not deciding: the one decided event stands.
      const events = await h.decidedEvents(request.id);
      expect(events).toEqual([{ n: 1 }]);
    } finally {
      h.clock.set(FRIDAY_10H);
    }
  });

  it('[DOMAIN 3.5] the GM records a written delegation of at most 30 days; the delegate decides within it only, and not once it is handed back', async () => {
    const gm = as('gm-5', 'gm');
    const delegate = as('deleg-5', 'department_staff');
    const RECORD = `mutation($input: RecordDelegationInput!) { recordDelegation(input: $input) { id delegator delegate authority endsAt signedBy endedAt } }`;
    const delegation = (days: number) => ({
      delegator: 'vp-5',
      delegate: 'deleg-5',
      authority: 'VP',
      businessTypes: ['EXPENSE'],
      maxAmount: '100000',
      startsAt: FRIDAY_10H.toISOString(),
      endsAt: new Date(FRIDAY_10H.getTime() + days * 24 * 3600 * 1000).toISOString(),
      documentReference: 'DEL-2026-03-VP-5',
    });
    expect(errorCodes(await h.raw(RECORD, { input: delegation(14) }, delegate))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await h.raw(RECORD, { input: delegation(31) }, gm))).toEqual(['LIMIT_EXCEEDED']);
    const recorded = dataOf(
      await h.raw<{ recordDelegation: { id: string } & Record<string, unknown> }>(
        RECORD,
        { input: delegation(14) },
        gm,
      ),
    ).recordDelegation;
    expect(recorded).toMatchObject({
      delegator: 'vp-5',
      delegate: 'deleg-5',
      authority: 'VP',
      signedBy: 'gm-5',
      endedAt: null,
    });

    const vpMatter = await h.submitted('50000', 'staff-5');
    await h.approveSteps(vpMatter.id, 'VP');
    const approved = await h.decided(delegate, { id: vpMatter.id, decision: 'APPROVE' });
    expect(approved).toMatchObject({
      status: 'APPROVED',
      decidedBy: 'deleg-5',
      decidedUnderDelegation: recorded.id,
    });
    const meetingMatter = await h.submitted('150000', 'staff-5');
    await h.approveSteps(meetingMatter.id, 'GM_OFFICE_MEETING');
    expect(errorCodes(await h.decideAs(delegate, { id: meetingMatter.id, decision: 'APPROVE' }))).toEqual([
      'FORBIDDEN',
    ]);

    const inForce = `query($at: DateTime) { delegations(activeAt: $at) { id } }`;
    expect(
      dataOf(
        await h.raw<{ delegations: { id: string }[] }>(inForce, { at: FRIDAY_10H.toISOString() }, gm),
      ).delegations.map((d) => d.id),
    ).toContain(recorded.id);
    const ended = dataOf(
      await h.raw<{ endDelegation: { endedAt: string | null } }>(
        `mutation($id: ID!) { endDelegation(id: $id) { endedAt } }`,
        { id: recorded.id },
        delegate,
      ),
    ).endDelegation;
    expect(ended.endedAt).toBe(FRIDAY_10H.toISOString());
    const afterwards = await h.submitted('60000', 'staff-5');
    expect(errorCodes(await h.decideAs(delegate, { id: afterwards.id, decision: 'APPROVE' }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(await h.row(afterwards.id)).toMatchObject({ status: 'PENDING', version: 1 });
  });

  it('[DOMAIN 3.5] a delegation names its business types and amount within the authority; no overlap for the same delegator and scope, no chains', async () => {
    const gm = as('gm-6', 'gm');
    const RECORD = `mutation($input: RecordDelegationInput!) { recordDelegation(input: $input) { id authority department businessTypes maxAmount } }`;
    const record = (input: Record<string, unknown>) =>
      h.raw<{ recordDelegation: { id: string } & Record<string, unknown> }>(
        RECORD,
        {
          input: {
            delegator: 'head-log-6',
            delegate: 'deputy-6',
            authority: 'DEPARTMENT_HEAD',
            department: 'LOGISTICS',
            businessTypes: ['EXPENSE', 'PURCHASE'],
            maxAmount: '8000',
            startsAt: FRIDAY_10H.toISOString(),
            endsAt: new Date(FRIDAY_10H.getTime() + 10 * 24 * 3600 * 1000).toISOString(),
            documentReference: 'DEL-2026-03-LOG-6',
            ...input,
          },
        },
        gm,
      );
    expect(errorCodes(await record({ businessTypes: [] }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await record({ department: null }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await record({ authority: 'LOYALTY_SUPERVISOR', department: null }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      errorCodes(
        await record({
          authority: 'LOYALTY_SUPERVISOR',
          department: null,
          businessTypes: ['POINTS_REDEMPTION'],
          maxAmount: '5000',
        }),
      ),
    ).toEqual(['LIMIT_EXCEEDED']);
    const recorded = dataOf(await record({})).recordDelegation;
    expect(recorded).toMatchObject({
      authority: 'DEPARTMENT_HEAD',
      department: 'LOGISTICS',
      businessTypes: ['EXPENSE', 'PURCHASE'],
      maxAmount: '8000.00',
    });
    const overlap = await record({ delegate: 'deputy-7', businessTypes: ['PURCHASE', 'DISCOUNT'] });
    expect(overlap.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', delegationId: recorded.id });
    expect(errorCodes(await record({ delegator: 'deputy-6', delegate: 'staff-8' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await record({ delegator: 'head-log-9', delegate: 'head-log-6' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    // Another business type of the same delegator is another scope.
    expect(
      dataOf(await record({ delegate: 'deputy-7', businessTypes: ['DISCOUNT'] })).recordDelegation,
    ).toMatchObject({
      businessTypes: ['DISCOUNT'],
    });
  });

  it('[DOMAIN 3.8] finance pays an approved request for its order only and never more than approved, even with two payments at once', async () => {
    const buyer = as('buyer-8', 'department_staff');
    const finance = as('fin-8', 'finance');
    const { submitApprovalRequest: request } = dataOf(
      await h.raw<{ submitApprovalRequest: Request }>(
        `mutation { submitApprovalRequest(input: { type: PURCHASE, title: "Reactive dye", amount: "25000", orderNumber: "PO-2026-0310" }) { id } }`,
        {},
        buyer,
      ),
    );
    const PAY = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id amount orderNumber paidBy } }`;
    const pay = (input: Record<string, unknown>, who = finance) =>
      h.raw<{ recordPayment: Record<string, unknown> }>(
        PAY,
        { input: { requestId: request.id, ...input } },
        who,
      );

    expect(errorCodes(await pay({ orderNumber: 'PO-2026-0310', amount: '100' }))).toEqual([
      'INVALID_TRANSITION',
    ]);
    // Department head, finance and the GM (the CEO) approve the purchase, one after the other.
    await h.approveSteps(request.id);
    expect(errorCodes(await pay({ orderNumber: 'PO-2026-0310', amount: '100' }, buyer))).toEqual([
      'FORBIDDEN',
    ]);
    const wrongOrder = await pay({ orderNumber: 'PO-2026-0999', amount: '100' });
    expect(wrongOrder.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      approvedOrder: 'PO-2026-0310',
    });

    expect(dataOf(await pay({ orderNumber: 'PO-2026-0310', amount: '15000' })).recordPayment).toMatchObject({
      amount: '15000.00',
      paidBy: 'fin-8',
    });
    // Two payments of 6,000 at once against the 10,000 left: one goes through, the other would overpay.
    const racing = await Promise.all([
      pay({ orderNumber: 'PO-2026-0310', amount: '6000' }),
      pay({ orderNumber: 'PO-2026-0310', amount: '6000' }),
    ]);
    expect(racing.map((r) => (r.errors?.length ? errorCodes(r)[0] : 'PAID')).sort()).toEqual([
      'LIMIT_EXCEEDED',
      'PAID',
    ]);
    const refused = racing.find((r) => r.errors?.length)!;
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      approved: '25000.00',
      alreadyPaid: '21000.00',
      remaining: '4000.00',
    });

    const read = dataOf(
      await h.raw<{ approvalRequest: { paidAmount: string; payments: { amount: string }[] } }>(
        `query($id: ID!) { approvalRequest(id: $id) { paidAmount payments { amount } } }`,
        { id: request.id },
        finance,
      ),
    ).approvalRequest;
    expect(read).toEqual({
      paidAmount: '21000.00',
      payments: [{ amount: '15000.00' }, { amount: '6000.00' }],
    });
  });

  it('lets exactly one of two approvers deciding at once win; the other is told', async () => {
    const request = await h.submitted('1200');
    const [a, b] = await Promise.all([
      h.decideAs(as('head-a', 'department_head'), { id: request.id, decision: 'APPROVE' }),
      h.decideAs(as('head-b', 'department_head'), {
        id: request.id,
        decision: 'REJECT',
        reason: 'Too late',
      }),
    ]);
    const outcomes = [a, b].map((r) => (r.errors?.length ? errorCodes(r)[0] : 'WON'));
    expect(outcomes.filter((o) => o === 'WON')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'WON')).toEqual([
      expect.stringMatching(/^(CONFLICT|INVALID_TRANSITION)$/),
    ]);
    const events = await h.decidedEvents(request.id);
    expect(events).toEqual([{ n: 1 }]);
  });

  it('lets the person who asked withdraw a pending request, and nobody else', async () => {
    const request = await h.submitted('300', 'staff-9');
    const other = await h.raw(
      `mutation($id: ID!) { withdrawApprovalRequest(input: { id: $id }) { status } }`,
      { id: request.id },
      as('staff-10', 'department_staff'),
    );
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    const withdrawn = dataOf(
      await h.raw<{ withdrawApprovalRequest: Request }>(
        `mutation($id: ID!) { withdrawApprovalRequest(input: { id: $id, reason: "Ordered elsewhere" }) { ${REQUEST_FIELDS} } }`,
        { id: request.id },
        as('staff-9', 'department_staff'),
      ),
    ).withdrawApprovalRequest;
    expect(withdrawn).toMatchObject({
      status: 'WITHDRAWN',
      decidedBy: 'staff-9',
      decisionReason: 'Ordered elsewhere',
    });
    await expectEventually(() =>
      expect(
        h.tap.events.find((e) => e.type === 'care.approvals.request.decided.v1' && e.subject === request.id)
          ?.data,
      ).toMatchObject({ outcome: 'WITHDRAWN', reason: 'Ordered elsewhere', reference: null }),
    );
  });
});

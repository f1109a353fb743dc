import { randomUUID } from 'node:crypto';
import {
  campaignSubmitted,
  complaintCompensationRequested,
  createEvent,
  redemptionRequested,
  type Envelope,
} from '@care/contracts';
import { createLogger, parseConfig, type SubgraphHandle } from '@care/service-kit';
import {
  connectTestNats,
  createTestSchema,
  dataOf,
  errorCodes,
  expectEventually,
  gql,
  tapStream,
  testServiceEnv,
  testToken,
  type EventTap,
  type TestSchema,
} from '@care/testing';
import { jetstream } from '@nats-io/jetstream';
import { startService } from '../src/app';
import { configSchema } from '../src/config';

let db: TestSchema;
let service: SubgraphHandle;
let tap: EventTap;
const token = (sub: string, ...roles: string[]) => testToken({ sub, roles });
/** Friday 6 March 2026, 10:00 in Shanghai: a plain working week on the calendar. */
const FRIDAY_10H = new Date('2026-03-06T02:00:00Z');
let now = FRIDAY_10H;

beforeAll(async () => {
  db = await createTestSchema('approvals_decisions');
  service = await startService(
    parseConfig(configSchema, testServiceEnv(db)),
    createLogger('approvals-test', 'silent'),
    { clock: { now: () => now } },
  );
  tap = await tapStream(db.namespace, 'CARE_APPROVALS');
});

afterAll(async () => {
  await tap?.stop();
  await service?.close();
  await db?.drop();
});

const REQUEST_FIELDS = `id type amount currency status requiredAuthority requestedBy expedited
  reference { service aggregate id } decidedBy decidedAt decisionReason overdue version
  decidedLate overdueExplanation lateReview { necessary note reviewedBy reviewedAt } decidedUnderDelegation`;

interface Request {
  id: string;
  status: string;
  version: number;
  [field: string]: unknown;
}

const DECIDE = `mutation($input: DecideApprovalRequestInput!) { decideApprovalRequest(input: $input) { ${REQUEST_FIELDS} } }`;
const decideAs = (who: string, input: Record<string, unknown>) =>
  gql<{ decideApprovalRequest: Request }>(service.app, DECIDE, { input }, { token: who });

async function submitted(amount: string, by = 'staff-1'): Promise<Request> {
  return dataOf(
    await gql<{ submitApprovalRequest: Request }>(
      service.app,
      `mutation($input: SubmitApprovalRequestInput!) { submitApprovalRequest(input: $input) { ${REQUEST_FIELDS} } }`,
      { input: { type: 'EXPENSE', title: 'Sample shipment', amount } },
      { token: await token(by, 'department_staff') },
    ),
  ).submitApprovalRequest;
}

async function publish(event: Envelope, subject: string) {
  const nc = await connectTestNats();
  try {
    await jetstream(nc).publish(`${db.namespace}.${subject}`, JSON.stringify(event), { msgID: event.id });
  } finally {
    await nc.close();
  }
}

/** The request opened for what another service asked, once it is there. */
async function requestFor(referenceId: string, as: string): Promise<Request> {
  return expectEventually(async () => {
    const found = dataOf(
      await gql<{ approvalRequests: { edges: { node: Request }[] } }>(
        service.app,
        `{ approvalRequests(first: 100) { edges { node { ${REQUEST_FIELDS} dueAt } } } }`,
        {},
        { token: as },
      ),
    ).approvalRequests.edges.map((e) => e.node);
    const ours = found.find((r) => (r.reference as { id: string } | null)?.id === referenceId);
    expect(ours).toBeDefined();
    return ours!;
  });
}

async function row(id: string) {
  const [found] = await db.query(
    `SELECT status, version, decided_by FROM "${db.schema}".approval_request WHERE id = $1`,
    [id],
  );
  return found;
}

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
    await publish(first, redemptionRequested.subject);
    // A repeat of the same event under another message id, and the same redemption asked again.
    const nc = await connectTestNats();
    try {
      await jetstream(nc).publish(`${db.namespace}.${redemptionRequested.subject}`, JSON.stringify(first), {
        msgID: `${first.id}-again`,
      });
    } finally {
      await nc.close();
    }
    await publish(asked(randomUUID()), redemptionRequested.subject);

    const gm = await token('gm-1', 'gm');
    const queue = `{ approvalRequests(filter: { status: [PENDING], requiredAuthority: [GM] }) { totalCount edges { node { ${REQUEST_FIELDS} } } } }`;
    const request = await expectEventually(async () => {
      const found = dataOf(
        await gql<{ approvalRequests: { totalCount: number; edges: { node: Request }[] } }>(
          service.app,
          queue,
          {},
          { token: gm },
        ),
      ).approvalRequests;
      expect(found.totalCount).toBe(1);
      return found.edges[0]!.node;
    });
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
      tap.events.filter((e) => e.type === 'care.approvals.request.submitted.v1' && e.subject === request.id),
    ).toHaveLength(1);

    const supervisor = await decideAs(await token('sup-1', 'loyalty_supervisor'), {
      id: request.id,
      decision: 'APPROVE',
    });
    expect(errorCodes(supervisor)).toEqual(['FORBIDDEN']);
    expect(await row(request.id)).toMatchObject({ status: 'PENDING', version: 1 });

    const approved = dataOf(
      await decideAs(gm, { id: request.id, decision: 'APPROVE', expectedVersion: 1 }),
    ).decideApprovalRequest;
    expect(approved).toMatchObject({ status: 'APPROVED', decidedBy: 'gm-1', version: 2 });

    const decided = await expectEventually(() => {
      const found = tap.events.find(
        (e) => e.type === 'care.approvals.request.decided.v1' && e.subject === request.id,
      );
      expect(found).toBeDefined();
      return found!;
    });
    expect(decided).toMatchObject({
      actor: { kind: 'user', id: 'gm-1' },
      data: {
        requestId: request.id,
        type: 'POINTS_REDEMPTION',
        outcome: 'APPROVED',
        reference: { service: 'loyalty', aggregate: 'redemption', id: redemptionId },
        amount: '6000',
        currency: 'CNY',
        reason: null,
      },
    });
  });

  it('[DOMAIN 3.1] routes a redemption worth less than 5,000 CNY to the loyalty supervisor', async () => {
    const redemptionId = randomUUID();
    const event = createEvent(
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
    await publish(event, redemptionRequested.subject);
    const supervisor = await token('sup-2', 'loyalty_supervisor');
    const request = await expectEventually(async () => {
      const found = dataOf(
        await gql<{ approvalRequests: { edges: { node: Request }[] } }>(
          service.app,
          `{ approvalRequests(filter: { requiredAuthority: [LOYALTY_SUPERVISOR] }) { edges { node { ${REQUEST_FIELDS} } } } }`,
          {},
          { token: supervisor },
        ),
      ).approvalRequests.edges.map((e) => e.node);
      const ours = found.find((r) => (r.reference as { id: string }).id === redemptionId);
      expect(ours).toBeDefined();
      return ours!;
    });
    const approved = dataOf(
      await decideAs(supervisor, { id: request.id, decision: 'APPROVE' }),
    ).decideApprovalRequest;
    expect(approved).toMatchObject({
      status: 'APPROVED',
      decidedBy: 'sup-2',
      requiredAuthority: 'LOYALTY_SUPERVISOR',
    });
  });
});

describe('what loyalty and complaints ask for', () => {
  it("[DOMAIN 3.6] opens an urgent complaint's compensation as expedited: carried out already, approved afterwards", async () => {
    const solutionId = randomUUID();
    const complaintId = randomUUID();
    await publish(
      createEvent(
        complaintCompensationRequested,
        complaintId,
        {
          ...complaintCompensationRequested.example,
          complaintId,
          solutionId,
          amount: '170.00',
          emergency: true,
          reference: { service: 'complaints', aggregate: 'solution', id: solutionId },
        },
        { actor: { kind: 'user', id: 'cs-3' }, correlationId: 'corr-comp' },
      ),
      complaintCompensationRequested.subject,
    );
    const head = await token('head-3', 'department_head');
    const request = await requestFor(solutionId, head);
    expect(request).toMatchObject({
      type: 'COMPENSATION',
      amount: '170.00',
      expedited: true,
      status: 'PENDING',
      requiredAuthority: 'DEPARTMENT_HEAD',
      requestedBy: 'cs-3',
      reference: { service: 'complaints', aggregate: 'solution', id: solutionId },
    });
    const approved = dataOf(
      await decideAs(head, { id: request.id, decision: 'APPROVE' }),
    ).decideApprovalRequest;
    expect(approved).toMatchObject({ status: 'APPROVED', expedited: true });
  });

  it('[DOMAIN 2.4] gives the review of a campaign 1 working day: submitted on a Friday, due on Monday', async () => {
    const campaignId = randomUUID();
    await publish(
      createEvent(
        campaignSubmitted,
        campaignId,
        {
          ...campaignSubmitted.example,
          campaignId,
          budget: '80000.00',
          reference: { service: 'loyalty', aggregate: 'campaign', id: campaignId },
        },
        { actor: { kind: 'user', id: 'sales-4' }, correlationId: 'corr-campaign' },
      ),
      campaignSubmitted.subject,
    );
    const request = await requestFor(campaignId, await token('vp-1', 'vp'));
    expect(request).toMatchObject({
      type: 'CAMPAIGN',
      amount: '80000.00',
      requiredAuthority: 'VP',
      dueAt: '2026-03-09T02:00:00.000Z',
      overdue: false,
    });
  });

  it('[DOMAIN 3.3] shows a request still pending after its due date as overdue', async () => {
    const request = await submitted('950');
    expect(request.overdue).toBe(false);
    now = new Date('2026-03-11T02:00:01Z'); // past Tuesday 10:00, two working days after Friday
    try {
      const read = dataOf(
        await gql<{ approvalRequest: Request }>(
          service.app,
          `query($id: ID!) { approvalRequest(id: $id) { status overdue } }`,
          { id: request.id },
          { token: await token('head-4', 'department_head') },
        ),
      ).approvalRequest;
      expect(read).toEqual({ status: 'PENDING', overdue: true });
    } finally {
      now = FRIDAY_10H;
    }
  });
});

describe('deciding', () => {
  it('refuses a second decision, a rejection without a reason, an unknown request, your own request and a stale version, changing nothing', async () => {
    const head = await token('head-1', 'department_head');
    const request = await submitted('800');
    expect(errorCodes(await decideAs(head, { id: request.id, decision: 'REJECT', reason: ' ' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await decideAs(head, { id: randomUUID(), decision: 'APPROVE' }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      errorCodes(await decideAs(head, { id: request.id, decision: 'APPROVE', expectedVersion: 7 })),
    ).toEqual(['CONFLICT']);
    const own = await submitted('500', 'head-1');
    expect(errorCodes(await decideAs(head, { id: own.id, decision: 'APPROVE' }))).toEqual(['FORBIDDEN']);
    expect(await row(request.id)).toMatchObject({ status: 'PENDING', version: 1, decided_by: null });

    const rejected = dataOf(
      await decideAs(head, { id: request.id, decision: 'REJECT', reason: 'No budget left' }),
    ).decideApprovalRequest;
    expect(rejected).toMatchObject({ status: 'REJECTED', decisionReason: 'No budget left', version: 2 });
    expect(errorCodes(await decideAs(head, { id: request.id, decision: 'APPROVE' }))).toEqual([
      'INVALID_TRANSITION',
    ]);
    expect(await row(request.id)).toMatchObject({ status: 'REJECTED', version: 2, decided_by: 'head-1' });
  });

  it('[DOMAIN 3.7] a decision after the time limit needs a written explanation, and internal control checks it was necessary', async () => {
    const request = await submitted('2400', 'staff-7');
    const head = await token('head-7', 'department_head');
    const control = await token('ic-7', 'internal_control');
    const review = (who: string, input: Record<string, unknown>) =>
      gql<{ reviewLateApproval: Request }>(
        service.app,
        `mutation($input: ReviewLateApprovalInput!) { reviewLateApproval(input: $input) { ${REQUEST_FIELDS} } }`,
        { input },
        { token: who },
      );
    now = new Date('2026-03-10T02:00:01Z'); // a second past Tuesday 10:00, its due time
    try {
      const unexplained = await decideAs(head, { id: request.id, decision: 'APPROVE' });
      expect(errorCodes(unexplained)).toEqual(['BAD_USER_INPUT']);
      expect(unexplained.errors?.[0]?.extensions).toMatchObject({ field: 'overdueExplanation' });
      expect(await row(request.id)).toMatchObject({ status: 'PENDING', version: 1 });

      const approved = dataOf(
        await decideAs(head, {
          id: request.id,
          decision: 'APPROVE',
          overdueExplanation: 'The supplier quote arrived on Tuesday',
        }),
      ).decideApprovalRequest;
      expect(approved).toMatchObject({
        status: 'APPROVED',
        decidedLate: true,
        overdueExplanation: 'The supplier quote arrived on Tuesday',
        lateReview: null,
      });

      const queue = dataOf(
        await gql<{ approvalRequests: { edges: { node: { id: string } }[] } }>(
          service.app,
          `{ approvalRequests(filter: { needsLateReview: true }, first: 100) { edges { node { id } } } }`,
          {},
          { token: control },
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
      const events = await db.query(
        `SELECT count(*)::int AS n FROM "${db.schema}".outbox WHERE type = $1 AND payload->'data'->>'requestId' = $2`,
        ['care.approvals.request.decided.v1', request.id],
      );
      expect(events).toEqual([{ n: 1 }]);
    } finally {
      now = FRIDAY_10H;
    }
  });

  it('[DOMAIN 3.5] the GM records a written delegation of at most 30 days; the delegate decides within it only, and not once it is handed back', async () => {
    const gm = await token('gm-5', 'gm');
    const delegate = await token('deleg-5', 'department_staff');
    const RECORD = `mutation($input: RecordDelegationInput!) { recordDelegation(input: $input) { id delegator delegate authority endsAt signedBy endedAt } }`;
    const delegation = (days: number) => ({
      delegator: 'vp-5',
      delegate: 'deleg-5',
      authority: 'VP',
      startsAt: FRIDAY_10H.toISOString(),
      endsAt: new Date(FRIDAY_10H.getTime() + days * 24 * 3600 * 1000).toISOString(),
      documentReference: 'DEL-2026-03-VP-5',
    });
    expect(
      errorCodes(await gql(service.app, RECORD, { input: delegation(14) }, { token: delegate })),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(service.app, RECORD, { input: delegation(31) }, { token: gm }))).toEqual([
      'LIMIT_EXCEEDED',
    ]);
    const recorded = dataOf(
      await gql<{ recordDelegation: { id: string } & Record<string, unknown> }>(
        service.app,
        RECORD,
        { input: delegation(14) },
        { token: gm },
      ),
    ).recordDelegation;
    expect(recorded).toMatchObject({
      delegator: 'vp-5',
      delegate: 'deleg-5',
      authority: 'VP',
      signedBy: 'gm-5',
      endedAt: null,
    });

    const vpMatter = await submitted('50000', 'staff-5');
    const approved = dataOf(
      await decideAs(delegate, { id: vpMatter.id, decision: 'APPROVE' }),
    ).decideApprovalRequest;
    expect(approved).toMatchObject({
      status: 'APPROVED',
      decidedBy: 'deleg-5',
      decidedUnderDelegation: recorded.id,
    });
    const meetingMatter = await submitted('150000', 'staff-5');
    expect(errorCodes(await decideAs(delegate, { id: meetingMatter.id, decision: 'APPROVE' }))).toEqual([
      'FORBIDDEN',
    ]);

    const inForce = `query($at: DateTime) { delegations(activeAt: $at) { id } }`;
    expect(
      dataOf(
        await gql<{ delegations: { id: string }[] }>(
          service.app,
          inForce,
          { at: FRIDAY_10H.toISOString() },
          { token: gm },
        ),
      ).delegations.map((d) => d.id),
    ).toContain(recorded.id);
    const ended = dataOf(
      await gql<{ endDelegation: { endedAt: string | null } }>(
        service.app,
        `mutation($id: ID!) { endDelegation(id: $id) { endedAt } }`,
        { id: recorded.id },
        { token: delegate },
      ),
    ).endDelegation;
    expect(ended.endedAt).toBe(FRIDAY_10H.toISOString());
    const afterwards = await submitted('60000', 'staff-5');
    expect(errorCodes(await decideAs(delegate, { id: afterwards.id, decision: 'APPROVE' }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(await row(afterwards.id)).toMatchObject({ status: 'PENDING', version: 1 });
  });

  it('[DOMAIN 3.8] finance pays an approved request for its order only and never more than approved, even with two payments at once', async () => {
    const buyer = await token('buyer-8', 'department_staff');
    const finance = await token('fin-8', 'finance');
    const { submitApprovalRequest: request } = dataOf(
      await gql<{ submitApprovalRequest: Request }>(
        service.app,
        `mutation { submitApprovalRequest(input: { type: PURCHASE, title: "Reactive dye", amount: "25000", orderNumber: "PO-2026-0310" }) { id } }`,
        {},
        { token: buyer },
      ),
    );
    const PAY = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id amount orderNumber paidBy } }`;
    const pay = (input: Record<string, unknown>, as = finance) =>
      gql<{ recordPayment: Record<string, unknown> }>(
        service.app,
        PAY,
        { input: { requestId: request.id, ...input } },
        { token: as },
      );

    expect(errorCodes(await pay({ orderNumber: 'PO-2026-0310', amount: '100' }))).toEqual([
      'INVALID_TRANSITION',
    ]);
    await decideAs(await token('vp-8', 'vp'), { id: request.id, decision: 'APPROVE' });
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
      approved: '25000',
      alreadyPaid: '21000',
      remaining: '4000',
    });

    const read = dataOf(
      await gql<{ approvalRequest: { paidAmount: string; payments: { amount: string }[] } }>(
        service.app,
        `query($id: ID!) { approvalRequest(id: $id) { paidAmount payments { amount } } }`,
        { id: request.id },
        { token: finance },
      ),
    ).approvalRequest;
    expect(read).toEqual({
      paidAmount: '21000.00',
      payments: [{ amount: '15000.00' }, { amount: '6000.00' }],
    });
  });

  it('lets exactly one of two approvers deciding at once win; the other is told', async () => {
    const request = await submitted('1200');
    const [a, b] = await Promise.all([
      decideAs(await token('head-a', 'department_head'), { id: request.id, decision: 'APPROVE' }),
      decideAs(await token('head-b', 'department_head'), {
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
    const events = await db.query(
      `SELECT count(*)::int AS n FROM "${db.schema}".outbox WHERE type = $1 AND payload->'data'->>'requestId' = $2`,
      ['care.approvals.request.decided.v1', request.id],
    );
    expect(events).toEqual([{ n: 1 }]);
  });

  it('lets the person who asked withdraw a pending request, and nobody else', async () => {
    const request = await submitted('300', 'staff-9');
    const other = await gql(
      service.app,
      `mutation($id: ID!) { withdrawApprovalRequest(input: { id: $id }) { status } }`,
      { id: request.id },
      { token: await token('staff-10', 'department_staff') },
    );
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    const withdrawn = dataOf(
      await gql<{ withdrawApprovalRequest: Request }>(
        service.app,
        `mutation($id: ID!) { withdrawApprovalRequest(input: { id: $id, reason: "Ordered elsewhere" }) { ${REQUEST_FIELDS} } }`,
        { id: request.id },
        { token: await token('staff-9', 'department_staff') },
      ),
    ).withdrawApprovalRequest;
    expect(withdrawn).toMatchObject({
      status: 'WITHDRAWN',
      decidedBy: 'staff-9',
      decisionReason: 'Ordered elsewhere',
    });
    await expectEventually(() =>
      expect(
        tap.events.find((e) => e.type === 'care.approvals.request.decided.v1' && e.subject === request.id)
          ?.data,
      ).toMatchObject({ outcome: 'WITHDRAWN', reason: 'Ordered elsewhere', reference: null }),
    );
  });
});

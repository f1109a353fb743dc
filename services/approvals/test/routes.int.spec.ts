import { dataOf, errorCodes, eventAbout, eventSeen, type TestActor } from '@care/testing';
import {
  as,
  FRIDAY_10H,
  REQUEST_FIELDS,
  STEP_FIELDS,
  approvalsForFile,
  type Request,
  type Step,
} from './harness';

const h = approvalsForFile('approvals_routes', FRIDAY_10H);

const applicant: TestActor = { sub: 'staff-sales-1', roles: ['department_staff'], department: 'SALES' };
const head: TestActor = { sub: 'head-sales', roles: ['department_head'], department: 'SALES' };
const control = as('ic-1', 'internal_control');
const finance = as('fin-1', 'finance');
const vp = as('vp-1', 'vp');
const expense = (amount: string, who = applicant) =>
  h.submitAs(who, { type: 'EXPENSE', title: 'Trade fair stand', amount });

const RESUBMIT = `mutation($input: ResubmitApprovalRequestInput!) { resubmitApprovalRequest(input: $input) { ${REQUEST_FIELDS} title currentStep { ${STEP_FIELDS} } } }`;
const resubmit = (who: TestActor, input: Record<string, unknown>) =>
  h.raw<{ resubmitApprovalRequest: Request & { currentStep: Step } }>(RESUBMIT, { input }, who);
const firstError = (r: {
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}) => ({
  code: r.errors?.[0]?.extensions?.code,
  message: r.errors?.[0]?.message,
});

describe('the regular route', () => {
  it('[DOMAIN 3.2] a 30,000 CNY expense travels department head -> internal control -> finance -> VP with four different people; a fifth without those roles and the applicant are refused at every step', async () => {
    // The applicant holds every role of the route: still nobody decides their own request.
    const asker: TestActor = {
      sub: 'staff-sales-2',
      roles: ['department_head', 'internal_control', 'finance', 'vp'],
      department: 'SALES',
    };
    const fifth: TestActor = { sub: 'sales-5', roles: ['sales', 'department_staff'], department: 'SALES' };
    const request = await expense('30000', asker);
    expect(request).toMatchObject({ status: 'PENDING', requiredAuthority: 'VP', policyVersion: 1 });
    expect(request.steps.map((s) => [s.position, s.authority, s.department, s.decision])).toEqual([
      [1, 'DEPARTMENT_HEAD', 'SALES', null],
      [2, 'INTERNAL_CONTROL', null, null],
      [3, 'FINANCE', null, null],
      [4, 'VP', null, null],
    ]);

    const deciders = [head, control, finance, vp];
    for (const [i, decider] of deciders.entries()) {
      const position = i + 1;
      expect(firstError(await h.decideAs(asker, { id: request.id, decision: 'APPROVE' }))).toEqual({
        code: 'FORBIDDEN',
        message: 'nobody decides a request of their own',
      });
      expect(errorCodes(await h.decideAs(fifth, { id: request.id, decision: 'APPROVE' }))).toEqual([
        'FORBIDDEN',
      ]);
      const decided = await h.decided(decider, { id: request.id, decision: 'APPROVE', step: position });
      expect(decided.status).toBe(position === 4 ? 'APPROVED' : 'PENDING');
    }
    // A head of another department is not the applicant's department head.
    const other = await expense('30000', asker);
    expect(
      firstError(
        await h.decideAs(
          { sub: 'head-mkt', roles: ['department_head'], department: 'MARKETING' },
          { id: other.id, decision: 'APPROVE' },
        ),
      ),
    ).toEqual({
      code: 'FORBIDDEN',
      message: 'only the head of SALES or a higher authority may decide this step',
    });

    const read = await h.read(request.id);
    expect(read).toMatchObject({ status: 'APPROVED', decidedBy: 'vp-1', currentStep: null });
    expect(read.steps.map((s) => [s.authority, s.role, s.decision, s.decidedBy])).toEqual([
      ['DEPARTMENT_HEAD', 'department_head', 'APPROVE', 'head-sales'],
      ['INTERNAL_CONTROL', 'internal_control', 'APPROVE', 'ic-1'],
      ['FINANCE', 'finance', 'APPROVE', 'fin-1'],
      ['VP', 'vp', 'APPROVE', 'vp-1'],
    ]);
    expect(await h.eventsOf('care.approvals.step.decided.v1', request.id)).toBe(4);
    expect(await h.decidedEvents(request.id)).toEqual([{ n: 1 }]);
    const last = await eventSeen(
      h.tap,
      (e) => e.type === 'care.approvals.step.decided.v1' && e.subject === request.id && e.data.position === 4,
    );
    expect(last.data).toMatchObject({
      decision: 'APPROVE',
      decidedBy: 'vp-1',
      requestStatus: 'APPROVED',
      nextStep: null,
    });
  });

  it('[DOMAIN 3.2] two approvers deciding the same step at once: exactly one decision counts, the other gets CONFLICT', async () => {
    for (let round = 0; round < 3; round++) {
      const request = await expense('30000');
      await h.decided(head, { id: request.id, decision: 'APPROVE' });
      const [a, b] = await Promise.all([
        h.decideAs(as('ic-a', 'internal_control'), { id: request.id, decision: 'APPROVE', step: 2 }),
        h.decideAs(as('ic-b', 'internal_control'), {
          id: request.id,
          decision: 'RETURN_FOR_CHANGES',
          reason: 'Attach the quote',
          step: 2,
        }),
      ]);
      const outcomes = [a, b].map((r) => (r.errors?.length ? errorCodes(r)[0] : 'COUNTED'));
      expect(outcomes.sort()).toEqual(['CONFLICT', 'COUNTED']);
      const winner = a.errors?.length ? 'ic-b' : 'ic-a';
      const read = await h.read(request.id);
      expect(read.steps.filter((s) => s.position === 2).map((s) => s.decidedBy)).toEqual([winner]);
      expect(read.version).toBe(3);
      expect(await h.eventsOf('care.approvals.step.decided.v1', request.id)).toBe(2);
    }
  });

  it('[DOMAIN 3.2] a step returned for changes goes back to the applicant, who amends and resubmits it; it restarts at that step and is approved', async () => {
    const request = await expense('30000');
    await h.decided(head, { id: request.id, decision: 'APPROVE' });
    expect(
      errorCodes(await h.decideAs(control, { id: request.id, decision: 'RETURN_FOR_CHANGES', reason: ' ' })),
    ).toEqual(['BAD_USER_INPUT']);
    const returned = await h.decided(control, {
      id: request.id,
      decision: 'RETURN_FOR_CHANGES',
      reason: 'Attach the supplier quote and correct the amount',
    });
    expect(returned.status).toBe('RETURNED');
    expect(errorCodes(await h.decideAs(finance, { id: request.id, decision: 'APPROVE' }))).toEqual([
      'INVALID_TRANSITION',
    ]);
    expect(errorCodes(await resubmit(as('staff-other', 'department_staff'), { id: request.id }))).toEqual([
      'FORBIDDEN',
    ]);

    const again = dataOf(
      await resubmit(applicant, {
        id: request.id,
        title: 'Trade fair stand (quote attached)',
        amount: '28000',
        expectedVersion: returned.version,
      }),
    ).resubmitApprovalRequest;
    expect(again).toMatchObject({
      status: 'PENDING',
      amount: '28000.00',
      title: 'Trade fair stand (quote attached)',
      currentStep: { round: 2, position: 2, authority: 'INTERNAL_CONTROL', decision: null },
    });
    await h.decided(control, { id: request.id, decision: 'APPROVE', step: 2 });
    await h.decided(finance, { id: request.id, decision: 'APPROVE', step: 3 });
    expect(await h.decided(vp, { id: request.id, decision: 'APPROVE', step: 4 })).toMatchObject({
      status: 'APPROVED',
      amount: '28000.00',
    });

    const read = await h.read(request.id);
    expect(read.steps.map((s) => [s.round, s.position, s.decision, s.decidedBy, s.superseded])).toEqual([
      [1, 1, 'APPROVE', 'head-sales', false],
      [1, 2, 'RETURN_FOR_CHANGES', 'ic-1', true],
      [2, 2, 'APPROVE', 'ic-1', false],
      [2, 3, 'APPROVE', 'fin-1', false],
      [2, 4, 'APPROVE', 'vp-1', false],
    ]);
    const returnedEvent = await eventAbout(h.tap, 'care.approvals.request.returned.v1', request.id);
    expect(returnedEvent.data).toMatchObject({
      position: 2,
      returnedBy: 'ic-1',
      comment: 'Attach the supplier quote and correct the amount',
    });
    const resubmitted = await eventAbout(h.tap, 'care.approvals.request.resubmitted.v1', request.id);
    expect(resubmitted.data).toMatchObject({ amount: '28000.00', round: 2, rerouted: false });
    expect(await h.decidedEvents(request.id)).toEqual([{ n: 1 }]);
  });

  it('lets the applicant withdraw a request returned to them, and tells who asked', async () => {
    const request = await expense('9000');
    await h.decided(head, { id: request.id, decision: 'RETURN_FOR_CHANGES', reason: 'Which fair?' });
    const withdrawn = dataOf(
      await h.raw<{ withdrawApprovalRequest: Request }>(
        `mutation($id: ID!) { withdrawApprovalRequest(input: { id: $id, reason: "Fair cancelled" }) { status } }`,
        { id: request.id },
        applicant,
      ),
    ).withdrawApprovalRequest;
    expect(withdrawn.status).toBe('WITHDRAWN');
    const event = await eventAbout(h.tap, 'care.approvals.request.withdrawn.v1', request.id);
    expect(event.data).toMatchObject({ withdrawnBy: 'staff-sales-1', reason: 'Fair cancelled' });
  });
});

describe('skip-level decisions', () => {
  it('[DOMAIN 3.4] a VP deciding in place of the department head is refused without a risk assessment; with one it is recorded on the step, visible on the request and emitted', async () => {
    const request = await expense('30000');
    const justification = 'The department head is at the Canton fair; the stand must be booked today';
    // No skip-level decision without both: missing, blank, or omitted from the input.
    const incomplete = [
      [undefined, { field: 'skipLevel.justification' }],
      [{ justification, riskAssessment: '   ' }, { field: 'skipLevel.riskAssessment' }],
      [{ justification }, {}],
    ] as const;
    for (const [skipLevel, refusal] of incomplete) {
      const refused = await h.decideAs(vp, { id: request.id, decision: 'APPROVE', skipLevel });
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', ...refusal });
    }
    expect((await h.read(request.id)).version).toBe(1);

    const riskAssessment = 'Low: the stand is in the approved fair budget; finance still checks the invoice';
    await h.decided(vp, {
      id: request.id,
      decision: 'APPROVE',
      skipLevel: { justification, riskAssessment },
    });
    const read = await h.read(request.id);
    expect(read.steps[0]).toMatchObject({
      authority: 'DEPARTMENT_HEAD',
      decision: 'APPROVE',
      decidedBy: 'vp-1',
      skipLevel: { justification, riskAssessment, authority: 'VP' },
    });
    expect(read.currentStep).toMatchObject({ position: 2, authority: 'INTERNAL_CONTROL' });
    const skipped = await eventAbout(h.tap, 'care.approvals.step.skip_level_used.v1', request.id);
    expect(skipped.data).toMatchObject({
      position: 1,
      authority: 'DEPARTMENT_HEAD',
      decidedWithAuthority: 'VP',
      decidedBy: 'vp-1',
      justification,
      riskAssessment,
    });
    // Internal control is skipped by nobody.
    const gm = await h.decideAs(as('gm-1', 'gm'), {
      id: request.id,
      decision: 'APPROVE',
      skipLevel: { justification, riskAssessment },
    });
    expect(errorCodes(gm)).toEqual(['FORBIDDEN']);
  });
});

describe("customer service's own staff", () => {
  const specialist: TestActor = {
    sub: 'cs-spec-1',
    roles: ['cs_specialist'],
    department: 'CUSTOMER_SERVICE',
  };
  const director: TestActor = { sub: 'cs-dir-1', roles: ['cs_director'], department: 'CUSTOMER_SERVICE' };
  const ROUTE = `query($amount: Decimal!) { approvalRoute(type: EXPENSE, amount: $amount, department: CUSTOMER_SERVICE) { requiredAuthority steps { authority role department } } }`;
  const headStep = { authority: 'DEPARTMENT_HEAD', role: 'cs_director', department: 'CUSTOMER_SERVICE' };
  const regular = [
    headStep,
    { authority: 'INTERNAL_CONTROL', role: 'internal_control', department: null },
    { authority: 'FINANCE', role: 'finance', department: null },
    { authority: 'VP', role: 'vp', department: null },
  ];

  it.each([
    ['9999.99', [headStep]],
    ['10000', [headStep]],
    ['10000.01', regular],
  ])(
    "[DOMAIN 3.1] an expense of %s CNY goes first to customer service's head, its director",
    async (amount, steps) => {
      const { approvalRoute } = await h.ok<{ approvalRoute: { steps: unknown[] } }>(
        ROUTE,
        { amount },
        specialist,
      );
      expect(approvalRoute.steps).toEqual(steps);
    },
  );

  it("[DOMAIN 3.2] the director decides the head's step of a specialist's expense; another department's head does not", async () => {
    const atTheEdge = await expense('10000', specialist);
    expect(atTheEdge.steps.map((s) => [s.authority, s.department, s.role])).toEqual([
      ['DEPARTMENT_HEAD', 'CUSTOMER_SERVICE', 'cs_director'],
    ]);
    expect(errorCodes(await h.decideAs(head, { id: atTheEdge.id, decision: 'APPROVE' }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(await h.decided(director, { id: atTheEdge.id, decision: 'APPROVE' })).toMatchObject({
      status: 'APPROVED',
      decidedBy: 'cs-dir-1',
    });

    const above = await expense('10000.01', specialist);
    const first = await h.decided(director, { id: above.id, decision: 'APPROVE', step: 1 });
    expect(first).toMatchObject({ status: 'PENDING', requiredAuthority: 'VP' });
    expect((await h.read(above.id)).currentStep).toMatchObject({ authority: 'INTERNAL_CONTROL' });
  });
});

import { dataOf, errorCodes, type TestActor } from '@care/testing';
import { OVERDUE_STEPS_JOB, RATIFICATION_JOB } from '../src/app';
import { markOverdueSteps } from '../src/application/mark-overdue-steps';
import { DEFAULT_POLICY_DOCUMENT } from '../src/domain/authority-policy';
import { as, FRIDAY_10H, approvalsForFile, type Request } from './harness';

const h = approvalsForFile('approvals_overdue', FRIDAY_10H);

const applicant: TestActor = { sub: 'staff-sales-1', roles: ['department_staff'], department: 'SALES' };
const head: TestActor = { sub: 'head-sales', roles: ['department_head'], department: 'SALES' };
const vp = as('vp-1', 'vp');
const STEP_OVERDUE = 'care.approvals.step.overdue.v1';
const RATIFICATION_OVERDUE = 'care.approvals.emergency.ratification_overdue.v1';
const SECOND = 1_000;

const QUEUE = `{ myPendingApprovals(first: 100) { edges { node { decidingAs request { id } step { position overdueAt } } } } }`;
const queueOf = async (who: TestActor) =>
  (
    await h.ok<{
      myPendingApprovals: {
        edges: { node: { decidingAs: string; request: { id: string }; step: { position: number } } }[];
      };
    }>(QUEUE, {}, who)
  ).myPendingApprovals.edges.map((e) => e.node);

/** Runs the test at another time, back at Friday 10:00 afterwards. */
async function at<T>(time: Date | string, run: () => Promise<T>): Promise<T> {
  h.clock.set(time);
  try {
    return await run();
  } finally {
    h.clock.set(FRIDAY_10H);
  }
}

const RATIFICATION = `query($id: ID!) { approvalRequest(id: $id) { expedited ratificationDueAt ratificationOverdue ratificationOverdueAt } }`;
const ratificationOf = async (id: string) =>
  (await h.ok<{ approvalRequest: Record<string, unknown> }>(RATIFICATION, { id }, vp)).approvalRequest;

/** An URGENT complaint's compensation, carried out at once: its request opens expedited (DOMAIN 3.6). */
const emergency = async (amount = '170.00'): Promise<Request> =>
  h.requestFor(await h.askEmergencyCompensation(amount), vp);

describe('the overdue-steps job', () => {
  it('[DOMAIN 3.7] marks a step past its due time overdue and announces it once; it then also waits in the next authority’s queue, and deciding it needs a written explanation', async () => {
    const request = await h.submitAs(applicant, { type: 'EXPENSE', title: 'Trade fair', amount: '30000' });
    const due = new Date(request.steps[0]!.dueAt as string);
    const late = new Date(due.getTime() + SECOND);

    // At its due time a step is still on time; a second later it is overdue, and announced once.
    expect(await at(due, () => h.runJob(OVERDUE_STEPS_JOB))).not.toContain(request.id);
    expect(await at(late, () => h.runJob(OVERDUE_STEPS_JOB))).toEqual([request.id]);
    expect(await at(new Date(due.getTime() + 60 * SECOND), () => h.runJob(OVERDUE_STEPS_JOB))).toEqual([]);
    expect(await h.eventData(STEP_OVERDUE, request.id)).toEqual([
      {
        requestId: request.id,
        round: 1,
        position: 1,
        authority: 'DEPARTMENT_HEAD',
        role: 'department_head',
        department: 'SALES',
        type: 'EXPENSE',
        expedited: false,
        dueAt: due.toISOString(),
        overdueAt: late.toISOString(),
        escalatedTo: 'VP',
      },
    ]);
    const read = await h.read(request.id);
    expect(read.currentStep).toMatchObject({ position: 1, overdueAt: late.toISOString() });
    expect(read.steps.filter((s) => s.overdueAt !== null)).toHaveLength(1);

    // The head still has it; the VP above now has it too, to decide in the head's place (DOMAIN 3.4).
    await at(late, async () => {
      expect(await queueOf(head)).toContainEqual(
        expect.objectContaining({ decidingAs: 'HOLDER', request: { id: request.id } }),
      );
      expect(await queueOf(vp)).toContainEqual(
        expect.objectContaining({ decidingAs: 'SKIP_LEVEL', request: { id: request.id } }),
      );
      expect(await queueOf(as('gm-1', 'gm'))).not.toContainEqual(
        expect.objectContaining({ request: { id: request.id } }),
      );
      expect(errorCodes(await h.decideAs(head, { id: request.id, decision: 'APPROVE' }))).toEqual([
        'BAD_USER_INPUT',
      ]);
      const decided = await h.decided(head, {
        id: request.id,
        decision: 'APPROVE',
        overdueExplanation: 'Waited for the fair organiser’s invoice',
      });
      expect(decided).toMatchObject({ status: 'PENDING' });
    });

    // The next step is not overdue before its own due time, and is announced once after it.
    const next = new Date((await h.read(request.id)).currentStep!.dueAt as string);
    expect(next.getTime()).toBeGreaterThan(late.getTime());
    expect(await at(next, () => h.runJob(OVERDUE_STEPS_JOB))).toEqual([]);
    expect(await at(new Date(next.getTime() + SECOND), () => h.runJob(OVERDUE_STEPS_JOB))).toEqual([
      request.id,
    ]);
    expect((await h.eventData(STEP_OVERDUE, request.id)).map((e) => [e.position, e.escalatedTo])).toEqual([
      [1, 'VP'],
      [2, null],
    ]);
  });

  it('[DOMAIN 3.7] announces a step once even when two runs go at once', async () => {
    const request = await h.submitAs(applicant, { type: 'EXPENSE', title: 'Samples', amount: '900' });
    const late = new Date(new Date(request.steps[0]!.dueAt as string).getTime() + SECOND);
    const runs = await at(late, () =>
      Promise.all([markOverdueSteps(h.service.deps), markOverdueSteps(h.service.deps)]),
    );
    expect(runs.flat()).toEqual([request.id]);
    expect(await h.eventsOf(STEP_OVERDUE, request.id)).toBe(1);
  });
});

describe('the emergency ratification job', () => {
  it('[DOMAIN 3.6] an emergency not ratified within 2 working days is marked and announced once', async () => {
    const request = await emergency();
    // Submitted on Friday 10:00: ratified by Tuesday 10:00.
    expect(await ratificationOf(request.id)).toEqual({
      expedited: true,
      ratificationDueAt: '2026-03-10T02:00:00.000Z',
      ratificationOverdue: false,
      ratificationOverdueAt: null,
    });
    expect(await at('2026-03-10T02:00:00Z', () => h.runJob(RATIFICATION_JOB))).toEqual([]);
    expect(await at('2026-03-10T02:00:01Z', () => h.runJob(RATIFICATION_JOB))).toEqual([request.id]);
    expect(await at('2026-03-11T02:00:00Z', () => h.runJob(RATIFICATION_JOB))).toEqual([]);
    expect(await h.eventData(RATIFICATION_OVERDUE, request.id)).toEqual([
      {
        requestId: request.id,
        type: 'COMPENSATION',
        reference: request.reference,
        amount: '170.00',
        currency: 'CNY',
        requestedBy: 'cs-dir-1',
        submittedAt: FRIDAY_10H.toISOString(),
        ratificationDueAt: '2026-03-10T02:00:00.000Z',
        overdueAt: '2026-03-10T02:00:01.000Z',
        status: 'PENDING',
        currentStep: expect.objectContaining({ position: 1, authority: 'DEPARTMENT_HEAD' }),
      },
    ]);
    expect(await at('2026-03-10T03:00:00Z', () => ratificationOf(request.id))).toMatchObject({
      ratificationOverdue: true,
      ratificationOverdueAt: '2026-03-10T02:00:01.000Z',
    });
    // Ratified late, it stays marked: nothing is announced again.
    await at('2026-03-10T03:00:00Z', () =>
      h.decided(head, {
        id: request.id,
        decision: 'APPROVE',
        overdueExplanation: 'The head was at the fair',
      }),
    );
    expect(await at('2026-03-12T02:00:00Z', () => h.runJob(RATIFICATION_JOB))).toEqual([]);
    expect(await h.eventsOf(RATIFICATION_OVERDUE, request.id)).toBe(1);
  });

  it('[DOMAIN 3.6] never marks an emergency ratified or rejected in time, nor a request that is not expedited', async () => {
    const ratified = await emergency('80.00');
    await h.decided(head, { id: ratified.id, decision: 'APPROVE' });
    const rejected = await emergency('90.00');
    await h.decided(head, { id: rejected.id, decision: 'REJECT', reason: 'Not a system fault' });
    const regular = await h.submitAs(applicant, { type: 'EXPENSE', title: 'Samples', amount: '300' });
    expect((await ratificationOf(regular.id)).ratificationDueAt).toBeNull();
    const marked = await at('2026-03-20T02:00:00Z', () => h.runJob(RATIFICATION_JOB));
    for (const r of [ratified, rejected, regular]) {
      expect(marked).not.toContain(r.id);
      expect(await h.eventsOf(RATIFICATION_OVERDUE, r.id)).toBe(0);
    }
  });

  it('[DOMAIN 3.6] the ratification deadline is policy data: 2 working days unless the version in force says otherwise', async () => {
    const read = `{ authorityPolicy { version emergencyRatificationWorkingDays } }`;
    expect((await h.ok<{ authorityPolicy: unknown }>(read, {}, vp)).authorityPolicy).toEqual({
      version: 1,
      emergencyRatificationWorkingDays: 2,
    });
    const published = await h.raw<{ publishAuthorityPolicy: { version: number } }>(
      `mutation($input: PublishAuthorityPolicyInput!) { publishAuthorityPolicy(input: $input) { version emergencyRatificationWorkingDays } }`,
      { input: { rules: DEFAULT_POLICY_DOCUMENT.rules, emergencyRatificationWorkingDays: 1 } },
      as('gm-1', 'gm'),
    );
    expect(dataOf(published).publishAuthorityPolicy).toEqual({
      version: 2,
      emergencyRatificationWorkingDays: 1,
    });
    const request = await emergency('60.00');
    expect((await ratificationOf(request.id)).ratificationDueAt).toBe('2026-03-09T02:00:00.000Z');
  });
});

import { dataOf, errorCodes, type TestActor } from '@care/testing';
import { as, FRIDAY_10H, approvalsForFile, vpDelegation, type Request } from './harness';

const h = approvalsForFile('approvals_queue', FRIDAY_10H);

const salesStaff: TestActor = { sub: 'staff-sales-1', roles: ['department_staff'], department: 'SALES' };
const logisticsStaff: TestActor = {
  sub: 'staff-log-1',
  roles: ['department_staff'],
  department: 'LOGISTICS',
};
const head: TestActor = { sub: 'head-sales', roles: ['department_head'], department: 'SALES' };
const control = as('ic-1', 'internal_control');
const gm = as('gm-1', 'gm');
const HOUR = 3_600_000;

const QUEUE = `query($first: Int, $after: String) { myPendingApprovals(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
  edges { cursor node { decidingAs delegation request { id expedited } step { position authority department } } } } }`;
interface Entry {
  decidingAs: string;
  delegation: string | null;
  request: { id: string; expedited: boolean };
  step: { position: number; authority: string; department: string | null };
}
interface Queue {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Entry }[];
}
const queueAs = (who: TestActor, args: { first?: number; after?: string } = {}) =>
  h.raw<{ myPendingApprovals: Queue }>(QUEUE, args, who);
const queueOf = async (who: TestActor, args: { first?: number; after?: string } = {}) =>
  dataOf(await queueAs(who, args)).myPendingApprovals;
const idsOf = (q: Queue) => q.edges.map((e) => e.node.request.id);

const expense = (who: TestActor, amount: string, type = 'EXPENSE') =>
  h.submitAs(who, { type, title: 'A matter', amount });

/** An URGENT complaint's compensation, carried out at once: expedited, any department head's first step. */
const emergency = async (): Promise<Request> => h.requestFor(await h.askEmergencyCompensation('300.00'), gm);

describe('myPendingApprovals', () => {
  it('refuses a caller who decides nothing by role, and bounds its page', async () => {
    for (const role of ['customer', 'partner', 'analyst', 'service'])
      expect(errorCodes(await queueAs(as(`x-${role}`, role)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await queueAs(head, { first: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await queueAs(head, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await queueAs(head, { after: 'not-a-cursor' }))).toEqual(['BAD_USER_INPUT']);
    // A member of staff with no authority and no delegation has an empty queue.
    expect(await queueOf(salesStaff)).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('[DOMAIN 3.3] shows each approver the steps they may decide now: expedited first, then the oldest due time; never their own request, another department’s, or a second step of one', async () => {
    const small = await expense(salesStaff, '800'); // one step, due Tuesday 10:00
    h.clock.advance(HOUR);
    let large: Request;
    try {
      large = await expense(salesStaff, '30000'); // the head's step due Friday 15:30
    } finally {
      h.clock.set(FRIDAY_10H);
    }
    const elsewhere = await expense(logisticsStaff, '900');
    const own = await expense(head, '700');
    const urgent = await emergency();

    const queue = await queueOf(head);
    expect(idsOf(queue)).toEqual([urgent.id, large.id, small.id]);
    expect(queue.totalCount).toBe(3);
    expect(queue.edges[0]!.node).toEqual({
      decidingAs: 'HOLDER',
      delegation: null,
      request: { id: urgent.id, expedited: true },
      step: { position: 1, authority: 'DEPARTMENT_HEAD', department: null },
    });
    expect(queue.edges[1]!.node.step).toEqual({
      position: 1,
      authority: 'DEPARTMENT_HEAD',
      department: 'SALES',
    });
    expect(idsOf(queue)).not.toContain(elsewhere.id);
    expect(idsOf(queue)).not.toContain(own.id);

    // Page by page, in the same order.
    const first = await queueOf(head, { first: 2 });
    expect(idsOf(first)).toEqual([urgent.id, large.id]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await queueOf(head, { first: 2, after: first.pageInfo.endCursor! });
    expect(idsOf(second)).toEqual([small.id]);
    expect(second).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false, hasPreviousPage: true } });

    // Once the head approves, the step is internal control's; not for one who decided the step before.
    expect(idsOf(await queueOf(control))).not.toContain(large.id);
    const headAndControl: TestActor = {
      sub: 'head-ic',
      roles: ['department_head', 'internal_control'],
      department: 'SALES',
    };
    await h.decided(headAndControl, { id: large.id, decision: 'APPROVE', step: 1 });
    expect(idsOf(await queueOf(control))).toEqual([large.id]);
    expect(idsOf(await queueOf(headAndControl))).not.toContain(large.id);
    expect(idsOf(await queueOf(head))).toEqual([urgent.id, small.id]);
  });

  it('[DOMAIN 3.5] a delegate has the steps of the delegated authority within its scope, decided as by delegation', async () => {
    const deputy: TestActor = { sub: 'deputy-1', roles: ['department_staff'], department: 'SALES' };
    const delegation = await h.delegated(vpDelegation());
    const within = await expense(salesStaff, '50000');
    const above = await expense(salesStaff, '50000.01');
    const otherType = await expense(salesStaff, '20000', 'OTHER');
    for (const r of [within, above, otherType]) await h.approveSteps(r.id, 'VP');

    const queue = await queueOf(deputy);
    expect(queue.edges.map((e) => e.node)).toEqual([
      {
        decidingAs: 'DELEGATE',
        delegation,
        request: { id: within.id, expedited: false },
        step: { position: 4, authority: 'VP', department: null },
      },
    ]);
    expect(errorCodes(await h.decideAs(deputy, { id: above.id, decision: 'APPROVE' }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await h.decideAs(deputy, { id: otherType.id, decision: 'APPROVE' }))).toEqual([
      'FORBIDDEN',
    ]);
    const decided = await h.decided(deputy, { id: within.id, decision: 'APPROVE' });
    expect(decided).toMatchObject({
      status: 'APPROVED',
      decidedBy: 'deputy-1',
      decidedUnderDelegation: delegation,
    });
    expect((await h.read(within.id)).steps.at(-1)).toMatchObject({
      decidedBy: 'deputy-1',
      actingFor: delegation,
    });
    expect(await queueOf(deputy)).toMatchObject({ totalCount: 0 });
  });
});

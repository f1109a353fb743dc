import { codesOf, complaintsHarness, M, type C } from './harness';

// Supervision: statistics and the daily-check lists (DOMAIN 1.11).

const h = complaintsHarness('complaints_stats');

const STATS = `query($g: [ComplaintStatsGroupBy!]!, $f: ComplaintFilter) {
  complaintStats(groupBy: $g, filter: $f) {
    key { category department channel urgency status month quarter handler }
    count resolvedCount breachedCount onTimeRate averageWorkingHoursToResolve averageSatisfaction
  }
}`;

/** A group's key with no dimension set: each grouping sets its own. */
const NO_KEY = {
  category: null,
  department: null,
  channel: null,
  urgency: null,
  status: null,
  month: null,
  quarter: null,
  handler: null,
};

describe('supervision', () => {
  let firstCustomer = '';
  const AUGUST = { receivedFrom: '2025-08-01T00:00:00Z', receivedTo: '2025-09-01T00:00:00Z' };

  beforeAll(async () => {
    const resolveAt = async (c: C, iso: string, satisfaction: number) => {
      h.clock.set(iso);
      await h.call(h.staffOf(c.leadDepartment), M.resolve, { input: { id: c.id, summary: 'Done' } });
      await h.call(h.tokens.specialist, M.feedback, {
        input: { id: c.id, whatWasDone: 'Done', satisfaction, resultToldToCustomer: true },
      });
    };
    const at = '2025-08-04T02:00:00Z'; // Mon 4 Aug 2025, 10:00
    h.clock.set(at);
    const q1 = await h.walk('IMPLEMENTING', { category: 'PRODUCT_QUALITY', urgency: 'HIGH' });
    firstCustomer = q1.customer.id;
    await resolveAt(q1, '2025-08-04T06:00:00Z', 5); // 4 working hours: on time (27 h)
    h.clock.set(at);
    const q2 = await h.walk('IMPLEMENTING', {
      category: 'PRODUCT_QUALITY',
      urgency: 'HIGH',
      channel: 'EMAIL',
    });
    await resolveAt(q2, '2025-08-07T03:00:00Z', 3); // Mon 8 + Tue 9 + Wed 9 + Thu 2 = 28 h: late
    h.clock.set(at);
    await h.walk('ASSIGNED', { category: 'LOGISTICS_DELAY', urgency: 'NORMAL' }); // still open
    h.clock.set(at);
    const l2 = await h.walk('IMPLEMENTING', { category: 'LOGISTICS_DELAY', urgency: 'NORMAL' });
    await resolveAt(l2, '2025-08-04T04:00:00Z', 4); // 2 h
  });

  it('[DOMAIN 1.11] volume, distribution by type, on-time rate, working hours to resolve and satisfaction, in SQL', async () => {
    const byCategory = await h.call<{ complaintStats: C[] }>(h.tokens.analyst, STATS, {
      g: ['CATEGORY'],
      f: AUGUST,
    });
    expect(byCategory.complaintStats).toEqual(
      [
        {
          key: { ...NO_KEY, category: 'PRODUCT_QUALITY' },
          count: 2,
          resolvedCount: 2,
          breachedCount: 0,
          onTimeRate: 0.5,
          averageWorkingHoursToResolve: 16,
          averageSatisfaction: 4,
        },
        {
          key: { ...NO_KEY, category: 'LOGISTICS_DELAY' },
          count: 2,
          resolvedCount: 1,
          breachedCount: 0,
          onTimeRate: 1,
          averageWorkingHoursToResolve: 2,
          averageSatisfaction: 4,
        },
      ].sort((a, b) => a.key.category.localeCompare(b.key.category)),
    );
    const byMonth = await h.call<{ complaintStats: C[] }>(h.tokens.analyst, STATS, {
      g: ['MONTH', 'URGENCY'],
      f: AUGUST,
    });
    expect(byMonth.complaintStats.map((r) => [r.key.month, r.key.urgency, r.count, r.onTimeRate])).toEqual([
      ['2025-08', 'HIGH', 2, 0.5],
      ['2025-08', 'NORMAL', 2, 1],
    ]);
    const byQuarter = await h.call<{ complaintStats: C[] }>(h.tokens.analyst, STATS, {
      g: ['QUARTER'],
      f: AUGUST,
    });
    expect(
      byQuarter.complaintStats.map((r) => [r.key.quarter, r.count, r.resolvedCount, r.averageSatisfaction]),
    ).toEqual([['2025-Q3', 4, 3, 4]]);
    const byStatus = await h.call<{ complaintStats: C[] }>(h.tokens.analyst, STATS, {
      g: ['STATUS'],
      f: AUGUST,
    });
    expect(byStatus.complaintStats.map((r) => [r.key.status, r.count])).toEqual([
      ['ASSIGNED', 1],
      ['RESOLVED', 3],
    ]);
  });

  it('[DOMAIN 1.11] per-department and per-person performance for rewards and penalties', async () => {
    const byDepartment = await h.call<{ complaintStats: C[] }>(h.tokens.analyst, STATS, {
      g: ['DEPARTMENT'],
      f: AUGUST,
    });
    expect(
      byDepartment.complaintStats.map((r) => [
        r.key.department,
        r.count,
        r.resolvedCount,
        r.onTimeRate,
        r.averageSatisfaction,
      ]),
    ).toEqual([
      ['LOGISTICS', 2, 1, 1, 4],
      ['QUALITY_CONTROL', 2, 2, 0.5, 4],
    ]);
    const byPerson = await h.call<{ complaintStats: C[] }>(h.tokens.analyst, STATS, {
      g: ['HANDLER'],
      f: { ...AUGUST, status: ['RESOLVED'] },
    });
    expect(
      byPerson.complaintStats.map((r) => [
        r.key.handler,
        r.count,
        r.onTimeRate,
        r.averageWorkingHoursToResolve,
      ]),
    ).toEqual([
      ['lg-1', 1, 1, 2],
      ['qc-1', 2, 0.5, 16],
    ]);
    expect(codesOf(await h.attempt(h.tokens.specialist, STATS, { g: ['CATEGORY'] }))).toEqual(['FORBIDDEN']);
    expect(codesOf(await h.attempt(h.tokens.analyst, STATS, { g: ['WEEKDAY'] }))).toEqual(['BAD_USER_INPUT']);
    expect(
      codesOf(
        await h.attempt(h.tokens.analyst, STATS, {
          g: ['CATEGORY'],
          f: { receivedFrom: '2025-09-01T00:00:00Z', receivedTo: '2025-08-01T00:00:00Z' },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('[DOMAIN 1.11] daily checks: lists filter by status, category, urgency, department, channel, customer, dates and order', async () => {
    const LIST = `query($f: ComplaintFilter, $o: ComplaintOrder, $first: Int, $after: String) {
      complaints(filter: $f, orderBy: $o, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { category channel status leadDepartment } }
      }
    }`;
    const list = (f: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      h
        .call<{ complaints: C }>(h.tokens.manager, LIST, { f: { ...AUGUST, ...f }, ...extra })
        .then((r) => r.complaints);
    expect((await list({})).totalCount).toBe(4);
    expect((await list({ category: ['LOGISTICS_DELAY'] })).totalCount).toBe(2);
    expect((await list({ urgency: ['HIGH'], channel: ['EMAIL'] })).totalCount).toBe(1);
    expect((await list({ department: 'QUALITY_CONTROL', status: ['RESOLVED'] })).totalCount).toBe(2);
    expect((await list({ breached: false })).totalCount).toBe(4);
    expect((await list({ customerId: firstCustomer })).edges.map((e: C) => e.node.category)).toEqual([
      'PRODUCT_QUALITY',
    ]);
    const ofCustomer = await h.call<{ _entities: { complaints: { totalCount: number } }[] }>(
      h.tokens.manager,
      `query($r: [_Any!]!, $f: ComplaintFilter) { _entities(representations: $r) { ... on Customer { complaints(filter: $f) { totalCount } } } }`,
      { r: [{ __typename: 'Customer', id: firstCustomer }], f: { status: ['RESOLVED'] } },
    );
    expect(ofCustomer._entities[0]!.complaints.totalCount).toBe(1);
    const page1 = await list({}, { o: { field: 'RESOLUTION_DUE_AT', direction: 'DESC' }, first: 3 });
    expect(page1.edges).toHaveLength(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await list(
      {},
      { o: { field: 'RESOLUTION_DUE_AT', direction: 'DESC' }, first: 3, after: page1.pageInfo.endCursor },
    );
    expect(page2.edges).toHaveLength(1);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    // NORMAL (5 days) is due after HIGH (3 days): descending puts the two NORMAL ones first.
    expect(page1.edges.slice(0, 2).map((e: C) => e.node.category)).toEqual([
      'LOGISTICS_DELAY',
      'LOGISTICS_DELAY',
    ]);
    expect(codesOf(await h.attempt(h.tokens.manager, LIST, { first: 1000 }))).toEqual(['BAD_USER_INPUT']);
  });
});

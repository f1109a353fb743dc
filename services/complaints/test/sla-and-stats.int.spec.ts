import { randomUUID } from 'node:crypto';
import { approvalRequestDecided } from '@care/contracts';
import { expectEventually } from '@care/testing';
import {
  attempt,
  call,
  codesOf,
  eventsOf,
  FILE,
  GET,
  M,
  publish,
  registerCustomers,
  staffOf,
  startHarness,
  walk,
  type C,
  type Harness,
} from './support';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('complaints_sla');
});

afterAll(async () => {
  await h?.close();
});

const get = async (id: string) =>
  (await call<{ complaint: C }>(h, h.tokens.specialist, GET, { id })).complaint;

describe('the SLA breach job on the working calendar', () => {
  it('[DOMAIN 1.3] marks an URGENT complaint late across the Labour Day holiday, emits sla_breached and escalates, once', async () => {
    h.clock.set('2026-04-30T08:00:00Z'); // Thu 30 April 16:00; 1-5 May are days off
    const c = await walk(h, 'ASSIGNED', { urgency: 'URGENT' });
    expect(c.sla).toMatchObject({
      firstResponseDueAt: '2026-04-30T09:00:00.000Z',
      resolutionDueAt: '2026-05-06T08:00:00.000Z',
    });
    h.clock.set('2026-04-30T08:59:00Z');
    expect(await h.service.detectSlaBreaches()).toEqual([]);
    h.clock.set('2026-04-30T09:30:00Z');
    expect(await h.service.detectSlaBreaches()).toEqual([c.id]);
    expect(await h.service.detectSlaBreaches()).toEqual([]);
    let now = await get(c.id);
    expect(now).toMatchObject({
      escalation: 'CS_MANAGER',
      sla: { firstResponseBreached: true, resolutionBreached: false },
    });
    h.clock.set('2026-05-05T09:00:00Z'); // still the holiday: no working time passed
    expect(await h.service.detectSlaBreaches()).toEqual([]);
    h.clock.set('2026-05-06T08:30:00Z');
    expect(await h.service.detectSlaBreaches()).toEqual([c.id]);
    now = await get(c.id);
    expect(now).toMatchObject({
      escalation: 'LEADERSHIP_GROUP',
      sla: { firstResponseBreached: true, resolutionBreached: true },
    });
    await expectEventually(() => {
      expect(eventsOf(h, c.id, 'sla_breached').map((e) => [e.data.clock, e.data.dueAt])).toEqual([
        ['FIRST_RESPONSE', '2026-04-30T09:00:00.000Z'],
        ['RESOLUTION', '2026-05-06T08:00:00.000Z'],
      ]);
      expect(eventsOf(h, c.id, 'escalated').map((e) => [e.data.to, e.data.reason])).toEqual([
        ['CS_MANAGER', 'FIRST_RESPONSE_BREACHED'],
        ['LEADERSHIP_GROUP', 'RESOLUTION_BREACHED'],
      ]);
    });
    const breached = await call<{ complaints: { edges: { node: { id: string } }[] } }>(
      h,
      h.tokens.manager,
      `{ complaints(filter: { breached: true }, first: 100) { edges { node { id } } } }`,
    );
    expect(breached.complaints.edges.map((e) => e.node.id)).toContain(c.id);
  });

  it('[DOMAIN 1.3] counts the make-up working day (Sat 9 May 2026), and a timely first response is no breach', async () => {
    h.clock.set('2026-05-08T09:00:00Z'); // Fri 8 May 17:00
    const late = await walk(h, 'RECEIVED');
    const answered = await walk(h, 'RECEIVED');
    expect(late.sla.firstResponseDueAt).toBe('2026-05-09T09:00:00.000Z'); // Sat 17:00 (make-up day)
    h.clock.set('2026-05-09T02:00:00Z');
    await call(h, h.tokens.specialist, M.message, { input: { id: answered.id, message: 'We are on it' } });
    h.clock.set('2026-05-09T08:59:00Z');
    expect(await h.service.detectSlaBreaches()).toEqual([]);
    h.clock.set('2026-05-09T09:01:00Z');
    expect(await h.service.detectSlaBreaches()).toEqual([late.id]);
    expect((await get(answered.id)).sla).toMatchObject({
      firstRespondedAt: '2026-05-09T02:00:00.000Z',
      firstResponseBreached: false,
    });
  });

  it('[DOMAIN 1.3] the clocks stand still while the complaint waits for the customer, across a weekend', async () => {
    h.clock.set('2026-03-06T08:00:00Z'); // Fri 6 March 16:00
    const c = await walk(h, 'SOLUTION_PROPOSED', { urgency: 'URGENT' });
    expect(c.sla.paused).toBe(true);
    h.clock.set('2026-03-20T08:00:00Z');
    expect(await h.service.detectSlaBreaches()).not.toContain(c.id);
    h.clock.set('2026-03-09T03:00:00Z'); // the customer answers Mon 11:00: Fri 16-18 + Mon 9-11 = 4 working hours waited
    const answered = (
      await call<{ recordCustomerResponse: C }>(h, h.tokens.specialist, M.respond, {
        input: { id: c.id, solutionId: c.solutions[0].id, response: 'ACCEPT' },
      })
    ).recordCustomerResponse;
    expect(answered.sla).toMatchObject({
      paused: false,
      pausedWorkingHours: 4,
      resolutionDueAt: '2026-03-10T03:00:00.000Z',
    });
  });
});

describe('emergency compensation', () => {
  it('[DOMAIN 1.6] an URGENT complaint’s compensation is granted at once and its approval recorded afterwards', async () => {
    h.clock.set('2026-03-02T02:00:00Z');
    const c = await walk(h, 'SOLUTION_ACCEPTED', {
      urgency: 'URGENT',
      category: 'POINTS_ANOMALY',
      compensation: { points: 30000 },
    });
    expect(c.compensation).toMatchObject({
      emergency: true,
      status: 'GRANTED_PENDING_APPROVAL',
      amount: '300.00',
    });
    await expectEventually(() => {
      expect(eventsOf(h, c.id, 'compensation_granted').map((e) => e.data)).toEqual([
        expect.objectContaining({ points: 30000, emergency: true, customerId: c.customer.id }),
      ]);
      expect(eventsOf(h, c.id, 'compensation_requested')[0]?.data).toMatchObject({
        emergency: true,
        amount: '300.00',
      });
    });
    const solutionId = c.solutions[0].id;
    // A decision about someone else's request is not ours.
    await publish(h, approvalRequestDecided, randomUUID(), {
      requestId: randomUUID(),
      type: 'POINTS_REDEMPTION',
      reference: { service: 'loyalty', aggregate: 'redemption', id: solutionId },
      outcome: 'REJECTED',
      amount: '300.00',
      currency: 'CNY',
      decidedAt: '2026-03-02T05:00:00.000Z',
      reason: 'no',
    });
    await publish(h, approvalRequestDecided, randomUUID(), {
      requestId: randomUUID(),
      type: 'COMPENSATION',
      reference: { service: 'complaints', aggregate: 'solution', id: solutionId },
      outcome: 'APPROVED',
      amount: '300.00',
      currency: 'CNY',
      decidedAt: '2026-03-02T06:00:00.000Z',
      reason: null,
    });
    await expectEventually(async () =>
      expect((await get(c.id)).compensation.status).toBe('APPROVED_AFTERWARDS'),
    );
    expect(eventsOf(h, c.id, 'compensation_granted')).toHaveLength(1);
    const staff = await call<{ complaint: C }>(h, h.tokens.qcStaff, GET, { id: c.id });
    expect(staff.complaint.internalTimeline.map((e: C) => e.action)).toContain(
      'COMPENSATION_APPROVED_AFTERWARDS',
    );
  });
});

const STATS = `query($g: [ComplaintStatsGroupBy!]!, $f: ComplaintFilter) {
  complaintStats(groupBy: $g, filter: $f) {
    key { category department channel urgency status month quarter handler }
    count resolvedCount breachedCount onTimeRate averageWorkingHoursToResolve averageSatisfaction
  }
}`;

describe('supervision', () => {
  let firstCustomer = '';
  const AUGUST = { receivedFrom: '2025-08-01T00:00:00Z', receivedTo: '2025-09-01T00:00:00Z' };

  beforeAll(async () => {
    const resolveAt = async (c: C, iso: string, satisfaction: number) => {
      h.clock.set(iso);
      await call(h, staffOf(h, c.leadDepartment), M.resolve, { input: { id: c.id, summary: 'Done' } });
      await call(h, h.tokens.specialist, M.feedback, {
        input: { id: c.id, whatWasDone: 'Done', satisfaction, resultToldToCustomer: true },
      });
    };
    const at = '2025-08-04T02:00:00Z'; // Mon 4 Aug 2025, 10:00
    h.clock.set(at);
    const q1 = await walk(h, 'IMPLEMENTING', { category: 'PRODUCT_QUALITY', urgency: 'HIGH' });
    firstCustomer = q1.customer.id;
    await resolveAt(q1, '2025-08-04T06:00:00Z', 5); // 4 working hours: on time (27 h)
    h.clock.set(at);
    const q2 = await walk(h, 'IMPLEMENTING', {
      category: 'PRODUCT_QUALITY',
      urgency: 'HIGH',
      channel: 'EMAIL',
    });
    await resolveAt(q2, '2025-08-07T03:00:00Z', 3); // Mon 8 + Tue 9 + Wed 9 + Thu 2 = 28 h: late
    h.clock.set(at);
    await walk(h, 'ASSIGNED', { category: 'LOGISTICS_DELAY', urgency: 'NORMAL' }); // still open
    h.clock.set(at);
    const l2 = await walk(h, 'IMPLEMENTING', { category: 'LOGISTICS_DELAY', urgency: 'NORMAL' });
    await resolveAt(l2, '2025-08-04T04:00:00Z', 4); // 2 h
  });

  it('[DOMAIN 1.11] volume, distribution by type, on-time rate, working hours to resolve and satisfaction, in SQL', async () => {
    const byCategory = await call<{ complaintStats: C[] }>(h, h.tokens.analyst, STATS, {
      g: ['CATEGORY'],
      f: AUGUST,
    });
    expect(byCategory.complaintStats).toEqual(
      [
        {
          key: {
            category: 'PRODUCT_QUALITY',
            department: null,
            channel: null,
            urgency: null,
            status: null,
            month: null,
            quarter: null,
            handler: null,
          },
          count: 2,
          resolvedCount: 2,
          breachedCount: 0,
          onTimeRate: 0.5,
          averageWorkingHoursToResolve: 16,
          averageSatisfaction: 4,
        },
        {
          key: {
            category: 'LOGISTICS_DELAY',
            department: null,
            channel: null,
            urgency: null,
            status: null,
            month: null,
            quarter: null,
            handler: null,
          },
          count: 2,
          resolvedCount: 1,
          breachedCount: 0,
          onTimeRate: 1,
          averageWorkingHoursToResolve: 2,
          averageSatisfaction: 4,
        },
      ].sort((a, b) => a.key.category.localeCompare(b.key.category)),
    );
    const byMonth = await call<{ complaintStats: C[] }>(h, h.tokens.analyst, STATS, {
      g: ['MONTH', 'URGENCY'],
      f: AUGUST,
    });
    expect(byMonth.complaintStats.map((r) => [r.key.month, r.key.urgency, r.count, r.onTimeRate])).toEqual([
      ['2025-08', 'HIGH', 2, 0.5],
      ['2025-08', 'NORMAL', 2, 1],
    ]);
    const byQuarter = await call<{ complaintStats: C[] }>(h, h.tokens.analyst, STATS, {
      g: ['QUARTER'],
      f: AUGUST,
    });
    expect(
      byQuarter.complaintStats.map((r) => [r.key.quarter, r.count, r.resolvedCount, r.averageSatisfaction]),
    ).toEqual([['2025-Q3', 4, 3, 4]]);
    const byStatus = await call<{ complaintStats: C[] }>(h, h.tokens.analyst, STATS, {
      g: ['STATUS'],
      f: AUGUST,
    });
    expect(byStatus.complaintStats.map((r) => [r.key.status, r.count])).toEqual([
      ['ASSIGNED', 1],
      ['RESOLVED', 3],
    ]);
  });

  it('[DOMAIN 1.11] per-department and per-person performance for rewards and penalties', async () => {
    const byDepartment = await call<{ complaintStats: C[] }>(h, h.tokens.analyst, STATS, {
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
    const byPerson = await call<{ complaintStats: C[] }>(h, h.tokens.analyst, STATS, {
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
    expect(codesOf(await attempt(h, h.tokens.specialist, STATS, { g: ['CATEGORY'] }))).toEqual(['FORBIDDEN']);
    expect(codesOf(await attempt(h, h.tokens.analyst, STATS, { g: ['WEEKDAY'] }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      codesOf(
        await attempt(h, h.tokens.analyst, STATS, {
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
      call<{ complaints: C }>(h, h.tokens.manager, LIST, { f: { ...AUGUST, ...f }, ...extra }).then(
        (r) => r.complaints,
      );
    expect((await list({})).totalCount).toBe(4);
    expect((await list({ category: ['LOGISTICS_DELAY'] })).totalCount).toBe(2);
    expect((await list({ urgency: ['HIGH'], channel: ['EMAIL'] })).totalCount).toBe(1);
    expect((await list({ department: 'QUALITY_CONTROL', status: ['RESOLVED'] })).totalCount).toBe(2);
    expect((await list({ breached: false })).totalCount).toBe(4);
    expect((await list({ customerId: firstCustomer })).edges.map((e: C) => e.node.category)).toEqual([
      'PRODUCT_QUALITY',
    ]);
    const ofCustomer = await call<{ _entities: { complaints: { totalCount: number } }[] }>(
      h,
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
    expect(codesOf(await attempt(h, h.tokens.manager, LIST, { first: 1000 }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('lists without N+1', () => {
  it('runs the same number of SQL statements for 1, 10 and 100 complaints with their customer and tier', async () => {
    h.clock.set('2025-10-13T02:00:00Z');
    const customers = await registerCustomers(h, 20);
    for (let i = 0; i < customers.length; i += 2)
      await h.db.query(
        `INSERT INTO "${h.db.schema}".customer_tier (customer_id, tier, effective_at) VALUES ($1, 'GOLD', now())`,
        [customers[i]],
      );
    for (let batch = 0; batch < 10; batch++)
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          call(h, h.tokens.specialist, FILE, {
            input: {
              customerId: customers[(batch * 10 + i) % 20],
              channel: 'PHONE',
              description: `n+1 ${batch}-${i}`,
              receivedAt: '2025-10-13T01:00:00Z',
            },
          }),
        ),
      );
    const QUERY = `query($first: Int) {
      complaints(filter: { receivedFrom: "2025-10-13T00:00:00Z", receivedTo: "2025-10-14T00:00:00Z" }, first: $first) {
        totalCount edges { node { number customer { id } customerTier sla { resolutionDueAt onTime }
          solutions { version } timeline { action } acknowledgement { message } } }
      }
    }`;
    const logger = h.service.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    const statements: string[] = [];
    logger.logQuery = (query, parameters, runner) => {
      if (!/\b(outbox|inbox)\b/.test(query)) statements.push(query);
      return original(query, parameters, runner);
    };
    const counts: number[] = [];
    try {
      for (const first of [1, 10, 100]) {
        statements.length = 0;
        const r = await call<{ complaints: C }>(h, h.tokens.manager, QUERY, { first });
        expect(r.complaints.totalCount).toBe(100);
        expect(r.complaints.edges).toHaveLength(first);
        const tiers = r.complaints.edges.map((e: C) => e.node.customerTier);
        if (first === 100) expect(tiers.filter((t: string) => t === 'GOLD')).toHaveLength(50);
        counts.push(statements.length);
      }
    } finally {
      logger.logQuery = original;
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
  });

  it('runs the same number of SQL statements for the complaints of 1, 10 and 100 customers, as the gateway fetches them', async () => {
    h.clock.set('2025-11-03T02:00:00Z');
    const customers = await registerCustomers(h, 100);
    // Three complaints per customer, received at 09:00, 09:01 and 09:02 (Shanghai).
    for (let round = 0; round < 3; round++)
      for (let i = 0; i < customers.length; i += 25)
        await Promise.all(
          customers.slice(i, i + 25).map((customerId) =>
            call(h, h.tokens.specialist, FILE, {
              input: {
                customerId,
                channel: 'EMAIL',
                description: `round ${round}`,
                receivedAt: `2025-11-03T01:0${round}:00Z`,
              },
            }),
          ),
        );
    for (let i = 0; i < customers.length; i += 2)
      await h.db.query(
        `INSERT INTO "${h.db.schema}".customer_tier (customer_id, tier, effective_at) VALUES ($1, 'PLATINUM', now())`,
        [customers[i]],
      );
    // What the gateway sends for `customers(first: n) { edges { node { complaints(first: 2) { ... } } } }`.
    const ENTITIES = `query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Customer { id
      complaints(first: 2, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { node { number status description customer { id } customerTier } } } } } }`;
    type Page = {
      id: string;
      complaints: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
        edges: { node: C }[];
      };
    };
    const fetch = (ids: string[], after?: string) =>
      call<{ _entities: Page[] }>(h, h.tokens.manager, ENTITIES, {
        r: ids.map((id) => ({ __typename: 'Customer', id })),
        after: after ?? null,
      }).then((r) => r._entities);
    const logger = h.service.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    const statements: string[] = [];
    logger.logQuery = (query, parameters, runner) => {
      if (!/\b(outbox|inbox)\b/.test(query)) statements.push(query);
      return original(query, parameters, runner);
    };
    const counts: number[] = [];
    try {
      for (const n of [1, 10, 100]) {
        statements.length = 0;
        const pages = await fetch(customers.slice(0, n));
        counts.push(statements.length);
        expect(pages.map((p) => p.id)).toEqual(customers.slice(0, n));
        for (const [i, p] of pages.entries()) {
          expect(p.complaints.totalCount).toBe(3);
          expect(p.complaints.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
          expect(p.complaints.edges.map((e) => e.node.description)).toEqual(['round 0', 'round 1']);
          expect(p.complaints.edges.every((e) => e.node.customer.id === p.id)).toBe(true);
          expect(p.complaints.edges[0]!.node.customerTier).toBe(i % 2 === 0 ? 'PLATINUM' : 'MEMBER');
        }
      }
    } finally {
      logger.logQuery = original;
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
    // The keyset cursor pages on as before: the third complaint, and no more.
    const [first] = await fetch([customers[7]!]);
    const [rest] = await fetch([customers[7]!], first!.complaints.pageInfo.endCursor);
    expect(rest!.complaints.edges.map((e) => e.node.description)).toEqual(['round 2']);
    expect(rest!.complaints.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(rest!.complaints.totalCount).toBe(3);
  });
});

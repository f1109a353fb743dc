import { call, FILE, fileCopies, registerCustomers, startHarness, type C, type Harness } from './harness';

// Reading many complaints costs the same number of SQL statements however many there are.

let h: Harness;

beforeAll(async () => {
  h = await startHarness('complaints_lists');
});

afterAll(async () => {
  await h?.close();
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
    // The first filed the ordinary way, the other 99 copied from it in one statement.
    const filings = Array.from({ length: 100 }, (_, k) => ({
      customerId: customers[k % 20]!,
      description: `n+1 ${Math.floor(k / 10)}-${k % 10}`,
      receivedAt: '2025-10-13T01:00:00Z',
    }));
    const { fileComplaint: template } = await call<{ fileComplaint: C }>(h, h.tokens.specialist, FILE, {
      input: { ...filings[0]!, channel: 'PHONE' },
    });
    await fileCopies(h, template.id, filings.slice(1));
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
    // Three complaints per customer, received at 09:00, 09:01 and 09:02 (Shanghai): the first filed the
    // ordinary way, the other 299 copied from it in one statement.
    const filings = [0, 1, 2].flatMap((round) =>
      customers.map((customerId) => ({
        customerId,
        description: `round ${round}`,
        receivedAt: `2025-11-03T01:0${round}:00Z`,
      })),
    );
    const { fileComplaint: template } = await call<{ fileComplaint: C }>(h, h.tokens.specialist, FILE, {
      input: { ...filings[0]!, channel: 'EMAIL' },
    });
    await fileCopies(h, template.id, filings.slice(1));
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

import { sqlOf, statementsPerSize } from '@care/testing';
import { complaintsHarness, fileCopies, type C } from './harness';

// Reading many complaints costs the same number of SQL statements however many there are.

const h = complaintsHarness('complaints_lists');

/** Every second customer of the list holds the tier. */
async function everySecondHolds(customers: string[], tier: string): Promise<void> {
  for (let i = 0; i < customers.length; i += 2)
    await h.db.query(
      `INSERT INTO "${h.db.schema}".customer_tier (customer_id, tier, effective_at) VALUES ($1, $2, now())`,
      [customers[i], tier],
    );
}

const counted = <T>(read: () => Promise<T>) => sqlOf(h.service.dataSource, read);
/** The statements of reads of 1, 10 and 100 items (`read` answers how many it got). */
const perSize = (read: (n: number) => Promise<number>) => statementsPerSize(h.service.dataSource, read);

describe('lists without N+1', () => {
  it('runs the same number of SQL statements for 1, 10 and 100 complaints with their customer and tier', async () => {
    h.clock.set('2025-10-13T02:00:00Z');
    const customers = await h.registerCustomers(20);
    await everySecondHolds(customers, 'GOLD');
    // The first filed the ordinary way, the other 99 copied from it in one statement.
    const filings = Array.from({ length: 100 }, (_, k) => ({
      customerId: customers[k % 20]!,
      description: `n+1 ${Math.floor(k / 10)}-${k % 10}`,
      receivedAt: '2025-10-13T01:00:00Z',
    }));
    const template = await h.file({ ...filings[0]!, channel: 'PHONE' });
    await fileCopies(h, template.id, filings.slice(1));
    const QUERY = `query($first: Int) {
      complaints(filter: { receivedFrom: "2025-10-13T00:00:00Z", receivedTo: "2025-10-14T00:00:00Z" }, first: $first) {
        totalCount edges { node { number customer { id } customerTier sla { resolutionDueAt onTime }
          solutions { version } timeline { action } acknowledgement { message } } }
      }
    }`;
    const { items, statements: counts } = await perSize(async (first) => {
      const r = await h.call<{ complaints: C }>(h.tokens.manager, QUERY, { first });
      expect(r.complaints.totalCount).toBe(100);
      const tiers = r.complaints.edges.map((e: C) => e.node.customerTier);
      if (first === 100) expect(tiers.filter((t: string) => t === 'GOLD')).toHaveLength(50);
      return r.complaints.edges.length;
    });
    expect(items).toEqual([1, 10, 100]);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
  });

  it('runs the same number of SQL statements for the complaints of 1, 10 and 100 customers, as the gateway fetches them', async () => {
    h.clock.set('2025-11-03T02:00:00Z');
    const customers = await h.registerCustomers(100);
    // Three complaints per customer, received at 09:00, 09:01 and 09:02 (Shanghai): the first filed the
    // ordinary way, the other 299 copied from it in one statement.
    const filings = [0, 1, 2].flatMap((round) =>
      customers.map((customerId) => ({
        customerId,
        description: `round ${round}`,
        receivedAt: `2025-11-03T01:0${round}:00Z`,
      })),
    );
    const template = await h.file({ ...filings[0]!, channel: 'EMAIL' });
    await fileCopies(h, template.id, filings.slice(1));
    await everySecondHolds(customers, 'PLATINUM');
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
      h
        .call<{ _entities: Page[] }>(h.tokens.manager, ENTITIES, {
          r: ids.map((id) => ({ __typename: 'Customer', id })),
          after: after ?? null,
        })
        .then((r) => r._entities);
    const { items, statements: counts } = await perSize(async (n) => {
      const pages = await fetch(customers.slice(0, n));
      expect(pages.map((p) => p.id)).toEqual(customers.slice(0, n));
      for (const [i, p] of pages.entries()) {
        expect(p.complaints.totalCount).toBe(3);
        expect(p.complaints.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
        expect(p.complaints.edges.map((e) => e.node.description)).toEqual(['round 0', 'round 1']);
        expect(p.complaints.edges.every((e) => e.node.customer.id === p.id)).toBe(true);
        expect(p.complaints.edges[0]!.node.customerTier).toBe(i % 2 === 0 ? 'PLATINUM' : 'MEMBER');
      }
      return pages.length;
    });
    expect(items).toEqual([1, 10, 100]);
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

describe('totalCount only when asked for', () => {
  it('counts a list, and a customer list, only when the query selects totalCount', async () => {
    h.clock.set('2025-12-01T02:00:00Z');
    const [customer] = await h.registerCustomers(1);
    const template = await h.file({
      customerId: customer,
      description: 'copy 0',
      receivedAt: '2025-12-01T01:00:00Z',
      channel: 'EMAIL',
    });
    await fileCopies(
      h,
      template.id,
      [1, 2, 3, 4].map((k) => ({
        customerId: customer!,
        description: `copy ${k}`,
        receivedAt: `2025-12-01T01:0${k}:00Z`,
      })),
    );
    const FILTER = `filter: { receivedFrom: "2025-12-01T00:00:00Z", receivedTo: "2025-12-02T00:00:00Z" }`;
    const list = (selection: string, fragments = '') =>
      counted(() =>
        h.call<{ complaints: C }>(
          h.tokens.manager,
          `{ complaints(${FILTER}, first: 2) { ${selection} edges { node { number } } } } ${fragments}`,
        ),
      );
    const without = await list('pageInfo { hasNextPage }');
    const withCount = await list('pageInfo { hasNextPage } totalCount');
    const throughFragment = await list(
      '...Counted',
      'fragment Counted on ComplaintConnection { n: totalCount }',
    );
    expect(withCount.answer.complaints.totalCount).toBe(5);
    expect(throughFragment.answer.complaints.n).toBe(5);
    expect(without.answer.complaints.edges).toEqual(withCount.answer.complaints.edges);
    expect(without.answer.complaints.pageInfo).toEqual({ hasNextPage: true });
    expect(without.statements).toBe(withCount.statements - 1);
    expect(throughFragment.statements).toBe(withCount.statements);

    const ofCustomer = (selection: string) =>
      counted(() =>
        h.call<{ _entities: { complaints: C }[] }>(
          h.tokens.manager,
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer {
            complaints(first: 2) { ${selection} edges { node { number } } } } } }`,
          { r: [{ __typename: 'Customer', id: customer }] },
        ),
      );
    const entitiesWithout = await ofCustomer('pageInfo { hasNextPage }');
    const entitiesWith = await ofCustomer('totalCount');
    expect(entitiesWith.answer._entities[0]!.complaints.totalCount).toBe(5);
    expect(entitiesWithout.answer._entities[0]!.complaints.edges).toHaveLength(2);
    expect(entitiesWithout.statements).toBe(entitiesWith.statements - 1);
  });
});

import { randomUUID } from 'node:crypto';
import { errorCodes, sqlOf } from '@care/testing';
import { purchase, register, setTier, useHarness, verify } from './harness';

/** A customer's redemptions and discounts: read on the customer, by id, and as entity references. */
const h = useHarness('loyalty_records', { startAt: '2026-03-02T02:00:00Z' });
const F = { zhou: '', chen: '', redemptions: [] as string[], discounts: [] as string[], chenDiscount: '' };

const redeem = async (customerId: string, points: number) =>
  (
    await h.ok<{ requestRedemption: { id: string } }>(
      `mutation($input: RequestRedemptionInput!) { requestRedemption(input: $input) { id } }`,
      { input: { customerId, points, idempotencyKey: randomUUID() } },
      ['cs_specialist'],
    )
  ).requestRedemption.id;

const issueGoldDiscount = async (customerId: string) =>
  (
    await h.ok<{ issueDiscount: { id: string } }>(
      `mutation($id: ID!) { issueDiscount(input: { customerId: $id, kind: GOLD_QUARTERLY, value: "100" }) { id } }`,
      { id: customerId },
      ['sales'],
    )
  ).issueDiscount.id;

beforeAll(async () => {
  for (const name of ['zhou', 'chen'] as const) {
    h.clock.advance(1_000); // registration order is the order of the customers' list
    F[name] = await register(h, { name: name === 'zhou' ? 'Zhou Min' : 'Chen Jing' });
    await verify(h, F[name]);
    await purchase(h, F[name], '60000');
    await setTier(h, F[name], 'GOLD');
  }
  for (const points of [1000, 2000, 3000]) {
    h.clock.advance(60_000);
    F.redemptions.push(await redeem(F.zhou, points));
  }
  F.discounts.push(await issueGoldDiscount(F.zhou));
  h.clock.advance(40 * 24 * 3600_000); // the next quarter: another Gold quarterly discount
  F.discounts.push(await issueGoldDiscount(F.zhou));
  F.chenDiscount = await issueGoldDiscount(F.chen);
  await redeem(F.chen, 500);
});

const PAGES = `query($id: ID!, $first: Int, $after: String) { customer(id: $id) {
  redemptions(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { node { id points customer { id } } } }
  discounts { totalCount edges { node { id kind status customer { name } } } } } }`;

interface Pages {
  customer: {
    redemptions: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
      edges: { node: { id: string; points: number; customer: { id: string } } }[];
    };
    discounts: { totalCount: number; edges: { node: Record<string, unknown> }[] };
  };
}

describe("a customer's redemptions and discounts", () => {
  it('are read on the customer, newest first, a page at a time', async () => {
    const first = (await h.ok<Pages>(PAGES, { id: F.zhou, first: 2 }, ['analyst'])).customer;
    expect(first.redemptions).toMatchObject({
      totalCount: 3,
      pageInfo: { hasNextPage: true, hasPreviousPage: false },
      edges: [
        { node: { id: F.redemptions[2], points: 3000, customer: { id: F.zhou } } },
        { node: { id: F.redemptions[1], points: 2000, customer: { id: F.zhou } } },
      ],
    });
    expect(first.discounts).toEqual({
      totalCount: 2,
      edges: [F.discounts[1], F.discounts[0]].map((id) => ({
        node: { id, kind: 'GOLD_QUARTERLY', status: 'ISSUED', customer: { name: 'Zhou Min' } },
      })),
    });
    const rest = (
      await h.ok<Pages>(PAGES, { id: F.zhou, first: 2, after: first.redemptions.pageInfo.endCursor }, [
        'analyst',
      ])
    ).customer.redemptions;
    expect(rest).toMatchObject({
      totalCount: 3,
      pageInfo: { hasNextPage: false, hasPreviousPage: true },
      edges: [{ node: { id: F.redemptions[0], points: 1000 } }],
    });
  });

  it('refuses a bad page size or cursor as BAD_USER_INPUT', async () => {
    for (const variables of [
      { id: F.zhou, first: 0 },
      { id: F.zhou, first: 101 },
      { id: F.zhou, after: 'not-a-cursor' },
    ])
      expect(errorCodes(await h.raw(PAGES, variables, ['analyst']))).toEqual(['BAD_USER_INPUT']);
  });

  it('[DOMAIN 2.7] a discount is read by id and as an entity by staff and its own customer, and by no one else', async () => {
    const DISCOUNT = `query($id: ID!) { discount(id: $id) { id value customer { id } } }`;
    const ENTITY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Discount { id kind } } }`;
    const r = [{ __typename: 'Discount', id: F.discounts[0] }];
    expect((await h.ok(DISCOUNT, { id: F.discounts[0] }, ['sales'])).discount).toEqual({
      id: F.discounts[0],
      value: '100.00',
      customer: { id: F.zhou },
    });
    expect((await h.ok(DISCOUNT, { id: F.discounts[0] }, ['customer'], F.zhou)).discount).toMatchObject({
      id: F.discounts[0],
    });
    expect((await h.ok(ENTITY, { r }, ['customer'], F.zhou))._entities).toEqual([
      { id: F.discounts[0], kind: 'GOLD_QUARTERLY' },
    ]);
    // Another customer: not found by id, null as a reference; a partner: FORBIDDEN.
    expect(errorCodes(await h.raw(DISCOUNT, { id: F.discounts[0] }, ['customer'], F.chen))).toEqual([
      'NOT_FOUND',
    ]);
    expect((await h.ok(ENTITY, { r }, ['customer'], F.chen))._entities).toEqual([null]);
    expect(errorCodes(await h.raw(ENTITY, { r }, ['partner']))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await h.raw(DISCOUNT, { id: F.discounts[0] }, ['partner']))).toEqual(['FORBIDDEN']);
    // Another customer's records are not in their own lists either.
    const own = (await h.ok<Pages>(PAGES, { id: F.chen }, ['customer'], F.chen)).customer;
    expect([own.redemptions.totalCount, own.discounts.edges.map((e) => e.node.id)]).toEqual([
      1,
      [F.chenDiscount],
    ]);
  });
});

describe('reading many customers with their records', () => {
  const statementsFor = async (first: number) => {
    const { answer, statements } = await sqlOf(h.service.dataSource, () =>
      h.ok<{
        customers: { edges: { node: { redemptions: { totalCount: number } } }[] };
      }>(
        `query($first: Int) { customers(first: $first) { edges { node { id
          redemptions(first: 2) { totalCount edges { node { id points } } }
          discounts(first: 5) { totalCount edges { node { id } } } } } } }`,
        { first },
        ['analyst'],
      ),
    );
    return {
      count: statements,
      totals: answer.customers.edges.map((e) => e.node.redemptions.totalCount),
    };
  };

  it("reads one or every customer's redemptions and discounts in the same number of statements", async () => {
    const one = await statementsFor(1);
    const all = await statementsFor(50);
    expect([one.totals, all.totals]).toEqual([[3], [3, 1]]);
    expect(all.count).toBe(one.count);
  });
});

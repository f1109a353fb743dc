import { randomUUID } from 'node:crypto';
import { sqlOf } from '@care/testing';
import { purchase, register, setTier, useHarness, verify } from './harness';

// Every connection counts its items (`totalCount`, one statement) only when the query selects the count:
// read without it, a list costs one statement fewer; read with it, the count is exact.

const h = useHarness('loyalty_total_count', { startAt: '2026-03-02T02:00:00Z' });
/** Zhou: 2 purchases, 3 redemptions, 2 discounts. Chen: 1 purchase. Wu: nothing. All tagged `counted`. */
const F = { zhou: '', chen: '', wu: '' };
const SEEDED = { customers: 3, campaigns: 3, zhou: { ledger: 5, redemptions: 3, discounts: 2 } };

const STAFF = ['cs_manager'];

beforeAll(async () => {
  for (const name of ['zhou', 'chen', 'wu'] as const) {
    h.clock.advance(1_000);
    F[name] = await register(h, { name, tags: ['counted'] });
  }
  await register(h, { name: 'not counted', tags: ['other'] });
  await verify(h, F.zhou);
  await purchase(h, F.zhou, '60000');
  await purchase(h, F.zhou, '1000');
  await purchase(h, F.chen, '500');
  await setTier(h, F.zhou, 'GOLD');
  for (const points of [100, 200, 300]) {
    h.clock.advance(60_000);
    await h.ok(
      `mutation($input: RequestRedemptionInput!) { requestRedemption(input: $input) { id } }`,
      { input: { customerId: F.zhou, points, idempotencyKey: randomUUID() } },
      ['cs_specialist'],
    );
  }
  for (const quarter of [0, 1]) {
    if (quarter) h.clock.advance(40 * 24 * 3600_000); // the next quarter: another Gold quarterly discount
    await h.ok(
      `mutation($id: ID!) { issueDiscount(input: { customerId: $id, kind: GOLD_QUARTERLY, value: "100" }) { id } }`,
      { id: F.zhou },
      ['sales'],
    );
  }
  for (const name of ['Spring', 'Summer', 'Autumn'])
    await h.ok(
      `mutation($name: String!) { createCampaign(input: { name: $name, type: "APPRECIATION_EVENT",
        targetTiers: [GOLD], budget: "1000", startsOn: "2026-06-01", endsOn: "2026-06-30" }) { id } }`,
      { name },
      ['sales'],
    );
});

it('the seeded rows are those the counts below expect', async () => {
  const [seeded] = await h.sql(
    `SELECT (SELECT count(*)::int FROM loyalty.customer WHERE 'counted' = ANY(tags)) AS customers,
            (SELECT count(*)::int FROM loyalty.campaign) AS campaigns,
            (SELECT count(*)::int FROM loyalty.ledger_entry WHERE customer_id = $1) AS ledger,
            (SELECT count(*)::int FROM loyalty.redemption WHERE customer_id = $1) AS redemptions,
            (SELECT count(*)::int FROM loyalty.discount WHERE customer_id = $1) AS discounts`,
    [F.zhou],
  );
  expect(seeded).toEqual({ customers: 3, campaigns: 3, ...SEEDED.zhou });
});

/** A connection read with `first: 1` (it has more items), and how many items it has. */
interface List {
  name: string;
  /** The connection's type, for a fragment on it. */
  type: string;
  /** The connection field with its arguments. */
  field: string;
  /** The query, `$LIST` standing for the connection with its selection. */
  query: string;
  /** The connection in the answer. */
  connection: (data: Record<string, unknown>) => Record<string, unknown>;
  variables: () => Record<string, unknown>;
  seeded: number;
}

const root = (field: string, type: string, args: string, seeded: number): List => ({
  name: `Query.${field}`,
  type,
  field: `${field}(first: 1, ${args})`,
  query: `{ $LIST }`,
  connection: (data) => data[field] as Record<string, unknown>,
  variables: () => ({}),
  seeded,
});

const ofZhou = (field: string, type: string, seeded: number): List => ({
  name: `Customer.${field}`,
  type,
  field: `${field}(first: 1)`,
  query: `query($id: ID!) { customer(id: $id) { id $LIST } }`,
  connection: (data) => (data.customer as Record<string, Record<string, unknown>>)[field]!,
  variables: () => ({ id: F.zhou }),
  seeded,
});

const LISTS: List[] = [
  root('customers', 'CustomerConnection', 'filter: { tag: "counted" }', SEEDED.customers),
  root('campaigns', 'CampaignConnection', 'status: DRAFT', SEEDED.campaigns),
  ofZhou('pointsLedger', 'LedgerConnection', SEEDED.zhou.ledger),
  ofZhou('redemptions', 'RedemptionConnection', SEEDED.zhou.redemptions),
  ofZhou('discounts', 'DiscountConnection', SEEDED.zhou.discounts),
];

/** Reads the list with `selection` beside its first edge: the answer's connection and the SQL it cost. */
async function read(list: List, selection: string, fragments = '') {
  const query = `${list.query.replace('$LIST', `${list.field} { ${selection} edges { node { id } } }`)} ${fragments}`;
  const { answer, statements, sql } = await sqlOf(h.service.dataSource, () =>
    h.ok(query, list.variables(), STAFF),
  );
  return { connection: list.connection(answer), statements, sql };
}

/** How many of the statements count rows. */
const counts = (sql: string[]) => sql.filter((s) => /\bcount\(\*\)/i.test(s)).length;

describe('totalCount only when asked for', () => {
  it.each(LISTS.map((l) => [l.name, l] as const))(
    '%s: one statement fewer without totalCount; with it, the exact count',
    async (_name, list) => {
      const without = await read(list, 'pageInfo { hasNextPage }');
      const withCount = await read(list, 'pageInfo { hasNextPage } totalCount');
      const throughFragment = await read(
        list,
        'pageInfo { hasNextPage } ...Counted',
        `fragment Counted on ${list.type} { n: totalCount }`,
      );
      expect(withCount.connection.totalCount).toBe(list.seeded);
      expect(throughFragment.connection.n).toBe(list.seeded);
      expect(without.connection).toEqual({
        pageInfo: { hasNextPage: true },
        edges: withCount.connection.edges,
      });
      expect(without.statements).toBe(withCount.statements - 1);
      expect(throughFragment.statements).toBe(withCount.statements);
      expect([counts(without.sql), counts(withCount.sql)]).toEqual([0, 1]);
    },
  );

  it("counts the records of a page of customers in one statement per list, and only each list's own", async () => {
    type Nested = { totalCount?: number; edges: unknown[] };
    type Page = {
      customers: {
        totalCount?: number;
        edges: { node: { id: string; pointsLedger: Nested; redemptions: Nested; discounts: Nested } }[];
      };
    };
    const page = (count: string) =>
      sqlOf(h.service.dataSource, () =>
        h.ok<Page>(
          `{ customers(first: 10, filter: { tag: "counted" }) { ${count} edges { node { id
            pointsLedger(first: 1) { ${count} edges { node { id } } }
            redemptions(first: 1) { ${count} edges { node { id } } }
            discounts(first: 1) { ${count} edges { node { id } } } } } } }`,
          {},
          STAFF,
        ),
      );
    const without = await page('');
    const withCount = await page('totalCount');
    expect(without.statements).toBe(withCount.statements - 4);
    expect([counts(without.sql), counts(withCount.sql)]).toEqual([0, 4]);
    const { customers } = withCount.answer;
    expect(customers.totalCount).toBe(SEEDED.customers);
    expect(
      customers.edges.map(({ node }) => [
        node.id,
        node.pointsLedger.totalCount,
        node.redemptions.totalCount,
        node.discounts.totalCount,
      ]),
    ).toEqual([
      [F.zhou, SEEDED.zhou.ledger, SEEDED.zhou.redemptions, SEEDED.zhou.discounts],
      [F.chen, 1, 0, 0],
      [F.wu, 0, 0, 0],
    ]);
  });

  it('counts the list that asks for it when the query reads the same list again without the count', async () => {
    const { customer } = await h.ok<{
      customer: Record<string, { totalCount?: number; edges: unknown[] }>;
    }>(
      `query($id: ID!) { customer(id: $id) {
        pageOnly: redemptions(first: 1) { edges { node { id } } }
        counted: redemptions(first: 1) { totalCount edges { node { id } } }
        ledgerOnly: pointsLedger(first: 1) { edges { node { id } } }
        ledger: pointsLedger(first: 1) { totalCount edges { node { id } } } } }`,
      { id: F.zhou },
      STAFF,
    );
    expect(customer.counted!.totalCount).toBe(SEEDED.zhou.redemptions);
    expect(customer.ledger!.totalCount).toBe(SEEDED.zhou.ledger);
    expect(customer.pageOnly!.edges).toEqual(customer.counted!.edges);
    expect(customer.ledgerOnly!.edges).toEqual(customer.ledger!.edges);
  });
});

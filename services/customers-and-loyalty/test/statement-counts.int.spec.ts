import { randomUUID } from 'node:crypto';
import { copyRow, describeStatementCounts, readsAs, type StatementCase } from '@care/testing';
import { typeDefs } from '../src/app';
import { createCampaign, purchase, register, useHarness, verify } from './harness';

// Every list and every batch of entity references costs the same SQL statements for 1, 10 and 100 items,
// with the nested lists a front end reads with them.

const h = useHarness('loyalty_statements', { startAt: '2026-03-02T02:00:00Z' });
const customers: string[] = [];
const redemptions: string[] = [];
const discounts: string[] = [];
const campaigns: string[] = [];

/** The tier proposals of a year are the list of `tierProposals(year)`: 1, 10 and 100 of them. */
const YEARS = new Map([
  [2021, 1],
  [2022, 10],
  [2023, 100],
]);
const yearOf = (n: number) => [...YEARS].find(([, count]) => count === n)![0];

/** Runs `work` for 0 ... count-1, ten at a time. */
async function inParallel(count: number, work: (i: number) => Promise<void>): Promise<void> {
  for (let from = 0; from < count; from += 10)
    await Promise.all(Array.from({ length: Math.min(10, count - from) }, (_, k) => work(from + k)));
}

const one = async <T>(query: string, variables: Record<string, unknown>, roles: string[]) =>
  h.ok<Record<string, T>>(query, variables, roles);

beforeAll(async () => {
  // 100 Gold customers, each with a purchase, a verified identity, a pending redemption and a discount.
  await inParallel(100, async (i) => {
    const id = await register(h, {
      name: `Customer ${i}`,
      email: `customer${i}@example.com`,
      phone: '13812345678',
      birthday: '1990-03-14',
      region: 'CN-GD',
      tags: ['bulk'],
    });
    customers[i] = id;
    await h.sql(`UPDATE loyalty.customer SET tier = 'GOLD' WHERE id = $1`, [id]);
    await purchase(h, id, '60000');
    await verify(h, id);
    const { requestRedemption } = await one<{ id: string }>(
      `mutation($input: RequestRedemptionInput!) { requestRedemption(input: $input) { id } }`,
      { input: { customerId: id, points: 100, idempotencyKey: randomUUID() } },
      ['cs_specialist'],
    );
    redemptions[i] = requestRedemption!.id;
    const { issueDiscount } = await one<{ id: string }>(
      `mutation($id: ID!) { issueDiscount(input: { customerId: $id, kind: GOLD_QUARTERLY, value: "100" }) { id } }`,
      { id },
      ['sales'],
    );
    discounts[i] = issueDiscount!.id;
  });
  // The first customer's consent and (lifted) freeze, copied to the other 99.
  const [first] = customers as [string];
  const others = customers.slice(1).map((customer_id) => ({ customer_id }));
  await h.ok(
    `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
    { input: { customerId: first, kind: 'PRIVACY', granted: true, lawfulBasis: 'CONSENT' } },
    ['cs_specialist'],
  );
  for (const mutation of ['freezeAccount', 'unfreezeAccount'])
    await h.ok(
      `mutation($id: ID!) { ${mutation}(customerId: $id, reason: "points check") { id } }`,
      { id: first },
      ['sales'],
    );
  for (const table of ['consent', 'account_freeze']) {
    const [row] = await h.sql<{ id: string }>(`SELECT id FROM loyalty.${table} WHERE customer_id = $1`, [
      first,
    ]);
    await copyRow(h.sql, table, row!.id, others);
  }
  // 100 campaigns (one created, 99 copies), each with two interactions.
  const campaign = await createCampaign(h, { name: 'Spring', targetTiers: ['GOLD'] });
  await copyRow(
    h.sql,
    'campaign',
    campaign,
    Array.from({ length: 99 }, () => ({})),
  );
  campaigns.push(
    ...(await h.sql<{ id: string }>(`SELECT id FROM loyalty.campaign ORDER BY created_at, id`)).map(
      (r) => r.id,
    ),
  );
  await h.sql(
    `INSERT INTO loyalty.campaign_interaction (id, campaign_id, customer_id, kind, cost, recorded_by, at)
     SELECT gen_random_uuid(), c.id, $1, 'CALL', 10, 'marketing-1', now()
       FROM loyalty.campaign c, generate_series(1, 2)`,
    [first],
  );
  // A data change request of each customer, waiting for its review.
  await h.sql(
    `INSERT INTO loyalty.customer_change (id, customer_id, changes, id_document_ref, status, entered_by,
       submitted_at, due_at)
     SELECT gen_random_uuid(), id, '{"phone": "13800000000"}', 'photo', 'PENDING_REVIEW', 'clerk-1',
       now(), now() + interval '2 hours'
       FROM unnest($1::uuid[]) AS id`,
    [customers],
  );
  // The tier proposals of three years: of 1, 10 and 100 customers.
  for (const [year, count] of YEARS)
    await h.sql(
      `INSERT INTO loyalty.tier_proposal (id, customer_id, evaluation_year, from_tier, to_tier, annual_spend,
         policy_version, status, proposed_by, proposed_at)
       SELECT gen_random_uuid(), id, $1, 'MEMBER', 'GOLD', 60000, 1, 'PROPOSED', 'sales-1', now()
         FROM unnest($2::uuid[]) AS id`,
      [year, customers.slice(0, count)],
    );
});

const CUSTOMER = `id name email phone birthday tier status annualSpend pointsBalance lockedPoints identityVerified
  identity { documentType } consents { kind } consentHistory { kind } benefits { code } freezes { id }
  pointsLedger(first: 2) { totalCount edges { node { id points drawnFrom { points credit { id expiresAt } } } } }
  pointsExpiring { expiresAt points }
  redemptions(first: 2) { totalCount edges { node { id points customer { id } } } }
  discounts(first: 2) { totalCount edges { node { id value customer { id } } } }`;
const CAMPAIGN = `id name status targetTiers interactions { id customerId cost }`;
const REDEMPTION = `id points value status requiredAuthority customer { id name tier }`;
const DISCOUNT = `id kind value status customerId customer { id name tier }`;

/** A staff member who sees contact details in full: every read of them is audited. */
const STAFF = ['cs_manager'];

const staff = readsAs((query, variables) => h.ok(query, variables, STAFF));

const CASES: StatementCase[] = [
  // The page and its count; then, for all the page's customers at once: annual spend, consents, freezes,
  // ledger (page, count), the credits its debits drew from, points by expiry, redemptions (page, count),
  // discounts (page, count); the policy; the audit of the contact details read (begin, commit; the outbox
  // row itself is not counted).
  {
    name: 'Query.customers',
    statements: 16,
    read: staff.connection('customers', CUSTOMER, ', filter: { tag: "bulk" }'),
  },
  // The customers by id, then as above.
  { name: 'Customer', statements: 15, read: staff.entities('Customer', customers, CUSTOMER) },
  // Page, count, every campaign's interactions.
  { name: 'Query.campaigns', statements: 3, read: staff.connection('campaigns', CAMPAIGN) },
  { name: 'Campaign', statements: 2, read: staff.entities('Campaign', campaigns, CAMPAIGN) },
  // Page, count, the requests' customers.
  {
    name: 'Query.customerChanges',
    statements: 3,
    read: staff.connection('customerChanges', 'id status dueAt changes { phone } customer { id name tier }'),
  },
  // The records by id, then their customers.
  { name: 'Redemption', statements: 2, read: staff.entities('Redemption', redemptions, REDEMPTION) },
  { name: 'Discount', statements: 2, read: staff.entities('Discount', discounts, DISCOUNT) },
  {
    name: 'Query.tierProposals',
    statements: 2,
    read: staff.list(
      'tierProposals',
      `query($year: Int!) { tierProposals(year: $year) { id from to customer { id name tier } } }`,
      (n) => ({ year: yearOf(n) }),
    ),
  },
  {
    // The export groups customers by tier and region: regrouped here (outside the count) into n groups.
    name: 'Query.customerStatistics',
    statements: 1,
    read: async (n) => {
      await h.sql(
        `UPDATE loyalty.customer c SET region = 'R' || k.g, tier = (ARRAY['MEMBER', 'GOLD', 'PLATINUM', 'DIAMOND'])[1 + k.g % 4]
           FROM (SELECT id, (row_number() OVER (ORDER BY id)) % $1 AS g FROM loyalty.customer) k
          WHERE k.id = c.id`,
        [n],
      );
      return (
        await one<unknown[]>(`{ customerStatistics(year: 2026) { tier region customers } }`, {}, [
          'compliance',
        ])
      ).customerStatistics!.length;
    },
  },
];

describeStatementCounts({ source: () => h.service.dataSource, typeDefs, cases: CASES });

it("reads each customer's own ledger entries in a page of customers, newest first, and on after a cursor", async () => {
  type Ledger = {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: { kind: string; points: number } }[];
  };
  const LEDGER = `pointsLedger(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { kind points } } }`;
  const page = await one<{ edges: { node: { id: string; pointsLedger: Ledger } }[] }>(
    `query($after: String) { customers(first: 3, filter: { tag: "bulk" }) { edges { node { id ${LEDGER} } } } }`,
    {},
    STAFF,
  );
  const ledgers = page.customers!.edges.map((e) => e.node.pointsLedger);
  expect(ledgers.map((l) => [l.totalCount, l.pageInfo.hasNextPage, l.edges.map((e) => e.node)])).toEqual(
    Array.from({ length: 3 }, () => [2, true, [{ kind: 'REDEEM', points: -100 }]]),
  );
  const [customer] = page.customers!.edges.map((e) => e.node);
  const rest = await one<Ledger>(
    `query($id: ID!, $after: String) { customer(id: $id) { ${LEDGER} } }`,
    { id: customer!.id, after: customer!.pointsLedger.pageInfo.endCursor },
    STAFF,
  );
  expect(rest.customer).toMatchObject({
    pointsLedger: { totalCount: 2, pageInfo: { hasNextPage: false }, edges: [{ node: { kind: 'EARN' } }] },
  });
});

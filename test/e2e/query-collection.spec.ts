/**
 * Every example operation in docs/queries (the workbench's tabs) runs against the whole system with the
 * demo data of `pnpm seed`, with a token of the role its file names: no errors, and answers that hold
 * the seeded records, checked against independent reads. A file added to the folder is run too.
 */
import { readdirSync } from 'node:fs';
import {
  QUERIES_DIR,
  readQueryCollection,
  type ExampleOperation,
} from '@care/gateway/src/workbench/collection';
import { complaintClosed, complaintReceived, customerRegistered } from '@care/contracts';
import { seed } from '@care/infra/dev/seed';
import { dataOf, expectEventually, gql, TEST_JWT_SECRET, testToken } from '@care/testing';
import request from 'supertest';
import { startSystem, type System } from './harness';

const { operations, problems } = readQueryCollection();

let system: System;
/** Values for variables that name seeded records, or a period that holds all of them. */
let fixtures: Record<string, unknown>;
let totals: { complaints: number; customers: number };

/** A reader of everything the checks compare with (not a role any example is written for). */
const reader = () => testToken({ sub: 'collection-check', roles: ['admin'] });
const read = async <T>(query: string, variables: Record<string, unknown> = {}) =>
  dataOf(await gql<T>(system.gateway.app, query, variables, { token: await reader() }));

beforeAll(async () => {
  system = await startSystem();
  await seed({ gatewayUrl: system.gateway.url, secret: TEST_JWT_SECRET, log: () => undefined });
  const seeded = await read<{
    closed: { edges: { node: { number: string } }[] };
    complaints: { totalCount: number };
    customers: { totalCount: number };
    diamond: { edges: { node: { id: string } }[] };
  }>(`{
    closed: complaints(filter: { status: [CLOSED] }, first: 1) { edges { node { number } } }
    complaints(first: 1) { totalCount }
    customers(first: 1) { totalCount }
    diamond: customers(filter: { tier: DIAMOND, search: "Wang Li" }, first: 1) { edges { node { id } } }
  }`);
  totals = { complaints: seeded.complaints.totalCount, customers: seeded.customers.totalCount };
  fixtures = {
    number: seeded.closed.edges[0]!.node.number,
    customerId: seeded.diamond.edges[0]!.node.id,
    from: new Date(Date.now() - 365 * 86_400_000).toISOString(),
    to: new Date(Date.now() + 86_400_000).toISOString(),
  };
  // Governance writes the audit trail from the events: wait until it holds the closed complaint's end.
  await expectEventually(async () => {
    const { complaintByNumber } = await read<{
      complaintByNumber: { auditTrail: { edges: { node: { action: string } }[] } };
    }>(
      `query($number: String!) { complaintByNumber(number: $number) { auditTrail(first: 100) { edges { node { action } } } } }`,
      { number: fixtures.number },
    );
    expect(complaintByNumber.auditTrail.edges.map((e) => e.node.action)).toContain(complaintClosed.type);
  });
}, 240_000);

afterAll(async () => {
  await system?.stop();
});

/** The file's example values, with the seeded records' values for the variables named in `fixtures`. */
function variablesFor(operation: ExampleOperation): Record<string, unknown> {
  const variables: Record<string, unknown> = { ...operation.variables };
  for (const { name } of operation.variableDefinitions)
    if (name in fixtures) variables[name] = fixtures[name];
  const missing = operation.variableDefinitions.filter((v) => v.required && variables[v.name] === undefined);
  if (missing.length)
    throw new Error(
      `${operation.file}: give $${missing.map((v) => v.name).join(', $')} a default, a "# Variables:" value, or a fixture here`,
    );
  return variables;
}

/** Null, an empty list or an empty connection: an answer that says nothing about the seeded data. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  const connection = value as { totalCount?: unknown; edges?: unknown[] };
  if (typeof connection.totalCount === 'number') return connection.totalCount === 0;
  if (Array.isArray(connection.edges)) return connection.edges.length === 0;
  return false;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const nodes = (connection: { edges: { node: Data }[] }) => connection.edges.map((e) => e.node);

type CustomerPage = {
  customers: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { pointsBalance: number; lockedPoints: number } }[];
  };
};

/** What each example's answer must hold, beyond "no error and no empty root field". */
const CHECKS: Record<string, (data: Data) => void | Promise<void>> = {
  'approval-lead-times.graphql': ({ approvalRequests }) => {
    const rows = nodes(approvalRequests);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(Date.parse(r.decidedAt)).toBeGreaterThanOrEqual(Date.parse(r.submittedAt));
    expect(rows.map((r) => r.type)).toEqual(expect.arrayContaining(['POINTS_REDEMPTION', 'CAMPAIGN']));
  },
  'campaign-cost-vs-budget.graphql': ({ campaigns, loyaltyKpis }) => {
    for (const c of nodes(campaigns)) {
      expect(Number(c.budget)).toBeGreaterThan(0);
      expect(Number(c.spent)).toBeGreaterThan(0);
    }
    expect(Number(loyaltyKpis.budgetAttainment)).toBeGreaterThan(0);
    expect(Number(loyaltyKpis.activityCostShare)).toBeGreaterThan(0);
  },
  'complaint-audit-trail.graphql': ({ complaintByNumber: c, auditChainHead }) => {
    expect(c.number).toBe(fixtures.number);
    const trail = nodes(c.auditTrail);
    // Oldest first: the filing, then the rest of its life up to its closing.
    expect(trail[0]).toMatchObject({ action: complaintReceived.type, source: 'complaints' });
    expect(trail.map((e) => e.action)).toContain(complaintClosed.type);
    expect(c.auditTrail.totalCount).toBe(trail.length);
    const times = trail.map((e) => Date.parse(e.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    for (const e of trail) expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(nodes(c.customer.auditTrail)[0]?.action).toBe(customerRegistered.type);
    // The chain's head is at or past every entry read.
    expect(auditChainHead.position).toBeGreaterThanOrEqual(Math.max(...trail.map((e) => e.position)));
    expect(auditChainHead.hash).toMatch(/^[0-9a-f]{64}$/);
  },
  'complaint-detail.graphql': ({ complaintByNumber: c }) => {
    expect(c.number).toBe(fixtures.number);
    expect(c.status).toBe('CLOSED');
    expect(c.customer.name).toEqual(expect.any(String));
    expect(c.sla.resolvedAt).not.toBeNull();
    expect(c.solutions.length).toBeGreaterThan(0);
    expect(c.timeline.map((t: Data) => t.status)).toEqual(expect.arrayContaining(['RECEIVED', 'CLOSED']));
  },
  'complaints-by-month-and-category.graphql': ({ complaintStats }) => {
    expect(sum(complaintStats.map((s: Data) => s.count))).toBe(totals.complaints);
    for (const s of complaintStats) expect(s.key.month).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
    expect(complaintStats.some((s: Data) => s.onTimeRate !== null)).toBe(true);
  },
  'customer-page.graphql': ({ customer }) => {
    expect(customer).toMatchObject({ id: fixtures.customerId, name: 'Wang Li', tier: 'DIAMOND' });
    expect(customer.pointsBalance).toBeGreaterThan(0);
    expect(customer.benefits.length).toBeGreaterThan(0);
    expect(customer.pointsLedger.totalCount).toBeGreaterThan(0);
    expect(customer.complaints.totalCount).toBeGreaterThan(0);
    // The points by expiry add up to what can be redeemed, soonest first; a debit drew exactly its points.
    const expiring: { expiresAt: string; points: number }[] = customer.pointsExpiring;
    expect(sum(expiring.map((e) => e.points))).toBe(customer.pointsBalance);
    const moments = expiring.map((e) => Date.parse(e.expiresAt));
    expect(moments).toEqual([...moments].sort((a, b) => a - b));
    const entries = nodes(customer.pointsLedger);
    for (const entry of entries)
      expect(sum(entry.drawnFrom.map((d: Data) => d.points))).toBe(Math.max(0, -entry.points));
    expect(entries.filter((e) => e.drawnFrom.length > 0).length).toBeGreaterThan(0); // the seeded redemption
  },
  'data-change-queue.graphql': ({ customerChanges }) => {
    const rows = nodes(customerChanges);
    // The two requests the seed leaves waiting (infra/dev/seed/small/changes.ts), the earliest deadline first.
    expect(rows.map((r) => r.customer.name).sort()).toEqual(['James Carter', 'Tang Yi']);
    expect(customerChanges.totalCount).toBe(2);
    const due = rows.map((r) => Date.parse(r.dueAt));
    expect(due).toEqual([...due].sort((a, b) => a - b));
    for (const r of rows) {
      expect(Date.parse(r.dueAt)).toBeGreaterThan(Date.parse(r.submittedAt));
      expect(r.idDocumentReference).toMatch(/^demo-seed-change-/);
      expect(r.overdueAt).toBeNull();
    }
  },
  'my-approval-queue.graphql': ({ approvalRequests }) => {
    const subjectOf: Record<string, string> = {
      'loyalty/redemption': 'Redemption',
      'loyalty/discount': 'Discount',
      'loyalty/campaign': 'Campaign',
      'complaints/solution': 'Solution',
      'governance/exception_application': 'ExceptionApplication',
    };
    for (const r of nodes(approvalRequests)) {
      expect(r.requiredAuthority).toBe('GM');
      const kind = r.reference && `${r.reference.service}/${r.reference.aggregate}`;
      expect([kind, r.subject?.__typename ?? null]).toEqual([kind, kind ? subjectOf[kind] : null]);
    }
  },
  'on-time-rate-by-department.graphql': ({ complaintStats }) => {
    expect(sum(complaintStats.map((s: Data) => s.count))).toBe(totals.complaints);
    const rated = complaintStats.filter((s: Data) => s.onTimeRate !== null);
    expect(rated.length).toBeGreaterThan(0);
    for (const s of rated) expect(s.onTimeRate).toBeGreaterThanOrEqual(0);
    for (const s of rated) expect(s.onTimeRate).toBeLessThanOrEqual(1);
  },
  'points-liability.graphql': async ({ tierPolicy, pointsLiability }) => {
    // The totals are those of every customer, read page by page.
    let held = { available: 0, locked: 0, customers: 0 };
    let after: string | null = null;
    do {
      const { customers }: CustomerPage = await read<CustomerPage>(
        `query($after: String) { customers(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
          edges { node { pointsBalance lockedPoints } } } }`,
        { after },
      );
      for (const { node } of customers.edges)
        held = {
          available: held.available + node.pointsBalance,
          locked: held.locked + node.lockedPoints,
          customers: held.customers + (node.pointsBalance + node.lockedPoints > 0 ? 1 : 0),
        };
      after = customers.pageInfo.hasNextPage ? customers.pageInfo.endCursor : null;
    } while (after);
    expect(held.available).toBeGreaterThan(0);
    expect(pointsLiability).toMatchObject(held);
    const worth = (held.available + held.locked) * Number(tierPolicy.pointValueCny);
    expect(Number(pointsLiability.value)).toBeCloseTo(worth, 2);
    // Twelve months in order, holding no more points than are available.
    const months = pointsLiability.expiring.map((m: Data) => m.month);
    expect(months).toHaveLength(12);
    expect(months).toEqual([...months].sort());
    expect(sum(pointsLiability.expiring.map((m: Data) => m.points))).toBeLessThanOrEqual(held.available);
  },
  'tier-distribution.graphql': (data) => {
    const tiers = ['diamond', 'platinum', 'gold', 'member'].map((t) => data[t].totalCount as number);
    expect(data.all.totalCount).toBe(totals.customers);
    expect(sum(tiers)).toBe(data.all.totalCount);
    expect(data.tierPolicy.thresholds.length).toBeGreaterThan(0);
  },
};

describe('the example operations in docs/queries', () => {
  it('are every .graphql file of the folder, each readable', () => {
    expect(problems).toEqual([]);
    const files = readdirSync(QUERIES_DIR).filter((f) => f.endsWith('.graphql'));
    expect(operations.map((o) => o.file)).toEqual(files.sort());
    expect(files.length).toBeGreaterThanOrEqual(11);
  });

  it.each(operations.map((o) => [o.file, o] as const))(
    '%s answers its readers with the seeded data',
    async (file, operation) => {
      const token = await testToken({
        sub: `reader-${operation.roles[0]}`,
        roles: operation.roles,
        ...(operation.department ? { department: operation.department } : {}),
      });
      const result = await gql<Data>(system.gateway.app, operation.source, variablesFor(operation), {
        token,
      });
      expect(result.errors).toBeUndefined();
      expect(result.status).toBe(200);
      const data = result.data!;
      for (const [field, value] of Object.entries(data))
        expect({ field, empty: isEmpty(value) }).toEqual({ field, empty: false });
      await CHECKS[file]?.(data);
    },
  );

  it("the workbench's dev token reads through the gateway", async () => {
    const issued = await request(system.gateway.app).get('/workbench/dev-token').query({ role: 'analyst' });
    expect(issued.status).toBe(200);
    const { complaintStats } = dataOf(
      await gql<{ complaintStats: { count: number }[] }>(
        system.gateway.app,
        '{ complaintStats(groupBy: [STATUS]) { count } }',
        {},
        { token: issued.body.token },
      ),
    );
    expect(sum(complaintStats.map((s) => s.count))).toBe(totals.complaints);
  });
});

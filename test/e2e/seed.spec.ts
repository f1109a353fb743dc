/**
 * `pnpm seed` against the whole system in this process: the demo data it promises is there, read back
 * through the gateway independently of the seed's own summary, and a second run changes nothing.
 */
import { seed, SEED_TAG, type SeedSummary } from '@care/infra/dev/seed';
import { dataOf, gql, TEST_JWT_SECRET, testToken } from '@care/testing';
import { SEED_READER, startSystem, systemForFile, type System } from './harness';

const system = systemForFile();
let reader: string;

beforeAll(async () => {
  reader = await testToken(SEED_READER);
});

const call = async <T>(query: string, variables: Record<string, unknown> = {}) =>
  dataOf(await gql<T>(system.gateway.app, query, variables, { token: reader }));

interface Seeded {
  id: string;
  name: string;
  tier: string;
  status: string;
  pointsBalance: number;
  lockedPoints: number;
  identityVerified: boolean;
}

/** Everything the test checks, read through the gateway. */
async function snapshot() {
  const { customers } = await call<{ customers: { totalCount: number; edges: { node: Seeded }[] } }>(
    `query($tag: String!) { customers(filter: { tag: $tag }, first: 100) { totalCount edges { node { id name tier status pointsBalance lockedPoints identityVerified } } } }`,
    { tag: SEED_TAG },
  );
  const seeded = customers.edges.map((e) => e.node);
  const ids = new Set(seeded.map((c) => c.id));
  const { complaints } = await call<{
    complaints: {
      totalCount: number;
      edges: {
        node: {
          status: string;
          channel: string;
          category: string | null;
          urgency: string;
          customer: { id: string };
        };
      }[];
    };
  }>(
    `{ complaints(first: 100) { totalCount edges { node { status channel category urgency customer { id } } } } }`,
  );
  const ours = complaints.edges.map((e) => e.node).filter((c) => ids.has(c.customer.id));
  const { approvalRequests } = await call<{
    approvalRequests: { edges: { node: { type: string; status: string; requiredAuthority: string } }[] };
  }>(`{ approvalRequests(first: 100) { edges { node { type status requiredAuthority } } } }`);
  const { customerChanges } = await call<{
    customerChanges: {
      edges: {
        node: { status: string; customer: { name: string }; enteredBy: string; reviewedBy: string | null };
      }[];
    };
  }>(`{ customerChanges(first: 100) { edges { node { status customer { name } enteredBy reviewedBy } } } }`);
  const { campaigns } = await call<{
    campaigns: { edges: { node: { name: string; status: string; archiveNumber: string | null } }[] };
  }>(`{ campaigns(first: 100) { edges { node { name status archiveNumber } } } }`);
  const count = <T>(items: T[], key: (item: T) => string) =>
    items.reduce<Record<string, number>>(
      (acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }),
      {},
    );
  return {
    customers: customers.totalCount,
    byTier: count(seeded, (c) => c.tier),
    frozen: seeded.filter((c) => c.status === 'FROZEN').map((c) => c.name),
    verified: seeded.filter((c) => c.identityVerified).length,
    points: seeded.reduce((sum, c) => sum + c.pointsBalance + c.lockedPoints, 0),
    complaints: ours.length,
    byStatus: count(ours, (c) => c.status),
    channels: Object.keys(count(ours, (c) => c.channel)).sort(),
    categories: Object.keys(
      count(
        ours.filter((c) => c.category),
        (c) => c.category!,
      ),
    ).sort(),
    urgent: ours.filter((c) => c.urgency === 'URGENT').length,
    approvals: count(
      approvalRequests.edges.map((e) => e.node),
      (r) => `${r.type} ${r.status} ${r.requiredAuthority}`,
    ),
    changes: customerChanges.edges
      .map((e) => e.node)
      .map((c) => `${c.customer.name} ${c.status} ${c.enteredBy}${c.reviewedBy ? ` ${c.reviewedBy}` : ''}`)
      .sort(),
    campaigns: campaigns.edges.map((e) => e.node).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

describe('pnpm seed', () => {
  let first: SeedSummary;
  let before: Awaited<ReturnType<typeof snapshot>>;

  it('[DOMAIN 2.6, 3.1] loads customers of every tier, complaints in every stage, a frozen account and a redemption waiting for the GM', async () => {
    first = await seed({ gatewayUrl: system.gateway.url, secret: TEST_JWT_SECRET, log: () => undefined });
    before = await snapshot();

    expect(before.customers).toBe(40);
    expect(before.byTier).toEqual({ DIAMOND: 4, PLATINUM: 6, GOLD: 10, MEMBER: 20 });
    expect(before.verified).toBe(16);
    // The points-anomaly complaint froze its customer's account through the event.
    expect(before.frozen).toEqual(['Huang Lei']);

    // 30 complaints plus the one the follow-up visit of a closed complaint filed.
    expect(before.complaints).toBe(31);
    expect(before.byStatus).toEqual({
      RECEIVED: 6,
      CLASSIFIED: 3,
      ASSIGNED: 3,
      INVESTIGATING: 4,
      SOLUTION_PROPOSED: 3,
      SOLUTION_ACCEPTED: 2,
      IMPLEMENTING: 2,
      RESOLVED: 3,
      CLOSED: 5,
    });
    expect(before.channels).toEqual(['EMAIL', 'OTHER', 'PHONE', 'WEB_CHAT']);
    expect(before.categories).toEqual([
      'BILLING',
      'LOGISTICS_DELAY',
      'OTHER',
      'POINTS_ANOMALY',
      'PRODUCT_QUALITY',
      'SERVICE_ATTITUDE',
    ]);
    expect(before.urgent).toBe(1);

    expect(before.approvals).toEqual({
      // 4 small redemptions approved by the loyalty supervisor, one refused, one of 5,500 CNY for the GM.
      'POINTS_REDEMPTION APPROVED LOYALTY_SUPERVISOR': 4,
      'POINTS_REDEMPTION REJECTED LOYALTY_SUPERVISOR': 1,
      'POINTS_REDEMPTION PENDING GM': 1,
      // A compensation approved by the department head, one waiting for it, and the urgent one's
      // (15,000 CNY: the VP's), carried out at once and waiting to be approved afterwards.
      'COMPENSATION APPROVED DEPARTMENT_HEAD': 1,
      'COMPENSATION PENDING DEPARTMENT_HEAD': 1,
      'COMPENSATION PENDING VP': 1,
      'CAMPAIGN APPROVED DEPARTMENT_HEAD': 1,
      'CAMPAIGN APPROVED VP': 1,
    });
    // Data change requests (DOMAIN 2.5): entered by one person, reviewed by another; two still waiting.
    expect(before.changes).toEqual([
      'Chen Hao APPLIED seed-cs-chen-jing seed-sales-sun-hao',
      'James Carter PENDING_REVIEW seed-sales-sun-hao',
      'Li Na REJECTED seed-cs-chen-jing seed-sales-sun-hao',
      'Tang Yi PENDING_REVIEW seed-cs-chen-jing',
    ]);
    expect(before.campaigns.map((c) => c.status)).toEqual(['APPROVED', 'ARCHIVED']);
    expect(before.campaigns[1]!.archiveNumber).toMatch(/^KH\d{4}\d{6}$/);

    // The urgent complaint's compensation was credited at once, the approved one on approval.
    const compensations = async (name: string) => {
      const id = (
        await call<{ customers: { edges: { node: { id: string } }[] } }>(
          `query($name: String!) { customers(filter: { search: $name }, first: 1) { edges { node { id } } } }`,
          { name },
        )
      ).customers.edges[0]!.node.id;
      const { customer } = await call<{
        customer: { pointsLedger: { edges: { node: { kind: string; source: string; points: number } }[] } };
      }>(
        `query($id: ID!) { customer(id: $id) { pointsLedger(first: 100) { edges { node { kind source points } } } } }`,
        {
          id,
        },
      );
      return customer.pointsLedger.edges.map((e) => e.node).filter((n) => n.source === 'COMPLAINT');
    };
    expect(await compensations('Wang Li')).toEqual([
      { kind: 'COMPENSATE', source: 'COMPLAINT', points: 300_000 },
    ]);
    expect(await compensations('Liu Fang')).toEqual([
      { kind: 'COMPENSATE', source: 'COMPLAINT', points: 2_000 },
    ]);
    expect(await compensations('Zhao Min')).toEqual([]); // still waiting for the department head

    // The seed's own summary says the same.
    expect(first.customersByTier).toEqual({ DIAMOND: 4, PLATINUM: 6, GOLD: 10, MEMBER: 20 });
    expect(first.complaintsByStatus).toEqual(before.byStatus);
    expect(first.frozenCustomers).toBe(1);
    expect(first.approvalsPending).toEqual({ GM: 1, DEPARTMENT_HEAD: 1, VP: 1 });
    expect(first.created).toEqual({
      customers: 40,
      complaints: 31,
      redemptions: 6,
      changeRequests: 4,
      campaigns: 2,
    });
    // Tiers are re-evaluated in January only (DOMAIN 2.1); outside it the seed enters audited overrides.
    const shanghai = new Date(Date.now() + 8 * 3600_000);
    expect(first.tierMethod).toBe(shanghai.getUTCMonth() === 0 ? 'EVALUATION' : 'OVERRIDE');
  }, 240_000);

  it('a second run creates nothing and changes no count', async () => {
    expect(before).toBeDefined();
    const second = await seed({
      gatewayUrl: system.gateway.url,
      secret: TEST_JWT_SECRET,
      log: () => undefined,
    });
    expect(second.created).toEqual({
      customers: 0,
      complaints: 0,
      redemptions: 0,
      changeRequests: 0,
      campaigns: 0,
    });
    expect(second.tierMethod).toBe('UNCHANGED');
    expect(await snapshot()).toEqual(before);
  }, 240_000);
});

describe('pnpm seed in January', () => {
  let january: System;

  beforeAll(async () => {
    // Only the clock moves: timers, promises and I/O stay real.
    jest.useFakeTimers({
      now: new Date('2027-01-12T02:00:00Z'), // Tuesday 10:00 in Shanghai
      advanceTimers: true,
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
    january = await startSystem();
  }, 60_000);

  afterAll(async () => {
    await january?.stop();
    jest.useRealTimers();
  });

  it('[DOMAIN 2.1] sets the tiers through the re-evaluation of last year: sales proposes, internal control confirms', async () => {
    const summary = await seed({
      gatewayUrl: january.gateway.url,
      secret: TEST_JWT_SECRET,
      log: () => undefined,
    });
    expect(summary.tierMethod).toBe('EVALUATION');
    expect(summary.customersByTier).toEqual({ DIAMOND: 4, PLATINUM: 6, GOLD: 10, MEMBER: 20 });
    const { tierProposals } = dataOf(
      await gql<{
        tierProposals: { status: string; to: string; proposedBy: string; decidedBy: string | null }[];
      }>(
        january.gateway.app,
        `{ tierProposals(year: 2026) { status to proposedBy decidedBy } }`,
        {},
        { token: await testToken({ sub: 'seed-check', roles: ['sales'] }) },
      ),
    );
    expect(tierProposals).toHaveLength(20);
    expect(tierProposals.every((p) => p.status === 'CONFIRMED' && p.decidedBy !== p.proposedBy)).toBe(true);
    expect(tierProposals.filter((p) => p.to === 'DIAMOND')).toHaveLength(4);
  }, 240_000);
});

/**
 * `pnpm seed --size large`, scaled down to 40 customers, against the whole system in this process: the
 * company it plans is there, read back through the gateway independently of the seed's own summary,
 * across every tier, complaint category, month and stage.
 */
import {
  CATEGORIES,
  COMPLAINT_STATUSES,
  largePlan,
  seedLarge,
  TIERS,
  type LargeSeedSummary,
} from '@care/infra/dev/seed';
import { dataOf, gql, TEST_JWT_SECRET, testToken } from '@care/testing';
import { SEED_READER, systemForFile } from './harness';

const profile = { customers: 40, seed: 7 };
// One instant for the seed and the expectations, so both draw the same company.
const now = new Date();
const plan = largePlan(profile, now);

const system = systemForFile();
let reader: string;
let summary: LargeSeedSummary;

beforeAll(async () => {
  reader = await testToken(SEED_READER);
  summary = await seedLarge({
    gatewayUrl: system.gateway.url,
    secret: TEST_JWT_SECRET,
    log: () => undefined,
    clock: { now: () => now },
    profile,
  });
}, 120_000);

const call = async <T>(query: string, variables: Record<string, unknown> = {}) =>
  dataOf(await gql<T>(system.gateway.app, query, variables, { token: reader }));

const count = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((acc, i) => ({ ...acc, [key(i)]: (acc[key(i)] ?? 0) + 1 }), {});

/** Every page of a connection. */
async function all<N>(query: string, field: string, variables: Record<string, unknown> = {}): Promise<N[]> {
  const nodes: N[] = [];
  for (let after: string | null = null; ;) {
    const data: Record<
      string,
      { edges: { node: N }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }
    > = await call(query, { ...variables, after });
    nodes.push(...data[field]!.edges.map((e) => e.node));
    if (!data[field]!.pageInfo.hasNextPage) return nodes;
    after = data[field]!.pageInfo.endCursor;
  }
}

const shanghaiMonth = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 7);

describe('pnpm seed --size large (40 customers)', () => {
  it('registers the planned customers in every tier, tiers set from last year’s spend', async () => {
    const customers = await all<{ id: string; tier: string; region: string }>(
      `query($tag: String!, $after: String) { customers(filter: { tag: $tag }, first: 100, after: $after) { edges { node { id tier region } } pageInfo { hasNextPage endCursor } } }`,
      'customers',
      { tag: plan.groupTag },
    );
    const expected = count(plan.customers, (c) => c.tier);
    expect(count(customers, (c) => c.tier)).toEqual(expected);
    expect(Object.keys(expected).sort()).toEqual([...TIERS].sort());
    expect(new Set(customers.map((c) => c.region)).size).toBeGreaterThan(5);
    expect(summary.created.customers).toBe(40);
    expect(summary.customersByTier).toEqual({ DIAMOND: 0, PLATINUM: 0, GOLD: 0, MEMBER: 0, ...expected });
  });

  it('files complaints in every category in each of the last twelve months, in every stage', async () => {
    const ours = new Set(
      (
        await all<{ id: string }>(
          `query($tag: String!, $after: String) { customers(filter: { tag: $tag }, first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
          'customers',
          { tag: plan.groupTag },
        )
      ).map((c) => c.id),
    );
    const complaints = (
      await all<{ category: string | null; status: string; receivedAt: string; customer: { id: string } }>(
        `query($after: String) { complaints(first: 100, after: $after) { edges { node { category status receivedAt customer { id } } } pageInfo { hasNextPage endCursor } } }`,
        'complaints',
      )
    ).filter((c) => ours.has(c.customer.id));
    // Follow-up visits that found a new problem filed linked complaints of their own, received now.
    const linked = plan.complaints.filter((c) => c.linkedFollowUp).length;
    expect(complaints).toHaveLength(plan.complaints.length + linked);

    const classified = complaints.filter((c) => c.category);
    const pairs = count(classified, (c) => `${shanghaiMonth(c.receivedAt)} ${c.category}`);
    for (const month of plan.months)
      for (const category of CATEGORIES) expect(pairs[`${month} ${category}`]).toBeGreaterThanOrEqual(1);
    expect(count(classified, (c) => c.category!)).toEqual(
      count(
        plan.complaints.filter((c) => (c.kind ?? 'COMPLAINT') === 'COMPLAINT' && c.target !== 'RECEIVED'),
        (c) => c.category,
      ),
    );
    const byMonth = count(plan.complaints, (c) => c.month);
    byMonth[plan.months[11]!] = (byMonth[plan.months[11]!] ?? 0) + linked;
    expect(count(complaints, (c) => shanghaiMonth(c.receivedAt))).toEqual(byMonth);

    const byStatus = count(plan.complaints, (c) => c.target);
    if (linked > 0) byStatus.RECEIVED = (byStatus.RECEIVED ?? 0) + linked;
    expect(count(complaints, (c) => c.status)).toEqual(byStatus);
    expect(summary.complaintsByStatus).toEqual({
      ...Object.fromEntries(COMPLAINT_STATUSES.map((s) => [s, 0])),
      ...byStatus,
    });
  });

  it('runs campaigns and redemptions through approvals', async () => {
    const campaigns = await all<{ name: string; status: string; interactions: { customerId: string }[] }>(
      `query($after: String) { campaigns(first: 100, after: $after) { edges { node { name status interactions { customerId } } } pageInfo { hasNextPage endCursor } } }`,
      'campaigns',
    );
    const ours = campaigns.filter((c) => c.name.endsWith(`(${plan.groupTag})`));
    expect(count(ours, (c) => c.status)).toEqual({ ARCHIVED: 3, APPROVED: 2 });
    expect(ours.every((c) => c.interactions.length > 0)).toBe(true);

    const approvals = await all<{ type: string; status: string }>(
      `query($after: String) { approvalRequests(first: 100, after: $after) { edges { node { type status } } pageInfo { hasNextPage endCursor } } }`,
      'approvalRequests',
    );
    const redemptions = approvals.filter((a) => a.type === 'POINTS_REDEMPTION');
    expect(redemptions).toHaveLength(plan.redemptions.length);
    const decided = plan.redemptions.filter((r) => r.decision).length;
    expect(redemptions.filter((r) => r.status !== 'PENDING')).toHaveLength(decided);
    expect(approvals.filter((a) => a.type === 'CAMPAIGN' && a.status === 'APPROVED')).toHaveLength(5);
    const approvedCompensations = plan.complaints.filter((c) => c.approveCompensation).length;
    expect(approvals.filter((a) => a.type === 'COMPENSATION' && a.status === 'APPROVED')).toHaveLength(
      approvedCompensations,
    );
  });

  it('enters data change requests: applied, rejected and waiting, each reviewed by a second person', async () => {
    const customers = await all<{ id: string; tags: string[] }>(
      `query($tag: String!, $after: String) { customers(filter: { tag: $tag }, first: 100, after: $after) { edges { node { id tags } } pageInfo { hasNextPage endCursor } } }`,
      'customers',
      { tag: plan.groupTag },
    );
    const byIndex = plan.customers.map((c) => customers.find((row) => row.tags.includes(c.tag))!);
    type Change = {
      idDocumentReference: string;
      status: string;
      enteredBy: string;
      reviewedBy: string | null;
      rejectionReason: string | null;
      changes: Record<string, string | null>;
      customer: { email: string | null; phone: string | null; preferredLanguage: string | null };
    };
    const seen: Change[] = [];
    for (const change of plan.changes) {
      const nodes = await all<Change>(
        `query($customerId: ID!, $after: String) { customerChanges(filter: { customerId: $customerId }, first: 100, after: $after) { edges { node { idDocumentReference status enteredBy reviewedBy rejectionReason changes { email phone preferredLanguage } customer { email phone preferredLanguage } } } pageInfo { hasNextPage endCursor } } }`,
        'customerChanges',
        { customerId: byIndex[change.customerIndex]!.id },
      );
      const found = nodes.filter((n) => n.idDocumentReference === `demo-seed-change-${change.key}`);
      expect(found).toHaveLength(1);
      const [node] = found as [Change];
      expect(node.status).toBe(
        change.review === 'APPROVE' ? 'APPLIED' : change.review === 'REJECT' ? 'REJECTED' : 'PENDING_REVIEW',
      );
      expect(node.enteredBy).toBe(
        change.enteredBy === 'specialist' ? 'seed-cs-chen-jing' : 'seed-sales-sun-hao',
      );
      if (change.review) {
        expect(node.reviewedBy).not.toBeNull();
        expect(node.reviewedBy).not.toBe(node.enteredBy);
      } else expect(node.reviewedBy).toBeNull();
      expect(node.rejectionReason === null).toBe(change.review !== 'REJECT');
      // The one field it changes, applied to the customer only when approved.
      const asked = Object.entries(node.changes).filter(([, v]) => v !== null);
      expect(asked.map(([k]) => k)).toEqual([change.field]);
      const value = asked[0]![1];
      const current = node.customer[change.field];
      if (change.review === 'APPROVE') expect(current).toBe(value);
      else expect(current).not.toBe(value);
      seen.push(node);
    }
    expect(new Set(seen.map((n) => n.status))).toEqual(new Set(['APPLIED', 'REJECTED', 'PENDING_REVIEW']));
    expect(summary.created.changeRequests).toBe(plan.changes.length);
  });
});

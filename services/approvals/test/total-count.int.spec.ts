import { randomUUID } from 'node:crypto';
import { sqlOf } from '@care/testing';
import { approvalsForFile, as, FRIDAY_10H, openAsked } from './harness';

// The list of requests counts every match (`totalCount`, one statement) only when the query selects the
// count: read without it, a page costs one statement fewer; read with it, the count is exact.

const h = approvalsForFile('approvals_total_count', FRIDAY_10H);
const GM = as('gm-1', 'gm');
/** Redemptions and discounts asked for: more than a page of 2. */
const MADE = { redemption: 3, discount: 2 };

beforeAll(async () => {
  for (const [aggregate, n] of Object.entries(MADE))
    for (let i = 0; i < n; i++) await openAsked(h, aggregate, randomUUID());
});

const list = (selection: string) =>
  sqlOf(h.service.dataSource, () =>
    h.ok<{ approvalRequests: { totalCount?: number; edges: { node: { id: string } }[] } }>(
      `{ approvalRequests(first: 2, filter: { type: [POINTS_REDEMPTION] }) { ${selection} edges { node { id } } } }`,
      {},
      GM,
    ),
  );

describe('approvalRequests', () => {
  it('counts only when totalCount is selected, and then exactly', async () => {
    const without = await list('');
    const withCount = await list('totalCount');
    expect(withCount.statements - without.statements).toBe(1);
    expect(withCount.sql.filter((s) => /count\(/i.test(s))).toHaveLength(1);
    expect(without.sql.filter((s) => /count\(/i.test(s))).toHaveLength(0);
    expect(withCount.answer.approvalRequests.totalCount).toBe(MADE.redemption);
    expect(without.answer.approvalRequests.edges).toEqual(withCount.answer.approvalRequests.edges);
    expect(without.answer.approvalRequests.edges).toHaveLength(2);
  });

  it('counts through a fragment or an alias too', async () => {
    const { answer, statements } = await list('... on ApprovalRequestConnection { all: totalCount }');
    const plain = await list('');
    expect(statements - plain.statements).toBe(1);
    expect((answer.approvalRequests as unknown as { all: number }).all).toBe(MADE.redemption);
  });
});

import { sqlOf } from '@care/testing';
import { purchase, register, useHarness } from './harness';

const h = useHarness('loyalty_nplus1', { startAt: '2026-03-02T02:00:00Z' });
beforeAll(async () => {
  for (let i = 0; i < 100; i++) {
    h.clock.advance(1_000); // registration order is the page order
    const id = await register(h, { name: `Customer ${String(i).padStart(3, '0')}`, tags: ['bulk'] });
    if (i % 3 === 0) await purchase(h, id, String(1000 + i));
  }
  await h.sql(
    `UPDATE loyalty.customer SET tier = (ARRAY['MEMBER','GOLD','PLATINUM','DIAMOND'])[1 + (random() * 3)::int]`,
  );
});

const PAGE = `query($first: Int) { customers(first: $first, filter: { tag: "bulk" }) {
  totalCount edges { node { id name tier status pointsBalance lockedPoints annualSpend benefits { code } consents { kind } } } } }`;

async function statementsFor(first: number): Promise<{ count: number; rows: number }> {
  const { answer, statements } = await sqlOf(h.service.dataSource, () =>
    h.ok<{ customers: { edges: { node: { tier: string; pointsBalance: number } }[] } }>(PAGE, { first }, [
      'analyst',
    ]),
  );
  return { count: statements, rows: answer.customers.edges.length };
}

it('reads a page of 1, 10 or 100 customers with their tiers and balances in the same number of SQL statements', async () => {
  const one = await statementsFor(1);
  const ten = await statementsFor(10);
  const hundred = await statementsFor(100);
  expect([one.rows, ten.rows, hundred.rows]).toEqual([1, 10, 100]);
  expect(one.count).toBeGreaterThan(0);
  expect(ten.count).toBe(one.count);
  expect(hundred.count).toBe(one.count);
  // page + count, annual spend, policy, consents: each one statement whatever the page size.
  expect(hundred.count).toBeLessThanOrEqual(5);
});

it('the balances in the page are the wallets of the ledger', async () => {
  const data = await h.ok<{
    customers: { edges: { node: { name: string; pointsBalance: number; annualSpend: string } }[] };
  }>(PAGE, { first: 4 }, ['analyst']);
  expect(data.customers.edges.map((e) => [e.node.name, e.node.pointsBalance, e.node.annualSpend])).toEqual([
    ['Customer 000', 1000, '1000.00'],
    ['Customer 001', 0, '0.00'],
    ['Customer 002', 0, '0.00'],
    ['Customer 003', 1003, '1003.00'],
  ]);
});

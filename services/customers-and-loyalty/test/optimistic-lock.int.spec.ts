import { randomUUID } from 'node:crypto';
import type { EventContext } from '@care/contracts';
import { changeCampaign } from '../src/application/change-campaign';
import { changeRedemption } from '../src/application/change-redemption';
import { decideRedemption } from '../src/application/decide-redemption';
import { spend } from '../src/domain/campaign';
import { decideRedemption as decide, type Redemption } from '../src/domain/redemption';
import { AggregateVersions1767398400000 } from '../src/persistence/migrations/1767398400000-aggregate-versions';
import { approvedCampaign, books, purchase, register, setTier, useHarness, verify } from './harness';

const h = useHarness('loyalty_versions', { startAt: '2026-03-02T02:00:00Z' }); // Monday 10:00 Shanghai

const context: EventContext = { actor: { kind: 'service', id: 'approvals' }, correlationId: randomUUID() };
const settled = <T>(results: PromiseSettledResult<T>[]) => ({
  won: results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<T>).value),
  lost: results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason),
});

/** A campaign for Diamond customers, approved: its id. */
const diamondCampaign = () => approvedCampaign(h, { name: 'Versioned thank-you', targetTiers: ['DIAMOND'] });

const campaignRow = async (id: string) =>
  (
    await h.sql<{ spent: string; version: number }>(
      `SELECT spent, version FROM loyalty.campaign WHERE id = $1`,
      [id],
    )
  )[0]!;

/** A cost booked against the campaign, naming the version the caller saw (when given). */
const book = (id: string, cost: string, expectedVersion?: number) =>
  changeCampaign(h.service.deps.unitOfWork, id, (c) => ({ next: spend(c, cost) }), { expectedVersion });

/** A customer with 1,000 points and one redemption of 400 of them waiting for its approval. */
async function pendingRedemption(): Promise<{ customerId: string; redemption: Redemption }> {
  const customerId = await register(h);
  await verify(h, customerId);
  await purchase(h, customerId, '1000');
  const asked = await h.ok<{ requestRedemption: { id: string } }>(
    `mutation($input: RequestRedemptionInput!) { requestRedemption(input: $input) { id } }`,
    { input: { customerId, points: 400, idempotencyKey: randomUUID() } },
    ['cs_specialist'],
  );
  const redemption = await h.service.deps.redemptions.find(asked.requestRedemption.id);
  return { customerId, redemption: redemption! };
}

describe('campaign versions', () => {
  it('counts every saved change of a campaign: created at 1, submitted 2, approved 3, each cost one more', async () => {
    const id = await diamondCampaign();
    expect(await campaignRow(id)).toEqual({ spent: '0.00', version: 3 });
    await expect(book(id, '100')).resolves.toMatchObject({ spent: '100.00', version: 4 });
    expect(await campaignRow(id)).toEqual({ spent: '100.00', version: 4 });
  });

  it('two changes naming the same version at once: exactly one is saved, the other gets CONFLICT', async () => {
    const id = await diamondCampaign();
    const { won, lost } = settled(await Promise.allSettled([book(id, '100', 3), book(id, '200', 3)]));
    expect(won).toHaveLength(1);
    expect(won[0]!.version).toBe(4);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({
      code: 'CONFLICT',
      message: `Campaign ${id} is at version 4, not 3: reload and try again`,
      details: { id, version: 4 },
    });
    expect(await campaignRow(id)).toEqual({ spent: won[0]!.spent, version: 4 });
  });

  it('a stale version is a CONFLICT and writes nothing; without a version the changes queue on the row', async () => {
    const id = await diamondCampaign();
    await book(id, '100', 3);
    await expect(book(id, '50', 3)).rejects.toMatchObject({ code: 'CONFLICT', details: { id, version: 4 } });
    expect(await campaignRow(id)).toEqual({ spent: '100.00', version: 4 });
    await Promise.all([book(id, '10'), book(id, '20'), book(id, '30')]);
    expect(await campaignRow(id)).toEqual({ spent: '160.00', version: 7 });
  });

  it('the save itself refuses a write over a version that changed since it was read: two writers, one wins', async () => {
    const id = await diamondCampaign();
    const { deps } = h.service;
    const read = (await deps.campaigns.find(id))!; // read without a lock, by both writers
    const write = (cost: string) =>
      deps.unitOfWork((tx) => tx.campaigns.save(spend(read, cost), read.version));
    const { won, lost } = settled(await Promise.allSettled([write('100'), write('200')]));
    expect(won.map((c) => c.version)).toEqual([4]);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({
      code: 'CONFLICT',
      message: `Campaign ${id} changed since version 3: reload and try again`,
    });
    expect(await campaignRow(id)).toEqual({ spent: won[0]!.spent, version: 4 });
  });
});

describe('redemption versions', () => {
  const approval = (redemption: Redemption) => ({
    redemptionId: redemption.id,
    requestId: randomUUID(),
    outcome: 'APPROVED' as const,
    reason: null,
  });

  it('two approvals of one redemption at once: it completes once, at version 2, and the books add up', async () => {
    const { customerId, redemption } = await pendingRedemption();
    expect(redemption.version).toBe(1);
    const { deps } = h.service;
    const now = h.clock.now();
    const decided = await Promise.all(
      [1, 2].map(() => deps.unitOfWork((tx) => decideRedemption(tx, approval(redemption), now, context))),
    );
    expect(decided.map((r) => [r!.status, r!.version])).toEqual([
      ['COMPLETED', 2],
      ['COMPLETED', 2],
    ]);
    expect(await books(h, customerId)).toEqual({
      wallet: { pointsBalance: 600, lockedPoints: 0 },
      ledger: { balance: 600, locked: 0, posted: 600, pending: 0, lots: 600 },
    });
  });

  it('two decisions naming the same version at once: exactly one is saved, the other gets CONFLICT', async () => {
    const { customerId, redemption } = await pendingRedemption();
    const { deps } = h.service;
    const customer = (await deps.customers.findById(customerId))!;
    const now = h.clock.now();
    // Only the redemption's own state changes here: what the lock guards.
    const decideAt = (outcome: 'APPROVED' | 'REJECTED') =>
      changeRedemption(
        deps.unitOfWork,
        redemption.id,
        (current) => ({ next: decide(current, customer, { ...approval(current), outcome }, now).redemption }),
        { expectedVersion: 1 },
      );
    const { won, lost } = settled(await Promise.allSettled([decideAt('APPROVED'), decideAt('REJECTED')]));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({
      code: 'CONFLICT',
      message: `Redemption ${redemption.id} is at version 2, not 1: reload and try again`,
      details: { id: redemption.id, version: 2 },
    });
    const saved = (await deps.redemptions.find(redemption.id))!;
    expect([saved.status, saved.version]).toEqual([won[0]!.status, 2]);
    await expect(decideAt('APPROVED')).rejects.toMatchObject({ code: 'CONFLICT', details: { version: 2 } });
  });

  it('the save refuses a redemption written over a version that changed since it was read', async () => {
    const { redemption } = await pendingRedemption();
    const { deps } = h.service;
    const cancelled = { ...redemption, status: 'CANCELLED' as const, decidedAt: h.clock.now() };
    await deps.unitOfWork((tx) => tx.redemptions.save(cancelled, 1));
    await expect(deps.unitOfWork((tx) => tx.redemptions.save(cancelled, 1))).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { id: redemption.id },
    });
    expect((await deps.redemptions.find(redemption.id))!.version).toBe(2);
  });
});

describe('the versions migration', () => {
  it('gives the campaigns, redemptions, discounts and purchases already there version 1', async () => {
    const campaignId = await diamondCampaign();
    await book(campaignId, '100');
    const { redemption } = await pendingRedemption();
    const gold = await register(h);
    await setTier(h, gold, 'GOLD');
    await purchase(h, gold, '50000', { purchasedAt: '2025-11-10T02:00:00Z' });
    await h.ok(
      `mutation($input: IssueDiscountInput!) { issueDiscount(input: $input) { id } }`,
      { input: { customerId: gold, kind: 'GOLD_QUARTERLY', value: '200' } },
      ['sales'],
    );
    const runner = h.service.dataSource.createQueryRunner();
    try {
      const migration = new AggregateVersions1767398400000();
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const versions = await h.sql<{ table: string; rows: number; atOne: number }>(
      ['campaign', 'redemption', 'discount', 'purchase']
        .map(
          (table) =>
            `SELECT '${table}' AS table, count(*)::int AS rows, count(*) FILTER (WHERE version = 1)::int AS "atOne"
             FROM loyalty.${table}`,
        )
        .join(' UNION ALL '),
    );
    expect(versions.map((v) => v.table)).toEqual(['campaign', 'redemption', 'discount', 'purchase']);
    for (const { rows, atOne } of versions) expect([rows > 0, atOne]).toEqual([true, rows]);
    expect(await campaignRow(campaignId)).toEqual({ spent: '100.00', version: 1 });
    expect((await h.service.deps.redemptions.find(redemption.id))!.version).toBe(1);
  });
});

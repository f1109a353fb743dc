import { errorCodes, expectEventually } from '@care/testing';
import {
  customerWithPurchases,
  decideApproval,
  ledgerInvariant,
  pendingRedemption,
  useHarness,
} from './harness';

// What a customer's points statement shows beyond the entries: when the points that can be redeemed
// expire, and which credits each debit took its points from.

const h = useHarness('loyalty_statement', { startAt: '2026-03-02T02:00:00Z' });

type Draw = { points: number; credit: { id: string; kind: string; points: number; expiresAt: string } };
type Statement = {
  pointsBalance: number;
  pointsExpiring: { expiresAt: string; points: number }[];
  pointsLedger: {
    edges: { node: { id: string; kind: string; points: number; status: string; drawnFrom: Draw[] } }[];
  };
};

const STATEMENT = `query($id: ID!) { customer(id: $id) {
  pointsBalance
  pointsExpiring { expiresAt points }
  pointsLedger(first: 20) { edges { node { id kind points status
    drawnFrom { points credit { id kind points expiresAt } } } } }
} }`;

async function statement(id: string, roles = ['cs_specialist'], sub?: string): Promise<Statement> {
  return (await h.ok<{ customer: Statement }>(STATEMENT, { id }, roles, sub)).customer;
}

const entries = (s: Statement) => s.pointsLedger.edges.map((e) => e.node);
const MARCH_2026 = '2026-03-31T16:00:00.000Z'; // the end of March 2026 in Shanghai
const JANUARY_2027 = '2027-01-31T16:00:00.000Z';

/** A customer with 600 points earned in March 2024 (two purchases) and 800 in January 2025. */
const customerWithLots = () =>
  customerWithPurchases(h, [
    ['2024-03-10T02:00:00Z', '500'],
    ['2024-03-20T02:00:00Z', '100'],
    ['2025-01-10T02:00:00Z', '800'],
  ]);

describe("a customer's points statement", () => {
  it('[DOMAIN 2.1] shows the redeemable points by when they expire, soonest first, adding up to the balance', async () => {
    const id = await customerWithLots();
    const before = await statement(id);
    expect(before.pointsExpiring).toEqual([
      { expiresAt: MARCH_2026, points: 600 },
      { expiresAt: JANUARY_2027, points: 800 },
    ]);
    expect(before.pointsBalance).toBe(1400);

    // A pending redemption locks 650 points, taken from the soonest-expiring: they are no longer listed.
    const redemption = await pendingRedemption(h, id, 650);
    const pending = await statement(id);
    expect(pending.pointsExpiring).toEqual([{ expiresAt: JANUARY_2027, points: 750 }]);
    expect(pending.pointsBalance).toBe(750);
    expect(await ledgerInvariant(h, id)).toMatchObject({ balance: 1400, locked: 650, lots: 750 });

    // Rejected (the decision reaches loyalty as an event), the points go back to the credits they came
    // from, with their expiry.
    await decideApproval(
      h,
      { type: 'POINTS_REDEMPTION', aggregate: 'redemption', id: redemption, amount: '6.50' },
      'REJECTED',
      'not this time',
    );
    await expectEventually(async () => {
      const back = await statement(id);
      expect(back.pointsExpiring).toEqual(before.pointsExpiring);
      expect(back.pointsBalance).toBe(1400);
    });

    // Once the expiry job has debited the March 2024 points, they are gone from the list.
    h.clock.set('2026-03-31T16:00:00Z');
    expect(
      (await h.ok<{ expirePoints: number }>(`mutation { expirePoints }`, {}, ['service'])).expirePoints,
    ).toBe(600);
    const after = await statement(id);
    expect(after.pointsExpiring).toEqual([{ expiresAt: JANUARY_2027, points: 800 }]);
    expect(after.pointsBalance).toBe(800);
    h.clock.set('2026-03-02T02:00:00Z');
  });

  it('[DOMAIN 2.1] lists points past their expiry until the expiry job debits them, while they can still be redeemed', async () => {
    const id = await customerWithLots();
    h.clock.set('2026-04-01T02:00:00Z');
    try {
      expect((await statement(id)).pointsExpiring).toEqual([
        { expiresAt: MARCH_2026, points: 600 },
        { expiresAt: JANUARY_2027, points: 800 },
      ]);
    } finally {
      h.clock.set('2026-03-02T02:00:00Z');
    }
  });

  it('[DOMAIN 2.1] shows the credits each debit took its points from, oldest-expiring first, and none for a credit', async () => {
    const id = await customerWithLots();
    const redemption = await pendingRedemption(h, id, 650);
    const [redeemed, ...credits] = entries(await statement(id));
    expect(redeemed).toMatchObject({ kind: 'REDEEM', points: -650, status: 'PENDING' });
    expect(credits.map((c) => [c.kind, c.points, c.drawnFrom])).toEqual([
      ['EARN', 800, []],
      ['EARN', 100, []],
      ['EARN', 500, []],
    ]);
    const creditIds = new Map(credits.map((c) => [c.points, c.id]));
    // All of both March 2024 credits (the same expiry: in either order), then 50 of January 2025's.
    const draws = redeemed!.drawnFrom;
    expect(
      draws
        .slice(0, 2)
        .map((d) => [d.points, d.credit.id])
        .sort(),
    ).toEqual(
      [
        [100, creditIds.get(100)],
        [500, creditIds.get(500)],
      ].sort(),
    );
    expect(draws.slice(0, 2).map((d) => d.credit.expiresAt)).toEqual([MARCH_2026, MARCH_2026]);
    expect(draws[2]).toEqual({
      points: 50,
      credit: { id: creditIds.get(800), kind: 'EARN', points: 800, expiresAt: JANUARY_2027 },
    });
    expect(draws).toHaveLength(3);

    // A rejected redemption keeps what it took as history; the entry is VOID and the credits are whole.
    await decideApproval(
      h,
      { type: 'POINTS_REDEMPTION', aggregate: 'redemption', id: redemption, amount: '6.50' },
      'REJECTED',
      'not this time',
    );
    await expectEventually(async () =>
      expect(entries(await statement(id))[0]).toMatchObject({ kind: 'REDEEM', status: 'VOID' }),
    );
    const [voided] = entries(await statement(id));
    expect(voided!.drawnFrom.map((d) => d.points).sort((a, b) => a - b)).toEqual([50, 100, 500]);
    const lots = await h.sql<{ remaining: number }>(
      `SELECT remaining FROM loyalty.ledger_entry WHERE customer_id = $1 AND kind = 'EARN' ORDER BY remaining`,
      [id],
    );
    expect(lots.map((l) => l.remaining)).toEqual([100, 500, 800]);
  });

  it("never shows another customer's credit, and a customer reads only their own statement", async () => {
    const mine = await customerWithLots();
    const theirs = await customerWithLots();
    await pendingRedemption(h, mine, 100);
    // A debit whose allocations were made to name another customer's credit (they never are): not shown.
    const [their] = await h.sql<{ id: string }>(
      `SELECT id FROM loyalty.ledger_entry WHERE customer_id = $1 AND points = 800`,
      [theirs],
    );
    await h.sql(
      `UPDATE loyalty.ledger_entry SET allocations = allocations || jsonb_build_array(jsonb_build_object('lotId', $2::text, 'points', 1))
        WHERE customer_id = $1 AND kind = 'REDEEM'`,
      [mine, their!.id],
    );
    const [redeemed] = entries(await statement(mine, ['customer'], mine));
    expect(redeemed!.drawnFrom.map((d) => d.points)).toEqual([100]);
    expect((await statement(mine, ['customer'], mine)).pointsExpiring).toEqual([
      { expiresAt: MARCH_2026, points: 500 },
      { expiresAt: JANUARY_2027, points: 800 },
    ]);
    // Another customer's statement reads as no customer at all.
    expect(errorCodes(await h.raw(STATEMENT, { id: theirs }, ['customer'], mine))).toEqual(['NOT_FOUND']);
  });
});

import { randomUUID } from 'node:crypto';
import { complaintCompensationGranted } from '@care/contracts';
import { errorCodes, expectEventually } from '@care/testing';
import {
  books,
  decideApproval,
  ledgerInvariant,
  publishedEvent,
  purchase,
  register,
  useHarness,
  verify,
  wallet,
} from './harness';

const h = useHarness('loyalty_points', { startAt: '2026-03-02T02:00:00Z' });

const REDEEM = `mutation($input: RequestRedemptionInput!) { requestRedemption(input: $input) { id points value currency requiredAuthority status customer { id } } }`;
type Redemption = { id: string; points: number; value: string; requiredAuthority: string; status: string };

async function redeem(customerId: string, points: number, key: string = randomUUID()) {
  return h.raw<{ requestRedemption: Redemption }>(
    REDEEM,
    { input: { customerId, points, idempotencyKey: key } },
    ['cs_specialist'],
  );
}

const decide = (id: string, outcome: 'APPROVED' | 'REJECTED' | 'WITHDRAWN') =>
  decideApproval(
    h,
    { type: 'POINTS_REDEMPTION', aggregate: 'redemption', id, amount: '1.00' },
    outcome,
    outcome === 'APPROVED' ? null : 'not this time',
  );

async function redemptionStatus(id: string): Promise<string> {
  return (
    await h.ok<{ redemption: { status: string } }>(`query($id: ID!) { redemption(id: $id) { status } }`, {
      id,
    })
  ).redemption.status;
}

describe('redemptions', () => {
  it('[DOMAIN 2.3] redemption needs a verified identity; bad input and unknown customers are typed errors', async () => {
    const id = await register(h);
    await purchase(h, id, '2000');
    expect(errorCodes(await redeem(id, 100))).toEqual(['INVALID_TRANSITION']);
    await verify(h, id);
    expect(errorCodes(await redeem(id, -5))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await redeem(id, 0))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await redeem('00000000-0000-4000-8000-000000000000', 10))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await redeem(id, 2001))).toEqual(['LIMIT_EXCEEDED']);
    expect(await wallet(h, id)).toEqual({ pointsBalance: 2000, lockedPoints: 0 });
    expect(
      await h.sql(`SELECT count(*)::int AS n FROM loyalty.redemption WHERE customer_id = $1`, [id]),
    ).toEqual([{ n: 0 }]);
  });

  it('[DOMAIN 2.3] locks the points and waits for approval; value is points x point value, routed to the supervisor below 5,000 CNY and to the GM from it', async () => {
    const id = await register(h);
    await verify(h, id);
    await purchase(h, id, '1000000');
    const small = (await redeem(id, 499_999)).data!.requestRedemption;
    expect(small).toMatchObject({
      points: 499_999,
      value: '4999.99',
      requiredAuthority: 'LOYALTY_SUPERVISOR',
      status: 'PENDING_APPROVAL',
    });
    const big = (await redeem(id, 500_000)).data!.requestRedemption;
    expect(big).toMatchObject({ value: '5000.00', requiredAuthority: 'GM', status: 'PENDING_APPROVAL' });
    expect(await wallet(h, id)).toEqual({ pointsBalance: 1, lockedPoints: 999_999 });
    const event = await publishedEvent(h, 'care.loyalty.redemption.requested.v1', big.id);
    expect(event.data).toMatchObject({
      redemptionId: big.id,
      customerId: id,
      points: 500_000,
      value: '5000.00',
      currency: 'CNY',
      requiredAuthority: 'GM',
      reference: { service: 'loyalty', aggregate: 'redemption', id: big.id },
    });
    const inv = await ledgerInvariant(h, id);
    expect(inv).toEqual({
      balance: 1_000_000,
      locked: 999_999,
      posted: 1_000_000,
      pending: 999_999,
      lots: 1,
    });
  });

  it('[DOMAIN 2.2, 2.3] completes on approval and releases the lock on rejection or withdrawal', async () => {
    const id = await register(h);
    await verify(h, id);
    await purchase(h, id, '3000');
    const a = (await redeem(id, 1000)).data!.requestRedemption;
    const b = (await redeem(id, 700)).data!.requestRedemption;
    const c = (await redeem(id, 300)).data!.requestRedemption;
    await decide(a.id, 'APPROVED');
    await decide(b.id, 'REJECTED');
    await decide(c.id, 'WITHDRAWN');
    await expectEventually(async () => {
      expect([
        await redemptionStatus(a.id),
        await redemptionStatus(b.id),
        await redemptionStatus(c.id),
      ]).toEqual(['COMPLETED', 'CANCELLED', 'CANCELLED']);
    });
    // The same decision again changes nothing.
    await decide(a.id, 'APPROVED');
    await decide(b.id, 'APPROVED');
    await expectEventually(async () =>
      expect(
        h.events.filter((e) => e.type === 'care.loyalty.redemption.completed.v1' && e.subject === a.id),
      ).toHaveLength(1),
    );
    expect(await redemptionStatus(b.id)).toBe('CANCELLED');
    expect(await books(h, id)).toEqual({
      wallet: { pointsBalance: 2000, lockedPoints: 0 },
      ledger: { balance: 2000, locked: 0, posted: 2000, pending: 0, lots: 2000 },
    });
    expect(
      h.events.find((e) => e.type === 'care.loyalty.redemption.cancelled.v1' && e.subject === b.id)?.data,
    ).toMatchObject({ outcome: 'REJECTED' });
  });

  it('[DOMAIN 2.3] is idempotent on the client key; the key with other points is a CONFLICT', async () => {
    const id = await register(h);
    await verify(h, id);
    await purchase(h, id, '500');
    const first = (await redeem(id, 200, 'key-1')).data!.requestRedemption;
    const again = (await redeem(id, 200, 'key-1')).data!.requestRedemption;
    expect(again.id).toBe(first.id);
    expect(errorCodes(await redeem(id, 201, 'key-1'))).toEqual(['CONFLICT']);
    expect(await wallet(h, id)).toEqual({ pointsBalance: 300, lockedPoints: 200 });
  });

  it('[DOMAIN 2.3] concurrent redemptions on one wallet can never overdraw it', async () => {
    const id = await register(h);
    await verify(h, id);
    await purchase(h, id, '1000');
    const results = await Promise.all(Array.from({ length: 12 }, () => redeem(id, 300)));
    const succeeded = results.filter((r) => !r.errors);
    expect(succeeded).toHaveLength(3);
    expect(results.filter((r) => r.errors).map((r) => errorCodes(r)[0])).toEqual(
      Array(9).fill('LIMIT_EXCEEDED'),
    );
    expect(await books(h, id)).toEqual({
      wallet: { pointsBalance: 100, lockedPoints: 900 },
      ledger: { balance: 1000, locked: 900, posted: 1000, pending: 900, lots: 100 },
    });
  });
});

describe('points ledger', () => {
  it('[DOMAIN 2.1] earns by the policy, consumes the oldest-expiring points first, expires them at the end of the 24th month, never goes negative', async () => {
    const id = await register(h);
    await verify(h, id);
    h.clock.set('2024-03-10T02:00:00Z');
    await purchase(h, id, '500'); // expires at the end of March 2026 (Shanghai)
    h.clock.set('2025-01-10T02:00:00Z');
    await purchase(h, id, '800'); // expires at the end of January 2027
    h.clock.set('2026-03-02T02:00:00Z');
    const r = (await redeem(id, 200)).data!.requestRedemption;
    await decide(r.id, 'APPROVED');
    await expectEventually(async () => expect(await redemptionStatus(r.id)).toBe('COMPLETED'));
    const lots = await h.sql<{ remaining: number; expires_at: Date }>(
      `SELECT remaining, expires_at FROM loyalty.ledger_entry WHERE customer_id = $1 AND kind = 'EARN' ORDER BY expires_at`,
      [id],
    );
    expect(lots.map((l) => [l.remaining, l.expires_at.toISOString()])).toEqual([
      [300, '2026-03-31T16:00:00.000Z'],
      [800, '2027-01-31T16:00:00.000Z'],
    ]);
    // The expiry job at 23:59 on 31 March (Shanghai) expires nothing; a minute later the first lot is gone.
    h.clock.set('2026-03-31T15:59:00Z');
    expect(
      (await h.ok<{ expirePoints: number }>(`mutation { expirePoints }`, {}, ['service'])).expirePoints,
    ).toBe(0);
    h.clock.set('2026-03-31T16:00:00Z');
    expect(
      (await h.ok<{ expirePoints: number }>(`mutation { expirePoints }`, {}, ['service'])).expirePoints,
    ).toBe(300);
    h.clock.set('2026-03-02T02:00:00Z');
    expect(await books(h, id)).toEqual({
      wallet: { pointsBalance: 800, lockedPoints: 0 },
      ledger: { balance: 800, locked: 0, posted: 800, pending: 0, lots: 800 },
    });
    const ledger = await h.ok<{
      customer: {
        pointsLedger: {
          totalCount: number;
          edges: { node: { kind: string; points: number; status: string } }[];
        };
      };
    }>(
      `query($id: ID!) { customer(id: $id) { pointsLedger(first: 10) { totalCount edges { node { kind points status } } } } }`,
      { id },
    );
    expect(
      ledger.customer.pointsLedger.edges.map((e) => [e.node.kind, e.node.points, e.node.status]),
    ).toEqual([
      ['EXPIRE', -300, 'POSTED'],
      ['REDEEM', -200, 'POSTED'],
      ['EARN', 800, 'POSTED'],
      ['EARN', 500, 'POSTED'],
    ]);
    expect(errorCodes(await redeem(id, 801))).toEqual(['LIMIT_EXCEEDED']);
    await expect(
      h.sql(`UPDATE loyalty.wallet SET balance = -1 WHERE customer_id = $1`, [id]),
    ).rejects.toThrow(/check constraint/);
  });

  it('[DOMAIN 2.6] credits a granted complaint compensation once, as a COMPENSATE entry', async () => {
    const id = await register(h);
    const grant = {
      complaintId: randomUUID(),
      solutionId: randomUUID(),
      customerId: id,
      points: 2000,
      refundAmount: null,
      currency: 'CNY',
      emergency: true,
      grantedAt: h.clock.now().toISOString(),
    };
    await h.publish(complaintCompensationGranted, grant.complaintId, grant);
    await h.publish(complaintCompensationGranted, grant.complaintId, grant); // delivered again under a new message id
    await expectEventually(async () =>
      expect(await wallet(h, id)).toEqual({ pointsBalance: 2000, lockedPoints: 0 }),
    );
    await expectEventually(() =>
      expect(
        h.events
          .filter((e) => e.type === 'care.loyalty.points.earned.v1' && e.subject === id)
          .map((e) => e.data.kind),
      ).toEqual(['COMPENSATE']),
    );
    expect(
      await h.sql(`SELECT kind, points, source, source_id FROM loyalty.ledger_entry WHERE customer_id = $1`, [
        id,
      ]),
    ).toEqual([{ kind: 'COMPENSATE', points: 2000, source: 'COMPLAINT', source_id: grant.solutionId }]);
  });

  it('[DOMAIN 2.6] internal control corrects points with an audited ADJUST entry that never takes the balance below zero', async () => {
    const id = await register(h);
    await purchase(h, id, '100');
    const ADJUST = `mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { pointsBalance } }`;
    const adjust = (
      points: number,
      reason = 'investigation 2026-03: missing points',
      roles = ['internal_control'],
    ) =>
      h.raw<{ adjustPoints: { pointsBalance: number } }>(
        ADJUST,
        { input: { customerId: id, points, reason } },
        roles,
      );
    expect(errorCodes(await adjust(50, 'investigation', ['sales']))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await adjust(0))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await adjust(50, ''))).toEqual(['BAD_USER_INPUT']);
    expect((await adjust(400)).data?.adjustPoints.pointsBalance).toBe(500);
    expect((await adjust(-150)).data?.adjustPoints.pointsBalance).toBe(350);
    expect(errorCodes(await adjust(-351))).toEqual(['LIMIT_EXCEEDED']);
    expect(await books(h, id)).toEqual({
      wallet: { pointsBalance: 350, lockedPoints: 0 },
      ledger: { balance: 350, locked: 0, posted: 350, pending: 0, lots: 350 },
    });
    await expectEventually(() =>
      expect(
        h.events
          .filter((e) => e.type === 'care.loyalty.points.adjusted.v1' && e.subject === id)
          .map((e) => [e.data.kind, e.data.points, e.data.balance]),
      ).toEqual([
        ['ADJUST', 400, 500],
        ['ADJUST', -150, 350],
      ]),
    );
    expect(
      h.events
        .filter((e) => e.type === 'care.loyalty.points.earned.v1' && e.subject === id)
        .map((e) => e.data.kind),
    ).toEqual(['EARN']);
  });
});

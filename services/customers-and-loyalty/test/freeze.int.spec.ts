import { randomUUID } from 'node:crypto';
import { complaintClassified } from '@care/contracts';
import { errorCodes, expectEventually } from '@care/testing';
import { decideApproval, purchase, register, setTier, useHarness, verify, wallet } from './harness';

const h = useHarness('loyalty_freeze', { startAt: '2026-03-02T02:30:00Z' }); // Monday 10:30 Shanghai

const STATUS = `query($id: ID!) { customer(id: $id) { status benefits { code } freezes { source complaintId reason reportedAt freezeDueAt frozenAt frozenOnTime investigationDueAt unfrozenAt } } }`;
type Status = {
  customer: { status: string; benefits: { code: string }[]; freezes: Record<string, unknown>[] };
};

function classified(customerId: string, category: string, classifiedAt: string) {
  const complaintId = randomUUID();
  return {
    complaintId,
    data: {
      complaintId,
      number: 'CP-2026-000123',
      customerId,
      category: category as 'POINTS_ANOMALY',
      urgency: 'HIGH' as const,
      complexity: 'SIMPLE' as const,
      classifiedAt,
    },
  };
}

describe('account freezes', () => {
  it('[DOMAIN 2.6] freezes the account on a points-anomaly complaint, recording the 2-hour freeze and 3-day investigation deadlines', async () => {
    const id = await register(h);
    const other = classified(id, 'LOGISTICS_DELAY', '2026-03-02T02:00:00Z');
    await h.publish(complaintClassified, other.complaintId, other.data);
    const anomaly = classified(id, 'POINTS_ANOMALY', '2026-03-02T02:00:00Z'); // 10:00 Shanghai
    await h.publish(complaintClassified, anomaly.complaintId, anomaly.data);
    await h.publish(complaintClassified, anomaly.complaintId, anomaly.data); // redelivered
    const read = await expectEventually(async () => {
      const r = await h.ok<Status>(STATUS, { id });
      expect(r.customer.status).toBe('FROZEN');
      return r;
    });
    expect(read.customer.freezes).toEqual([
      {
        source: 'COMPLAINT',
        complaintId: anomaly.complaintId,
        reason: 'points anomaly reported in a complaint',
        reportedAt: '2026-03-02T02:00:00.000Z',
        freezeDueAt: '2026-03-02T04:00:00.000Z', // 12:00 Shanghai
        frozenAt: '2026-03-02T02:30:00.000Z',
        frozenOnTime: true,
        investigationDueAt: '2026-03-05T02:30:00.000Z', // 3 working days later
        unfrozenAt: null,
      },
    ]);
    await expectEventually(() => {
      const frozen = h.events.filter((e) => e.type === 'care.loyalty.account.frozen.v1' && e.subject === id);
      expect(frozen).toHaveLength(1);
      expect(frozen[0]!.data).toMatchObject({
        source: 'COMPLAINT',
        complaintId: anomaly.complaintId,
        frozenOnTime: true,
      });
      expect(frozen[0]!.actor).toEqual({ kind: 'service', id: 'customers-and-loyalty' });
    });
  });

  it('[DOMAIN 2.6] a major (urgent or complex) points-anomaly case is marked for the GM office meeting', async () => {
    const id = await register(h);
    const urgent = classified(id, 'POINTS_ANOMALY', '2026-03-02T02:00:00Z');
    await h.publish(complaintClassified, urgent.complaintId, { ...urgent.data, urgency: 'URGENT' });
    const freezes = await expectEventually(async () => {
      const r = await h.ok<{ customer: { freezes: { major: boolean }[] } }>(
        `query($id: ID!) { customer(id: $id) { freezes { major } } }`,
        { id },
      );
      expect(r.customer.freezes).toHaveLength(1);
      return r.customer.freezes;
    });
    expect(freezes).toEqual([{ major: true }]);
    await expectEventually(() =>
      expect(
        h.events.find((e) => e.type === 'care.loyalty.account.frozen.v1' && e.subject === id)?.data,
      ).toMatchObject({ major: true, escalateTo: 'GM_OFFICE_MEETING' }),
    );
  });

  it('[DOMAIN 2.6] a late freeze is recorded as late', async () => {
    const id = await register(h);
    const late = classified(id, 'POINTS_ANOMALY', '2026-02-27T09:00:00Z'); // Friday 17:00 Shanghai: due Saturday 28 Feb 10:00, a make-up working day
    await h.publish(complaintClassified, late.complaintId, late.data);
    const read = await expectEventually(async () => {
      const r = await h.ok<Status>(STATUS, { id });
      expect(r.customer.freezes).toHaveLength(1);
      return r;
    });
    expect(read.customer.freezes[0]).toMatchObject({
      freezeDueAt: '2026-02-28T02:00:00.000Z',
      frozenOnTime: false,
    });
  });

  it('[DOMAIN 2.6] a frozen account cannot redeem points or be granted benefits until it is unfrozen', async () => {
    const id = await register(h);
    await verify(h, id);
    await purchase(h, id, '60000', { purchasedAt: '2026-01-10T02:00:00Z' });
    await setTier(h, id, 'GOLD', 'spend reached Gold');
    const FREEZE = `mutation($id: ID!, $reason: String!) { freezeAccount(customerId: $id, reason: $reason) { status } }`;
    const UNFREEZE = `mutation($id: ID!, $reason: String!) { unfreezeAccount(customerId: $id, reason: $reason) { status } }`;
    expect(errorCodes(await h.raw(FREEZE, { id, reason: '' }, ['sales']))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await h.raw(UNFREEZE, { id, reason: 'not frozen' }, ['internal_control']))).toEqual([
      'INVALID_TRANSITION',
    ]);
    await h.ok(FREEZE, { id, reason: 'suspicious redemptions' }, ['sales']);
    expect(errorCodes(await h.raw(FREEZE, { id, reason: 'again' }, ['sales']))).toEqual([
      'INVALID_TRANSITION',
    ]);
    const redeem = await h.raw(
      `mutation { requestRedemption(input: { customerId: "${id}", points: 100, idempotencyKey: "k1" }) { id } }`,
      {},
      ['cs_specialist'],
    );
    expect(errorCodes(redeem)).toEqual(['INVALID_TRANSITION']);
    const discount = await h.raw(
      `mutation { issueDiscount(input: { customerId: "${id}", kind: GOLD_QUARTERLY, value: "200" }) { id } }`,
      {},
      ['sales'],
    );
    expect(errorCodes(discount)).toEqual(['INVALID_TRANSITION']);
    expect((await h.ok<Status>(STATUS, { id })).customer.benefits).toEqual([]);
    expect(
      await h.sql(`SELECT count(*)::int AS n FROM loyalty.redemption WHERE customer_id = $1`, [id]),
    ).toEqual([{ n: 0 }]);
    await h.ok(UNFREEZE, { id, reason: 'investigation found no fault' }, ['internal_control']);
    const after = await h.ok<Status>(STATUS, { id });
    expect(after.customer.status).toBe('ACTIVE');
    expect(after.customer.benefits.map((b) => b.code)).toEqual(['QUARTERLY_DISCOUNT', 'MEMBER_MAGAZINE']);
    expect(after.customer.freezes[0]).toMatchObject({
      source: 'MANUAL',
      unfrozenAt: '2026-03-02T02:30:00.000Z',
    });
    const ok = await h.ok<{ requestRedemption: { status: string } }>(
      `mutation { requestRedemption(input: { customerId: "${id}", points: 100, idempotencyKey: "k2" }) { status } }`,
      {},
      ['cs_specialist'],
    );
    expect(ok.requestRedemption.status).toBe('PENDING_APPROVAL');
    await expectEventually(() =>
      expect(
        h.events.filter((e) => e.subject === id && /account\.(un)?frozen/.test(e.type)).map((e) => e.type),
      ).toEqual(['care.loyalty.account.frozen.v1', 'care.loyalty.account.unfrozen.v1']),
    );
  });

  it('[DOMAIN 2.6] an approval that arrives after the account was frozen releases the locked points instead of redeeming them', async () => {
    const id = await register(h);
    await verify(h, id);
    await purchase(h, id, '1000');
    const { requestRedemption } = await h.ok<{ requestRedemption: { id: string } }>(
      `mutation { requestRedemption(input: { customerId: "${id}", points: 400, idempotencyKey: "frozen-1" }) { id } }`,
      {},
      ['cs_specialist'],
    );
    await h.ok(
      `mutation { freezeAccount(customerId: "${id}", reason: "points anomaly reported by phone") { status } }`,
      {},
      ['sales'],
    );
    const request = { aggregate: 'redemption', id: requestRedemption.id, amount: '4.00' };
    await decideApproval(h, { ...request, type: 'POINTS_REDEMPTION' }, 'APPROVED');
    await expectEventually(async () =>
      expect(
        (
          await h.ok<{ redemption: { status: string } }>(
            `query($id: ID!) { redemption(id: $id) { status } }`,
            { id: requestRedemption.id },
          )
        ).redemption.status,
      ).toBe('CANCELLED'),
    );
    expect(await wallet(h, id)).toEqual({ pointsBalance: 1000, lockedPoints: 0 });
    await expectEventually(() =>
      expect(
        h.events.find(
          (e) => e.type === 'care.loyalty.redemption.cancelled.v1' && e.subject === requestRedemption.id,
        )?.data,
      ).toMatchObject({ outcome: 'REJECTED', reason: 'the account is FROZEN' }),
    );
  });
});

describe('the account state is checked first', () => {
  const FREEZE = `mutation($id: ID!, $reason: String!) { freezeAccount(customerId: $id, reason: $reason) { status } }`;
  const UNFREEZE = `mutation($id: ID!, $reason: String!) { unfreezeAccount(customerId: $id, reason: $reason) { status } }`;
  const REDEEM = `mutation($id: ID!, $key: String!) { requestRedemption(input: { customerId: $id, points: 100, idempotencyKey: $key }) { id } }`;
  const DISCOUNT = `mutation($id: ID!) { issueDiscount(input: { customerId: $id, kind: GOLD_QUARTERLY, value: "999999" }) { id } }`;

  it.each([
    ['freezeAccount of a FROZEN account with a blank reason', 'FROZEN', FREEZE, { reason: ' ' }, ['sales']],
    [
      'unfreezeAccount of an ACTIVE account with a blank reason',
      'ACTIVE',
      UNFREEZE,
      { reason: ' ' },
      ['internal_control'],
    ],
    [
      'requestRedemption on a FROZEN account with a blank key',
      'FROZEN',
      REDEEM,
      { key: ' ' },
      ['cs_specialist'],
    ],
    ['issueDiscount on a FROZEN account beyond the policy', 'FROZEN', DISCOUNT, {}, ['sales']],
  ] as const)(
    '%s answers INVALID_TRANSITION, not the input error',
    async (_name, status, query, vars, roles) => {
      const id = await register(h);
      await verify(h, id);
      await purchase(h, id, '60000', { purchasedAt: '2026-01-10T02:00:00Z' });
      await setTier(h, id, 'GOLD');
      if (status === 'FROZEN') await h.ok(FREEZE, { id, reason: 'suspicious redemptions' }, ['sales']);
      const r = await h.raw(query, { id, ...vars }, [...roles]);
      expect(errorCodes(r)).toEqual(['INVALID_TRANSITION']);
      expect((await h.ok<Status>(STATUS, { id })).customer.status).toBe(status);
    },
  );
});

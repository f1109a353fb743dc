import { errorCodes, expectEventually } from '@care/testing';
import { purchase, register, setTier, useHarness } from './harness';

const h = useHarness('loyalty_tiers', { startAt: '2026-01-05T02:00:00Z' }); // Monday 5 January 2026, 10:00 Shanghai

const RECORD = `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id orderNumber amount currency amountCny pointsEarned } }`;
const SPEND = `query($id: ID!, $year: Int) { customer(id: $id) { tier annualSpend(year: $year) pointsBalance benefits { code } } }`;
type Spend = {
  customer: { tier: string; annualSpend: string; pointsBalance: number; benefits: { code: string }[] };
};

describe('purchases and annual spend', () => {
  it('[DOMAIN 2.1] records a purchase once per order number; another amount for it is a CONFLICT', async () => {
    const id = await register(h);
    type Recorded = { recordPurchase: { id: string; pointsEarned: number } };
    const input = {
      customerId: id,
      orderNumber: 'SO-IDEM-1',
      amount: '1280.50',
      purchasedAt: '2025-06-01T03:00:00Z',
    };
    const first = await h.ok<Recorded>(RECORD, { input }, ['sales']);
    const again = await h.ok<Recorded>(RECORD, { input }, ['sales']);
    expect(again.recordPurchase.id).toBe(first.recordPurchase.id);
    expect(first.recordPurchase.pointsEarned).toBe(1280);
    const conflict = await h.raw(
      RECORD,
      { input: { customerId: id, orderNumber: 'SO-IDEM-1', amount: '99.00' } },
      ['sales'],
    );
    expect(errorCodes(conflict)).toEqual(['CONFLICT']);
    const rows = await h.sql(
      `SELECT count(*)::int AS n FROM loyalty.purchase WHERE order_number = 'SO-IDEM-1'`,
    );
    expect(rows).toEqual([{ n: 1 }]);
    expect((await h.ok<Spend>(SPEND, { id, year: 2025 })).customer.annualSpend).toBe('1280.50');
  });

  it('refuses bad purchases with typed errors and writes nothing', async () => {
    const id = await register(h);
    const before = await h.sql(`SELECT count(*)::int AS n FROM loyalty.purchase`);
    const cases: [Record<string, unknown>, string][] = [
      [{ customerId: id, orderNumber: 'SO-BAD-1', amount: '-5' }, 'BAD_USER_INPUT'],
      [{ customerId: id, orderNumber: 'SO-BAD-2', amount: '0' }, 'BAD_USER_INPUT'],
      [{ customerId: id, orderNumber: 'SO-BAD-3', amount: '10.001' }, 'BAD_USER_INPUT'],
      [{ customerId: id, orderNumber: 'SO-BAD-4', amount: '100', currency: 'EUR' }, 'BAD_USER_INPUT'],
      [
        { customerId: '00000000-0000-4000-8000-000000000000', orderNumber: 'SO-BAD-5', amount: '100' },
        'NOT_FOUND',
      ],
      [
        { customerId: id, orderNumber: 'SO-BAD-6', amount: '100', purchasedAt: '2027-01-01T00:00:00Z' },
        'BAD_USER_INPUT',
      ],
    ];
    for (const [input, code] of cases)
      expect(errorCodes(await h.raw(RECORD, { input }, ['sales']))).toEqual([code]);
    // A valid purchase from a role that may not record one (an invalid one is BAD_USER_INPUT first).
    expect(
      errorCodes(
        await h.raw(RECORD, { input: { customerId: id, orderNumber: 'SO-BAD-7', amount: '100' } }, [
          'analyst',
        ]),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await h.sql(`SELECT count(*)::int AS n FROM loyalty.purchase`)).toEqual(before);
  });

  it('[DOMAIN 2.1] counts spend per calendar year in CNY, converted purchases included, net of returns', async () => {
    const id = await register(h);
    await purchase(h, id, '30000', { purchasedAt: '2024-12-31T15:59:59Z' }); // 2024-12-31 23:59:59 Shanghai
    await purchase(h, id, '20000', { purchasedAt: '2024-12-31T16:00:00Z' }); // 2025-01-01 00:00 Shanghai
    await purchase(h, id, '1000', {
      currency: 'EUR',
      amountCny: '7800.00',
      purchasedAt: '2025-03-01T00:00:00Z',
      orderNumber: 'SO-EUR-1',
    });
    expect((await h.ok<Spend>(SPEND, { id, year: 2024 })).customer.annualSpend).toBe('30000.00');
    expect((await h.ok<Spend>(SPEND, { id, year: 2025 })).customer.annualSpend).toBe('27800.00');
    const returned = await h.ok<{ recordReturn: { returnedCny: string } }>(
      `mutation { recordReturn(input: { orderNumber: "SO-EUR-1", returnNumber: "RT-1", amountCny: "800" }) { returnedCny } }`,
      {},
      ['sales'],
    );
    expect(returned.recordReturn.returnedCny).toBe('800.00');
    // The same return again changes nothing; a return beyond the purchase is refused.
    await h.ok(
      `mutation { recordReturn(input: { orderNumber: "SO-EUR-1", returnNumber: "RT-1", amountCny: "800" }) { id } }`,
      {},
      ['sales'],
    );
    const tooMuch = await h.raw(
      `mutation { recordReturn(input: { orderNumber: "SO-EUR-1", returnNumber: "RT-2", amountCny: "7000.01" }) { id } }`,
      {},
      ['sales'],
    );
    expect(errorCodes(tooMuch)).toEqual(['LIMIT_EXCEEDED']);
    const spend = await h.ok<Spend>(SPEND, { id, year: 2025 });
    expect(spend.customer.annualSpend).toBe('27000.00');
    // Points: 30000 + 20000 + 7800 earned, 800 reversed by the return.
    expect(spend.customer.pointsBalance).toBe(57000);
  });
});

describe('tiers', () => {
  const EVALUATE = `mutation($year: Int!) { evaluateTiers(year: $year) { id from to annualSpend evaluationYear policyVersion status proposedBy customer { id } } }`;
  const CONFIRM = `mutation($input: ConfirmTierChangeInput!) { confirmTierChange(input: $input) { id status decidedBy } }`;
  type Proposal = {
    id: string;
    from: string;
    to: string;
    annualSpend: string;
    status: string;
    customer: { id: string };
  };

  it('[DOMAIN 2.1] the January re-evaluation proposes each change with its spend; internal control (not the proposer) confirms; tier.changed follows', async () => {
    const diamond = await register(h, { name: 'Diamond To Be' });
    const platinum = await register(h, { name: 'Platinum To Be' });
    const gold = await register(h, { name: 'Gold To Be' });
    const stays = await register(h, { name: 'Member Stays' });
    await purchase(h, diamond, '500000', { purchasedAt: '2025-05-01T00:00:00Z' });
    await purchase(h, platinum, '199999.99', { purchasedAt: '2025-05-01T00:00:00Z' });
    await purchase(h, platinum, '0.01', { purchasedAt: '2025-06-01T00:00:00Z' });
    await purchase(h, gold, '50000', { purchasedAt: '2025-07-01T00:00:00Z' });
    await purchase(h, stays, '49999.99', { purchasedAt: '2025-07-01T00:00:00Z' });
    await purchase(h, stays, '90000', { purchasedAt: '2026-01-02T00:00:00Z' }); // 2026 spend does not count for 2025

    const proposals = (
      await h.ok<{ evaluateTiers: Proposal[] }>(EVALUATE, { year: 2025 }, ['sales'], 'sales-1')
    ).evaluateTiers;
    const mine = (id: string) => proposals.find((p) => p.customer.id === id);
    expect(mine(diamond)).toMatchObject({
      from: 'MEMBER',
      to: 'DIAMOND',
      annualSpend: '500000.00',
      status: 'PROPOSED',
    });
    expect(mine(platinum)).toMatchObject({ from: 'MEMBER', to: 'PLATINUM', annualSpend: '200000.00' });
    expect(mine(gold)).toMatchObject({ from: 'MEMBER', to: 'GOLD', annualSpend: '50000.00' });
    expect(mine(stays)).toBeUndefined();
    // Nothing changes before the check.
    expect((await h.ok<Spend>(SPEND, { id: diamond })).customer.tier).toBe('MEMBER');
    // Running it again proposes nothing new.
    const rerun = (await h.ok<{ evaluateTiers: Proposal[] }>(EVALUATE, { year: 2025 }, ['sales'], 'sales-1'))
      .evaluateTiers;
    expect(rerun.map((p) => p.id).sort()).toEqual(proposals.map((p) => p.id).sort());

    const confirm = (customerId: string, roles: string[], sub: string, reason?: string) =>
      h.raw(CONFIRM, { input: { id: mine(customerId)!.id, approve: !reason, reason } }, roles, sub);
    const selfCheck = await confirm(diamond, ['sales', 'internal_control'], 'sales-1');
    expect(errorCodes(selfCheck)).toEqual(['FORBIDDEN']);
    const wrongRole = await confirm(diamond, ['sales'], 'sales-2');
    expect(errorCodes(wrongRole)).toEqual(['FORBIDDEN']);
    await h.ok(CONFIRM, { input: { id: mine(diamond)!.id, approve: true } }, ['internal_control'], 'ic-1');
    await h.ok(
      CONFIRM,
      { input: { id: mine(platinum)!.id, approve: false, reason: 'purchase history under review' } },
      ['internal_control'],
      'ic-1',
    );
    const twice = await confirm(diamond, ['internal_control'], 'ic-2');
    expect(errorCodes(twice)).toEqual(['INVALID_TRANSITION']);

    expect((await h.ok<Spend>(SPEND, { id: diamond })).customer.tier).toBe('DIAMOND');
    expect((await h.ok<Spend>(SPEND, { id: platinum })).customer.tier).toBe('MEMBER');
    const changed = await expectEventually(() => {
      const found = h.events.filter(
        (e) => e.type === 'care.loyalty.tier.changed.v1' && e.subject === diamond,
      );
      expect(found).toHaveLength(1);
      return found[0]!;
    });
    expect(changed.data).toMatchObject({
      from: 'MEMBER',
      to: 'DIAMOND',
      reason: 'EVALUATION',
      evaluationYear: 2025,
      annualSpend: '500000.00',
    });
    expect(h.events.some((e) => e.type === 'care.loyalty.tier.changed.v1' && e.subject === platinum)).toBe(
      false,
    );
  });

  it('[DOMAIN 2.1] re-evaluation runs in January only, for the year just ended', async () => {
    const wrongYear = await h.raw(EVALUATE, { year: 2024 }, ['sales']);
    expect(errorCodes(wrongYear)).toEqual(['INVALID_TRANSITION']);
    h.clock.set('2026-03-02T02:00:00Z');
    try {
      const outOfSeason = await h.raw(EVALUATE, { year: 2025 }, ['sales']);
      expect(errorCodes(outOfSeason)).toEqual(['INVALID_TRANSITION']);
    } finally {
      h.clock.set('2026-01-05T02:00:00Z');
    }
  });

  it('[DOMAIN 2.1] a manual override needs a reason and is audited; benefits follow the tier', async () => {
    const id = await register(h);
    const OVERRIDE = `mutation($input: OverrideTierInput!) { overrideTier(input: $input) { tier } }`;
    expect(
      errorCodes(
        await h.raw(OVERRIDE, { input: { customerId: id, tier: 'GOLD', reason: '' } }, ['department_head']),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await h.raw(OVERRIDE, { input: { customerId: id, tier: 'GOLD', reason: 'key account' } }, ['sales']),
      ),
    ).toEqual(['FORBIDDEN']);
    await h.ok(
      OVERRIDE,
      { input: { customerId: id, tier: 'PLATINUM', reason: 'strategic partner, GM decision 2026-01' } },
      ['department_head'],
      'head-1',
    );
    const read = await h.ok<Spend>(SPEND, { id });
    expect(read.customer.tier).toBe('PLATINUM');
    expect(read.customer.benefits.map((b) => b.code)).toEqual([
      'NEW_PRODUCT_PRIORITY',
      'ANNUAL_THANK_YOU_EVENT',
    ]);
    expect(
      await h.sql(
        `SELECT from_tier, to_tier, reason, note, changed_by FROM loyalty.tier_change WHERE customer_id = $1`,
        [id],
      ),
    ).toEqual([
      {
        from_tier: 'MEMBER',
        to_tier: 'PLATINUM',
        reason: 'OVERRIDE',
        note: 'strategic partner, GM decision 2026-01',
        changed_by: 'head-1',
      },
    ]);
    await expectEventually(() =>
      expect(
        h.events.find((e) => e.type === 'care.loyalty.tier.changed.v1' && e.subject === id)?.data,
      ).toMatchObject({
        reason: 'OVERRIDE',
        to: 'PLATINUM',
      }),
    );
    const policy = await h.ok<{
      tierPolicy: { version: number; thresholds: { tier: string; minAnnualSpend: string }[] };
    }>(`{ tierPolicy { version thresholds { tier minAnnualSpend } } }`);
    expect(policy.tierPolicy).toEqual({
      version: 1,
      thresholds: [
        { tier: 'DIAMOND', minAnnualSpend: '500000.00' },
        { tier: 'PLATINUM', minAnnualSpend: '200000.00' },
        { tier: 'GOLD', minAnnualSpend: '50000.00' },
      ],
    });
  });

  it('[DOMAIN 2.1, 2.2] a Diamond customer earns double points in the birthday month, others do not', async () => {
    const diamond = await register(h, { birthday: '1980-01-20' });
    const member = await register(h, { birthday: '1980-01-20' });
    await setTier(h, diamond, 'DIAMOND', 'test of the birthday perk');
    expect((await purchase(h, diamond, '1000.99')).pointsEarned).toBe(2000);
    expect((await purchase(h, member, '1000.99')).pointsEarned).toBe(1000);
    h.clock.set('2026-02-02T02:00:00Z');
    try {
      expect((await purchase(h, diamond, '1000')).pointsEarned).toBe(1000);
    } finally {
      h.clock.set('2026-01-05T02:00:00Z');
    }
    const benefits = (await h.ok<Spend>(SPEND, { id: diamond })).customer.benefits.map((b) => b.code);
    expect(benefits).toEqual(['BIRTHDAY_DOUBLE_POINTS', 'DEDICATED_REPRESENTATIVE']);
  });
});

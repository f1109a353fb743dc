import { errorCodes, expectEventually } from '@care/testing';
import {
  approveCampaign,
  createCampaign,
  decideApproval,
  INTERACT,
  publishedEvent,
  purchase,
  register,
  setTier,
  useHarness,
} from './harness';

const h = useHarness('loyalty_campaigns', { startAt: '2026-03-02T02:00:00Z' }); // Monday 10:00 Shanghai

const CAMPAIGN_FIELDS = `id status budget spent reviewDueAt settleDueAt settledOnTime archiveNumber interactions { customerId kind cost points }`;
type Campaign = {
  id: string;
  status: string;
  budget: string;
  spent: string;
  reviewDueAt: string | null;
  settleDueAt: string | null;
  settledOnTime: boolean | null;
  archiveNumber: string | null;
  interactions: { customerId: string; kind: string; cost: string; points: number }[];
};

const create = (budget = '1000', targetTiers = ['PLATINUM', 'DIAMOND'], type = 'APPRECIATION_EVENT') =>
  createCampaign(h, {
    name: 'Spring thank-you',
    type,
    targetTiers,
    budget,
    expectedEffect: 'repurchase +5%',
  });

const decide = (id: string, outcome: 'APPROVED' | 'REJECTED') =>
  decideApproval(h, { type: 'CAMPAIGN', aggregate: 'campaign', id, amount: '1000.00' }, outcome);

async function read(id: string): Promise<Campaign> {
  return (
    await h.ok<{ campaign: Campaign }>(`query($id: ID!) { campaign(id: $id) { ${CAMPAIGN_FIELDS} } }`, { id })
  ).campaign;
}

async function approved(
  budget = '1000',
  targetTiers = ['PLATINUM', 'DIAMOND'],
  type = 'APPRECIATION_EVENT',
): Promise<string> {
  const id = await create(budget, targetTiers, type);
  await approveCampaign(h, id);
  return id;
}

async function tiered(tier: string, extra: Record<string, unknown> = {}): Promise<string> {
  const id = await register(h, extra);
  await setTier(h, id, tier);
  return id;
}

const interact = (
  campaignId: string,
  customerId: string,
  cost: string,
  extra: Record<string, unknown> = {},
) =>
  h.raw<{ recordCampaignInteraction: { spent: string } }>(
    INTERACT,
    { input: { campaignId, customerId, kind: 'EVENT_INVITATION', cost, ...extra } },
    ['marketing'],
  );

describe('reward campaigns', () => {
  it('[DOMAIN 2.2, 2.4] a submitted campaign goes to approval with a 1-working-day review; approved it runs, rejected it returns to draft', async () => {
    const id = await create('80000', ['DIAMOND']);
    // Sales files it; only the department head's signature submits it.
    expect(
      errorCodes(await h.raw(`mutation($id: ID!) { submitCampaign(id: $id) { id } }`, { id }, ['sales'])),
    ).toEqual(['FORBIDDEN']);
    const submitted = await h.ok<{ submitCampaign: Campaign }>(
      `mutation($id: ID!) { submitCampaign(id: $id) { ${CAMPAIGN_FIELDS} } }`,
      { id },
      ['department_head'],
    );
    expect(submitted.submitCampaign).toMatchObject({
      status: 'PENDING_APPROVAL',
      reviewDueAt: '2026-03-03T02:00:00.000Z',
    });
    const event = await publishedEvent(h, 'care.loyalty.campaign.submitted.v1', id);
    expect(event.data).toMatchObject({
      diamondOnly: true,
      budget: '80000.00',
      reference: { service: 'loyalty', aggregate: 'campaign', id },
    });
    expect(
      errorCodes(
        await h.raw(`mutation($id: ID!) { submitCampaign(id: $id) { id } }`, { id }, ['department_head']),
      ),
    ).toEqual(['INVALID_TRANSITION']);
    await decide(id, 'REJECTED');
    await expectEventually(async () => expect((await read(id)).status).toBe('DRAFT'));
    await h.ok(`mutation($id: ID!) { submitCampaign(id: $id) { id } }`, { id }, ['department_head']);
    await decide(id, 'APPROVED');
    await expectEventually(async () => expect((await read(id)).status).toBe('APPROVED'));
    const bad = await h.raw(
      `mutation { createCampaign(input: { name: "X", type: "LOTTERY", targetTiers: [GOLD], budget: "-1", startsOn: "2026-03-01", endsOn: "2026-02-01" }) { id } }`,
      {},
      ['sales'],
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('[DOMAIN 2.2] runs a product-trial campaign: only targeted customers, with the cost and the points granted recorded', async () => {
    const trial = await approved('5000', ['GOLD'], 'PRODUCT_TRIAL');
    const gold = await tiered('GOLD');
    const member = await register(h);
    const r = await interact(trial, gold, '120.50', { kind: 'TRIAL_SAMPLE', points: 300 });
    expect(r.data?.recordCampaignInteraction.spent).toBe('120.50');
    expect(errorCodes(await interact(trial, member, '10'))).toEqual(['BAD_USER_INPUT']); // not in the target group
    const wallet = await h.ok<{ customer: { pointsBalance: number } }>(
      `query($id: ID!) { customer(id: $id) { pointsBalance } }`,
      { id: gold },
    );
    expect(wallet.customer.pointsBalance).toBe(300);
    expect((await read(trial)).interactions).toEqual([
      { customerId: gold, kind: 'TRIAL_SAMPLE', cost: '120.50', points: 300 },
    ]);
  });

  it('[DOMAIN 2.3] marketing e-mail goes only to customers who consented and never after an unsubscribe', async () => {
    const mail = await approved('100', ['GOLD'], 'MARKETING_EMAIL');
    const gold = await tiered('GOLD');
    const send = () => interact(mail, gold, '0.10', { kind: 'MARKETING_EMAIL' });
    expect(errorCodes(await send())).toEqual(['INVALID_TRANSITION']);
    const CONSENT = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
    await h.ok(
      CONSENT,
      { input: { customerId: gold, kind: 'MARKETING_EMAIL', granted: true, lawfulBasis: 'CONSENT' } },
      ['cs_specialist'],
    );
    expect((await send()).errors).toBeUndefined();
    await h.ok(
      CONSENT,
      {
        input: {
          customerId: gold,
          kind: 'MARKETING_EMAIL',
          granted: false,
          source: 'unsubscribe link in the mail',
        },
      },
      ['cs_specialist'],
    );
    expect(errorCodes(await send())).toEqual(['INVALID_TRANSITION']);
    expect((await read(mail)).interactions).toHaveLength(1);
  });

  it('[DOMAIN 2.4] the budget is never exceeded, even by parallel grants', async () => {
    const id = await approved('1000');
    const diamond = await tiered('DIAMOND');
    expect((await interact(id, diamond, '100')).errors).toBeUndefined();
    const results = await Promise.all(Array.from({ length: 8 }, () => interact(id, diamond, '300')));
    expect(results.filter((r) => !r.errors)).toHaveLength(3);
    expect(results.filter((r) => r.errors).map((r) => errorCodes(r)[0])).toEqual(
      Array(5).fill('LIMIT_EXCEEDED'),
    );
    const after = await read(id);
    expect(after.spent).toBe('1000.00');
    expect(after.interactions).toHaveLength(4);
    expect(errorCodes(await interact(id, diamond, '0.01'))).toEqual(['LIMIT_EXCEEDED']);
    expect(errorCodes(await interact(id, diamond, '-1'))).toEqual(['BAD_USER_INPUT']);
  });

  it('[DOMAIN 2.4] closes, settles within 10 working days and archives as KH + year + serial', async () => {
    const id = await approved();
    const closed = await h.ok<{ closeCampaign: Campaign }>(
      `mutation($id: ID!) { closeCampaign(id: $id) { ${CAMPAIGN_FIELDS} } }`,
      { id },
      ['marketing'],
    );
    expect(closed.closeCampaign).toMatchObject({ status: 'CLOSED', settleDueAt: '2026-03-16T02:00:00.000Z' });
    expect(
      errorCodes(await h.raw(`mutation($id: ID!) { archiveCampaign(id: $id) { id } }`, { id }, ['sales'])),
    ).toEqual(['INVALID_TRANSITION']);
    expect(
      errorCodes(await h.raw(`mutation($id: ID!) { settleCampaign(id: $id) { id } }`, { id }, ['sales'])),
    ).toEqual(['FORBIDDEN']);
    h.clock.set('2026-03-16T03:00:00Z');
    try {
      const settled = await h.ok<{ settleCampaign: Campaign }>(
        `mutation($id: ID!) { settleCampaign(id: $id) { ${CAMPAIGN_FIELDS} } }`,
        { id },
        ['finance'],
      );
      expect(settled.settleCampaign).toMatchObject({ status: 'SETTLED', settledOnTime: false });
      const archived = await h.ok<{ archiveCampaign: Campaign }>(
        `mutation($id: ID!) { archiveCampaign(id: $id) { ${CAMPAIGN_FIELDS} } }`,
        { id },
        ['sales'],
      );
      expect(archived.archiveCampaign.archiveNumber).toMatch(/^KH2026\d{6}$/);
    } finally {
      h.clock.set('2026-03-02T02:00:00Z');
    }
  });

  it('[DOMAIN 2.4] archive numbers are unique and gapless per year under concurrent archiving', async () => {
    h.clock.set('2027-01-04T02:00:00Z');
    try {
      const ids: string[] = [];
      for (let i = 0; i < 8; i++) {
        const id = await approved('500');
        await h.ok(`mutation($id: ID!) { closeCampaign(id: $id) { id } }`, { id }, ['marketing']);
        await h.ok(`mutation($id: ID!) { settleCampaign(id: $id) { id } }`, { id }, ['finance']);
        ids.push(id);
      }
      // Every campaign archived twice at once: one of each pair wins, the other is refused and takes no number.
      const results = await Promise.all(
        [...ids, ...ids].map((id) =>
          h.raw<{ archiveCampaign: { archiveNumber: string } }>(
            `mutation($id: ID!) { archiveCampaign(id: $id) { archiveNumber } }`,
            { id },
            ['sales'],
          ),
        ),
      );
      const numbers = results.filter((r) => !r.errors).map((r) => r.data!.archiveCampaign.archiveNumber);
      expect(results.filter((r) => r.errors).map((r) => errorCodes(r)[0])).toEqual(
        Array(8).fill('INVALID_TRANSITION'),
      );
      expect(numbers.sort()).toEqual(
        Array.from({ length: 8 }, (_, i) => `KH2027${String(i + 1).padStart(6, '0')}`),
      );
    } finally {
      h.clock.set('2026-03-02T02:00:00Z');
    }
  });
});

describe('discounts', () => {
  const ISSUE = `mutation($input: IssueDiscountInput!) { issueDiscount(input: $input) { id kind tier period value status } }`;
  const issue = (customerId: string, kind: string, value = '200') =>
    h.raw<{ issueDiscount: { id: string; status: string; period: string | null } }>(
      ISSUE,
      { input: { customerId, kind, value } },
      ['sales'],
    );

  it('[DOMAIN 2.3] a discount is issued only when the purchase records support it, with the reason when refused', async () => {
    const unsupported = await tiered('GOLD');
    const refused = await issue(unsupported, 'GOLD_QUARTERLY');
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(String(refused.errors?.[0]?.extensions?.reason)).toMatch(/purchase records/);
    const member = await register(h);
    await purchase(h, member, '60000', { purchasedAt: '2026-01-10T02:00:00Z' });
    expect(errorCodes(await issue(member, 'GOLD_QUARTERLY'))).toEqual(['BAD_USER_INPUT']); // not Gold (yet)
    expect(errorCodes(await issue(member, 'GOLD_QUARTERLY', '-3'))).toEqual(['BAD_USER_INPUT']);
    expect(
      await h.sql(`SELECT count(*)::int AS n FROM loyalty.discount WHERE customer_id = ANY($1::uuid[])`, [
        [unsupported, member],
      ]),
    ).toEqual([{ n: 0 }]);
  });

  it('[DOMAIN 2.1] the Gold quarterly discount is issued at most once a quarter', async () => {
    const gold = await tiered('GOLD');
    await purchase(h, gold, '50000', { purchasedAt: '2025-11-10T02:00:00Z' });
    const first = await issue(gold, 'GOLD_QUARTERLY');
    expect(first.data?.issueDiscount).toMatchObject({ status: 'ISSUED', period: '2026-Q1' });
    expect(errorCodes(await issue(gold, 'GOLD_QUARTERLY'))).toEqual(['LIMIT_EXCEEDED']);
    const parallel = await Promise.all([1, 2, 3].map(() => issue(gold, 'GOLD_QUARTERLY')));
    expect(parallel.map((r) => errorCodes(r)[0])).toEqual([
      'LIMIT_EXCEEDED',
      'LIMIT_EXCEEDED',
      'LIMIT_EXCEEDED',
    ]);
    h.clock.set('2026-04-01T02:00:00Z');
    try {
      expect((await issue(gold, 'GOLD_QUARTERLY')).data?.issueDiscount).toMatchObject({
        status: 'ISSUED',
        period: '2026-Q2',
      });
    } finally {
      h.clock.set('2026-03-02T02:00:00Z');
    }
  });

  it('[DOMAIN 2.1, 2.3] a discount is worth no more than the policy allows for the purchase records: refused beyond, nothing written', async () => {
    const gold = await tiered('GOLD');
    await purchase(h, gold, '60000', { purchasedAt: '2026-01-20T02:00:00Z' });
    const huge = await issue(gold, 'GOLD_QUARTERLY', '9999999999999999');
    expect(errorCodes(huge)).toEqual([expect.stringMatching(/^(LIMIT_EXCEEDED|BAD_USER_INPUT)$/)]);
    // 1 % of the 60,000 CNY the records show.
    const over = await issue(gold, 'GOLD_QUARTERLY', '600.01');
    expect(errorCodes(over)).toEqual(['LIMIT_EXCEEDED']);
    expect(over.errors?.[0]?.extensions).toMatchObject({ field: 'value', limit: '600.00' });
    const platinum = await tiered('PLATINUM');
    await purchase(h, platinum, '900000', { purchasedAt: '2026-02-10T02:00:00Z' });
    // 2 % of 900,000 would be 18,000: the Platinum ceiling is what the department head may approve.
    expect(errorCodes(await issue(platinum, 'PLATINUM_EXCLUSIVE', '10000.01'))).toEqual(['LIMIT_EXCEEDED']);
    expect(
      await h.sql(`SELECT count(*)::int AS n FROM loyalty.discount WHERE customer_id = ANY($1::uuid[])`, [
        [gold, platinum],
      ]),
    ).toEqual([{ n: 0 }]);
    expect(
      h.events.filter(
        (e) =>
          e.type.startsWith('care.loyalty.discount.') && [gold, platinum].includes(String(e.data.customerId)),
      ),
    ).toEqual([]);
    expect((await issue(gold, 'GOLD_QUARTERLY', '600.00')).data?.issueDiscount).toMatchObject({
      status: 'ISSUED',
      value: expect.stringMatching(/^600(\.00)?$/),
    });
  });

  it('[DOMAIN 2.2, 2.3] a Platinum discount waits for the department head and is issued on approval', async () => {
    const platinum = await tiered('PLATINUM');
    await purchase(h, platinum, '200000', { purchasedAt: '2026-02-10T02:00:00Z' });
    const pending = (await issue(platinum, 'PLATINUM_EXCLUSIVE', '500')).data!.issueDiscount;
    expect(pending.status).toBe('PENDING_APPROVAL');
    const asked = await publishedEvent(h, 'care.loyalty.discount.approval_requested.v1', pending.id);
    expect(asked.data).toMatchObject({
      requiredAuthority: 'DEPARTMENT_HEAD',
      reference: { service: 'loyalty', aggregate: 'discount', id: pending.id },
    });
    const request = { type: 'DISCOUNT', aggregate: 'discount', id: pending.id, amount: '1000.00' } as const;
    await decideApproval(h, request, 'APPROVED');
    await expectEventually(async () =>
      expect(await h.sql(`SELECT status FROM loyalty.discount WHERE id = $1`, [pending.id])).toEqual([
        { status: 'ISSUED' },
      ]),
    );
  });
});

describe('the campaign state is checked first', () => {
  it('[DOMAIN 2.4] an interaction with a campaign that is not running answers INVALID_TRANSITION whatever else is wrong', async () => {
    const draft = await create('1000', ['PLATINUM']);
    const customer = await tiered('PLATINUM');
    for (const [cost, extra] of [
      ['5', { kind: ' ' }],
      ['5', { kind: ' ', points: 10 }],
    ] as const) {
      const r = await interact(draft, customer, cost, extra);
      expect(errorCodes(r)).toEqual(['INVALID_TRANSITION']);
    }
    expect((await read(draft)).interactions).toEqual([]);
  });
});

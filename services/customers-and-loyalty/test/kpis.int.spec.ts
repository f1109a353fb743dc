import { errorCodes } from '@care/testing';
import { approvedCampaign, INTERACT, purchase, register, setTier, useHarness } from './harness';

const h = useHarness('loyalty_kpis', { startAt: '2025-06-02T02:00:00Z' });

const override = (customerId: string, tier: string) =>
  setTier(h, customerId, tier, 'tier set for the KPI scenario');

const KPIS = `query($from: DateTime!, $to: DateTime!) { loyaltyKpis(from: $from, to: $to) {
  repurchaseRate churnRate diamondRetention activityCostShare budgetAttainment interactionCoverage dataErrorRate } }`;

it('[DOMAIN 2.8] computes repurchase rate, churn, Diamond retention, activity cost share, budget attainment, interaction coverage and data error rate in SQL', async () => {
  const a = await register(h, { name: 'A' });
  const b = await register(h, { name: 'B' });
  const c = await register(h, { name: 'C' });
  const d = await register(h, { name: 'D' });
  // The 12 months before the period: A, B and C bought.
  for (const id of [a, b, c]) await purchase(h, id, '100');
  // A and D become Diamond before the period starts.
  h.clock.set('2025-12-01T02:00:00Z');
  await override(a, 'DIAMOND');
  await override(d, 'DIAMOND');
  // In the period: A buys twice, B once, C not at all; D drops to Platinum.
  h.clock.set('2026-03-02T02:00:00Z');
  await purchase(h, a, '1000');
  await purchase(h, a, '1000');
  await purchase(h, b, '500');
  await override(d, 'PLATINUM');
  // A campaign for Diamond and Platinum (A and D targeted), budget 1,000; an interaction with A costs 250.
  const campaignId = await approvedCampaign(h, { name: 'KPI', targetTiers: ['DIAMOND', 'PLATINUM'] });
  await h.ok(INTERACT, { input: { campaignId, customerId: a, kind: 'EVENT_INVITATION', cost: '250' } }, [
    'marketing',
  ]);
  // Data changes: one applied, one rejected.
  for (const approve of [true, false]) {
    const { submitCustomerChange } = await h.ok<{ submitCustomerChange: { id: string } }>(
      `mutation($input: SubmitCustomerChangeInput!) { submitCustomerChange(input: $input) { id } }`,
      { input: { customerId: b, preferredLanguage: 'en', idDocumentReference: 'photo' } },
      ['sales'],
      'clerk',
    );
    await h.ok(
      `mutation($input: ReviewCustomerChangeInput!) { reviewCustomerChange(input: $input) { id } }`,
      { input: { id: submitCustomerChange.id, approve, reason: approve ? null : 'wrong entry' } },
      ['sales'],
      'reviewer',
    );
  }

  const kpis = await h.ok<{ loyaltyKpis: Record<string, string | null> }>(
    KPIS,
    { from: '2026-01-01T00:00:00Z', to: '2026-07-01T00:00:00Z' },
    ['analyst'],
  );
  expect(kpis.loyaltyKpis).toEqual({
    repurchaseRate: '0.50', // A of A and B
    churnRate: '0.3333', // C of A, B, C
    diamondRetention: '0.50', // A of A and D
    activityCostShare: '0.10', // 250 / 2,500
    budgetAttainment: '0.25', // 250 / 1,000
    interactionCoverage: '0.50', // A of A and D
    dataErrorRate: '0.50', // 1 of 2
  });
  const empty = await h.ok<{ loyaltyKpis: Record<string, string | null> }>(
    KPIS,
    { from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z' },
    ['analyst'],
  );
  expect(Object.values(empty.loyaltyKpis).every((v) => v === null)).toBe(true);
  expect(
    errorCodes(await h.raw(KPIS, { from: '2026-07-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, ['analyst'])),
  ).toEqual(['BAD_USER_INPUT']);
  expect(
    errorCodes(await h.raw(KPIS, { from: '2026-01-01T00:00:00Z', to: '2026-07-01T00:00:00Z' }, ['partner'])),
  ).toEqual(['FORBIDDEN']);
});

it('[DOMAIN 2.7] the data export is compliance-only and aggregated for statistics: no person in it', async () => {
  const QUERY = `query($year: Int!) { customerStatistics(year: $year) { tier region customers annualSpend } }`;
  expect(errorCodes(await h.raw(QUERY, { year: 2026 }, ['analyst']))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await h.raw(QUERY, { year: 2026 }, ['sales']))).toEqual(['FORBIDDEN']);
  const { customerStatistics } = await h.ok<{ customerStatistics: Record<string, unknown>[] }>(
    QUERY,
    { year: 2026 },
    ['compliance'],
  );
  // A is Diamond (2,000 spent in 2026), B a member (500), C a member (0), D Platinum (0).
  expect(customerStatistics).toEqual([
    { tier: 'MEMBER', region: null, customers: 2, annualSpend: '500.00' },
    { tier: 'PLATINUM', region: null, customers: 1, annualSpend: '0.00' },
    { tier: 'DIAMOND', region: null, customers: 1, annualSpend: '2000.00' },
  ]);
});

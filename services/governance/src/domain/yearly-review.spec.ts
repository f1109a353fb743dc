import { randomUUID } from 'node:crypto';
import { kpi, ratio, TARGETS, tierForSpend } from './check-policy';
import { yearPeriod } from './report-period';
import { reviewYear } from './yearly-review';

describe('the yearly review', () => {
  const run = (inputs: Parameters<typeof reviewYear>[0]) =>
    reviewYear(inputs, {
      id: randomUUID(),
      year: 2026,
      period: yearPeriod(2026, 'Asia/Shanghai'),
      actor: 'audit-1',
      now: new Date('2027-04-01T02:00:00Z'),
      newId: randomUUID,
    });

  it('[DOMAIN 2.1] tiers by annual spend, thresholds inclusive', () => {
    expect(['49999.99', '50000', '200000', '499999.99', '500000'].map((s) => tierForSpend(s))).toEqual([
      'MEMBER',
      'GOLD',
      'PLATINUM',
      'PLATINUM',
      'DIAMOND',
    ]);
  });

  it('[DOMAIN 4.2] finds tier mismatches, payments without or beyond approval, and late complaints', () => {
    const { review, findings } = run({
      customers: [
        { customerId: 'c-right', heldTier: 'GOLD', spend: '60000' },
        { customerId: 'c-wrong', heldTier: 'DIAMOND', spend: '210000' },
      ],
      requests: [
        { requestId: 'r-ok', outcome: 'APPROVED', approvedAmount: '1000', paid: '1000', payments: 2 },
        { requestId: 'r-over', outcome: 'APPROVED', approvedAmount: '1000', paid: '1200.5', payments: 1 },
        { requestId: 'r-none', outcome: null, approvedAmount: null, paid: '10', payments: 1 },
      ],
      complaints: [
        {
          complaintId: 'k-ok',
          number: 'CP-2026-000001',
          resolvedAt: new Date('2026-05-01'),
          onTime: true,
          breachedDueAt: null,
        },
        {
          complaintId: 'k-late',
          number: 'CP-2026-000002',
          resolvedAt: new Date('2026-05-01'),
          onTime: false,
          breachedDueAt: null,
        },
        {
          complaintId: 'k-disagree',
          number: 'CP-2026-000003',
          resolvedAt: new Date('2026-05-02'),
          onTime: true,
          breachedDueAt: new Date('2026-05-01'),
        },
      ],
    });
    expect(findings.map((f) => [f.kind, f.subjectId])).toEqual([
      ['TIER_MISMATCH', 'c-wrong'],
      ['PAID_OVER_APPROVAL', 'r-over'],
      ['PAID_WITHOUT_APPROVAL', 'r-none'],
      ['RESOLVED_LATE', 'k-late'],
      ['RECORDS_DISAGREE', 'k-disagree'],
    ]);
    expect(findings[0]!.details).toEqual({
      heldTier: 'DIAMOND',
      impliedTier: 'PLATINUM',
      spend: '210000.00',
    });
    expect(findings[1]!.details).toMatchObject({ excess: '200.50' });
    expect(review.tierAccuracy).toEqual({ checked: 2, findings: 1, conformityRate: '0.5000' });
    expect(review.budgetExecution).toEqual({ checked: 3, findings: 2, conformityRate: '0.3333' });
    expect(review.complaintTimeliness).toEqual({ checked: 3, findings: 2, conformityRate: '0.3333' });
  });

  it('judges KPIs against their targets, and gives no verdict without a value or a target', () => {
    expect(kpi(ratio(95, 100), TARGETS.interactionCoverage)).toMatchObject({ value: '0.9500', met: true });
    expect(kpi(ratio(94, 100), TARGETS.interactionCoverage).met).toBe(false);
    expect(kpi(ratio(3, 100), TARGETS.churnRate).met).toBe(true);
    expect(kpi(ratio(1, 0), TARGETS.churnRate)).toEqual({
      value: null,
      target: TARGETS.churnRate,
      met: null,
    });
    expect(kpi('0.5').met).toBeNull();
  });
});

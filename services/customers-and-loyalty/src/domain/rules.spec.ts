import {
  archiveNumber,
  closeCampaign,
  draftCampaign,
  isTargeted,
  settleCampaign,
  spend,
  submitCampaign,
  decideCampaign,
} from './campaign';
import { quarterOf } from './company-time';
import { markResponseOverdue, reviewChange, submitChange } from './customer-change';
import { checkDiscount } from './discount';
import { isMajorCase, openFreeze } from './freeze';
import { DEFAULT_DISCOUNT_LIMITS, DEFAULT_POLICY } from './policy';
import { mayEvaluate, proposeTierChanges } from './tier';
import type { WorkingTime } from './working-time';

/** A calendar without days off: working hours are plain hours, a working day 24 hours. */
const plain: WorkingTime = {
  addWorkingHours: (from, h) => ({ value: new Date(from.getTime() + h * 3_600_000) }),
  addWorkingDays: (from, d) => ({ value: new Date(from.getTime() + d * 86_400_000) }),
};
const now = new Date('2026-03-02T02:00:00Z');
const SHANGHAI = 'Asia/Shanghai';

describe('tier re-evaluation', () => {
  it('[DOMAIN 2.1] proposes only real changes, with the spend', () => {
    expect(
      proposeTierChanges(
        [
          { customerId: 'a', tier: 'MEMBER', annualSpend: '500000' },
          { customerId: 'b', tier: 'GOLD', annualSpend: '60000' },
          { customerId: 'c', tier: 'PLATINUM', annualSpend: '10' },
        ],
        DEFAULT_POLICY,
      ),
    ).toEqual([
      { customerId: 'a', from: 'MEMBER', to: 'DIAMOND', annualSpend: '500000.00' },
      { customerId: 'c', from: 'PLATINUM', to: 'MEMBER', annualSpend: '10.00' },
    ]);
  });

  it('[DOMAIN 2.1] runs in January (company time) for the year just ended', () => {
    expect(mayEvaluate(2025, new Date('2026-01-15T00:00:00Z'), SHANGHAI)).toEqual({ ok: true });
    expect(mayEvaluate(2025, new Date('2025-12-31T16:30:00Z'), SHANGHAI)).toEqual({ ok: true }); // 1 January 00:30 Shanghai
    expect(mayEvaluate(2025, now, SHANGHAI).ok).toBe(false);
    expect(mayEvaluate(2024, new Date('2026-01-15T00:00:00Z'), SHANGHAI).ok).toBe(false);
  });

  it('[DOMAIN 2.1] counts January in the configured time zone (TIME_ZONE), not in a fixed UTC+8', () => {
    // 31 December 2025 16:30 UTC: 1 January 00:30 in Shanghai, still 31 December 17:30 in Berlin.
    const newYearInShanghai = new Date('2025-12-31T16:30:00Z');
    expect(mayEvaluate(2025, newYearInShanghai, SHANGHAI)).toEqual({ ok: true });
    expect(mayEvaluate(2025, newYearInShanghai, 'Europe/Berlin')).toEqual({
      ok: false,
      reason: 'tiers are re-evaluated in January only',
    });
    // 31 January 2026 20:00 UTC: 1 February in Shanghai, still January in New York.
    const endOfJanuaryInNewYork = new Date('2026-01-31T20:00:00Z');
    expect(mayEvaluate(2025, endOfJanuaryInNewYork, SHANGHAI).ok).toBe(false);
    expect(mayEvaluate(2025, endOfJanuaryInNewYork, 'America/New_York')).toEqual({ ok: true });
  });
});

describe('customer data changes', () => {
  const request = {
    id: 'x',
    customerId: 'c',
    changes: { phone: '13800000000' },
    idDocumentReference: 'photo',
    enteredBy: 'a',
  };

  it('[DOMAIN 2.5] due 2 hours after submission; the reviewer is never the entry clerk', () => {
    const change = submitChange(request, now, plain);
    expect(change.dueAt.toISOString()).toBe('2026-03-02T04:00:00.000Z');
    expect(() => reviewChange(change, 'a', true, null, now)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(reviewChange(change, 'b', true, null, new Date('2026-03-02T05:00:00Z'))).toMatchObject({
      status: 'APPLIED',
      onTime: false,
    });
    expect(() => submitChange({ ...request, changes: {} }, now, plain)).toThrow(/at least one/);
    expect(() =>
      submitChange({ ...request, changes: { name: 'N' }, idDocumentReference: ' ' }, now, plain),
    ).toThrow(/ID document/);
  });

  it('[DOMAIN 2.5] a request still unanswered after its 2 hours is marked overdue once; an answered one never', () => {
    const change = submitChange(request, now, plain);
    const atDeadline = new Date('2026-03-02T04:00:00Z');
    const after = new Date('2026-03-02T04:00:01Z');
    expect(markResponseOverdue(change, atDeadline)).toBeNull();
    const overdue = markResponseOverdue(change, after);
    expect(overdue).toEqual({ ...change, overdueAt: after });
    expect(markResponseOverdue(overdue!, new Date('2026-03-02T09:00:00Z'))).toBeNull();
    // Its answer still comes late and keeps the mark.
    expect(reviewChange(overdue!, 'b', false, 'no match', new Date('2026-03-02T06:00:00Z'))).toMatchObject({
      status: 'REJECTED',
      onTime: false,
      overdueAt: after,
    });
    const answered = reviewChange(change, 'b', true, null, new Date('2026-03-02T03:00:00Z'));
    expect(markResponseOverdue(answered, after)).toBeNull();
  });
});

describe('discounts', () => {
  const base = {
    value: '200',
    customerTier: 'GOLD' as const,
    spendThisYear: '0',
    spendLastYear: '50000',
    alreadyIssuedThisPeriod: false,
  };

  it('[DOMAIN 2.3] must match the purchase records', () => {
    expect(checkDiscount({ ...base, kind: 'GOLD_QUARTERLY' }, now, DEFAULT_POLICY, SHANGHAI)).toEqual({
      ok: true,
      tier: 'GOLD',
      period: '2026-Q1',
      needsApproval: false,
    });
    expect(
      checkDiscount(
        { ...base, kind: 'GOLD_QUARTERLY', spendLastYear: '49999.99' },
        now,
        DEFAULT_POLICY,
        SHANGHAI,
      ),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/purchase records/) });
    expect(
      checkDiscount({ ...base, kind: 'PLATINUM_EXCLUSIVE' }, now, DEFAULT_POLICY, SHANGHAI),
    ).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/is GOLD/),
    });
  });

  it('[DOMAIN 2.3] Gold quarterly at most once a quarter; Platinum needs an approval', () => {
    expect(
      checkDiscount(
        { ...base, kind: 'GOLD_QUARTERLY', alreadyIssuedThisPeriod: true },
        now,
        DEFAULT_POLICY,
        SHANGHAI,
      ),
    ).toMatchObject({ ok: false });
    expect(
      checkDiscount(
        { ...base, customerTier: 'PLATINUM', spendThisYear: '200000', kind: 'PLATINUM_EXCLUSIVE' },
        now,
        DEFAULT_POLICY,
        SHANGHAI,
      ),
    ).toMatchObject({ ok: true, needsApproval: true, period: null });
    expect(quarterOf(new Date('2026-03-31T16:00:00Z'), SHANGHAI)).toBe('2026-Q2');
  });

  it('[DOMAIN 2.1, 2.3] is worth no more than the policy allows for the purchase records', () => {
    const gold = { ...base, kind: 'GOLD_QUARTERLY' as const };
    // 1 % of the 50,000 CNY that support Gold.
    expect(checkDiscount({ ...gold, value: '500.00' }, now, DEFAULT_POLICY, SHANGHAI)).toMatchObject({
      ok: true,
    });
    expect(checkDiscount({ ...gold, value: '500.01' }, now, DEFAULT_POLICY, SHANGHAI)).toMatchObject({
      ok: false,
      code: 'LIMIT_EXCEEDED',
      limit: '500.00',
      reason: expect.stringMatching(/at most 500\.00 CNY/),
    });
    expect(
      checkDiscount({ ...gold, value: '9999999999999999' }, now, DEFAULT_POLICY, SHANGHAI),
    ).toMatchObject({
      ok: false,
      code: 'LIMIT_EXCEEDED',
    });
    // A big spender still meets the kind's ceiling: 2,000 CNY for Gold, not 1 % of 900,000.
    expect(
      checkDiscount({ ...gold, spendThisYear: '900000', value: '2000.01' }, now, DEFAULT_POLICY, SHANGHAI),
    ).toMatchObject({ ok: false, code: 'LIMIT_EXCEEDED', limit: '2000.00' });
    // The limits are policy data: a version that states its own is followed.
    const stricter = {
      ...DEFAULT_POLICY,
      discounts: { ...DEFAULT_DISCOUNT_LIMITS, GOLD_QUARTERLY: { maxValue: '100', maxShareOfSpend: '0.01' } },
    };
    expect(checkDiscount(gold, now, stricter, SHANGHAI)).toMatchObject({ ok: false, limit: '100.00' });
    // A version stored before the limits existed falls back to the defaults.
    const { discounts: _unused, ...older } = DEFAULT_POLICY;
    expect(checkDiscount({ ...gold, value: '500.01' }, now, older, SHANGHAI)).toMatchObject({
      code: 'LIMIT_EXCEEDED',
    });
  });
});

describe('campaigns', () => {
  const draft = () =>
    draftCampaign(
      {
        id: 'k',
        name: 'Spring',
        type: 'appreciation_event',
        targetTiers: ['PLATINUM', 'DIAMOND'],
        targetTags: ['VIP'],
        budget: '1000',
        startsOn: '2026-03-01',
        endsOn: '2026-03-31',
        createdBy: 's',
      },
      now,
    );

  it('[DOMAIN 2.4] runs draft -> approval (review due in 1 working day) -> run -> close (settle in 10) -> settle', () => {
    const submitted = submitCampaign(draft(), now, plain);
    expect(submitted.reviewDueAt!.toISOString()).toBe('2026-03-03T02:00:00.000Z');
    expect(decideCampaign(submitted, false, now).status).toBe('DRAFT');
    const running = decideCampaign(submitted, true, now);
    const closed = closeCampaign(running, now, plain);
    expect(closed.settleDueAt!.toISOString()).toBe('2026-03-12T02:00:00.000Z');
    expect(settleCampaign(closed, new Date('2026-03-13T00:00:00Z')).settledOnTime).toBe(false);
    expect(() => closeCampaign(draft(), now, plain)).toThrow(/DRAFT/);
  });

  it('[DOMAIN 2.4] never exceeds the budget and targets by tier and tag', () => {
    const running = decideCampaign(submitCampaign(draft(), now, plain), true, now);
    const spent = spend(running, '999.99');
    expect(spent.spent).toBe('999.99');
    expect(spend(spent, '0.01').spent).toBe('1000.00');
    expect(() => spend(spent, '0.02')).toThrow(/exceed the budget/);
    expect(isTargeted(running, { tier: 'DIAMOND', tags: ['vip'] })).toBe(true);
    expect(isTargeted(running, { tier: 'DIAMOND', tags: [] })).toBe(false);
    expect(isTargeted(running, { tier: 'GOLD', tags: ['vip'] })).toBe(false);
  });

  it('[DOMAIN 2.4] archive numbers are KH + year + 6-digit serial', () => {
    expect(archiveNumber(2026, 123)).toBe('KH2026000123');
    expect(() => archiveNumber(2026, 1_000_000)).toThrow();
  });
});

describe('freezes', () => {
  it('[DOMAIN 2.6] records the 2-hour freeze deadline and the 3-day investigation deadline', () => {
    const complaint = { source: 'COMPLAINT' as const, complaintId: 'p', reason: 'r', reportedAt: now };
    const f = openFreeze(
      { id: 'f', customerId: 'c', ...complaint, frozenBy: 'x' },
      new Date('2026-03-02T05:00:00Z'),
      plain,
    );
    expect(isMajorCase('URGENT', 'SIMPLE')).toBe(true);
    expect(isMajorCase('HIGH', 'COMPLEX')).toBe(true);
    expect(isMajorCase('HIGH', 'SIMPLE')).toBe(false);
    expect(f).toMatchObject({
      freezeDueAt: new Date('2026-03-02T04:00:00Z'),
      frozenOnTime: false,
      investigationDueAt: new Date('2026-03-05T05:00:00Z'),
    });
  });
});

import { emergencyBudget, spendFromBudget, yearBounds, yearOf } from './emergency-budget';

describe('the emergency budget (DOMAIN 4.6)', () => {
  const context = { id: 's-1', incidentId: 'i-1', actor: 'finance-1', now: new Date('2026-05-01T02:00:00Z') };

  it("[DOMAIN 4.6] is 5 % of last year's activity total and refuses spending beyond it", () => {
    const budget = emergencyBudget(2026, '123456.78', '6000.00');
    expect(budget).toMatchObject({ budget: '6172.84', spent: '6000.00', remaining: '172.84' });
    const { spending, after } = spendFromBudget(
      budget,
      { amount: '172.84', purpose: 'Hotline staff' },
      context,
    );
    expect(spending).toMatchObject({ amount: '172.84', budgetYear: 2026 });
    expect(after.remaining).toBe('0.00');
    expect(() => spendFromBudget(budget, { amount: '172.85', purpose: 'p' }, context)).toThrow(
      expect.objectContaining({ code: 'LIMIT_EXCEEDED' }),
    );
    expect(() => spendFromBudget(budget, { amount: '0', purpose: 'p' }, context)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });

  it('counts years in company time', () => {
    expect(yearOf(new Date('2025-12-31T16:30:00Z'), 'Asia/Shanghai')).toBe(2026);
    expect(yearBounds(2025, 'Asia/Shanghai')).toEqual({
      from: new Date('2024-12-31T16:00:00Z'),
      to: new Date('2025-12-31T16:00:00Z'),
    });
  });
});

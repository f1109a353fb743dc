/**
 * `pnpm seed` options and the large company's plan, without a running system: the command line is
 * parsed and checked, and the plan drawn from a seed number covers every tier, category and month.
 */
import { CATEGORIES, largePlan, parseSeedArgs, SeedUsageError, TIERS } from '@care/infra/dev/seed';

describe('pnpm seed options', () => {
  it('defaults to the small company', () => {
    expect(parseSeedArgs([])).toEqual({ size: 'small', customers: 5000, seed: 2026, concurrency: 4 });
    expect(parseSeedArgs(['--size', 'small']).size).toBe('small');
  });

  it('takes --size large with its overrides, also after a `--`', () => {
    expect(parseSeedArgs(['--size', 'large'])).toEqual({
      size: 'large',
      customers: 5000,
      seed: 2026,
      concurrency: 4,
    });
    expect(
      parseSeedArgs(['--', '--size=large', '--customers', '250', '--seed', '7', '--concurrency', '8']),
    ).toEqual({ size: 'large', customers: 250, seed: 7, concurrency: 8 });
  });

  it.each([
    [['--size', 'huge'], '--size must be small or large, not "huge"'],
    [['--size'], "Option '--size <value>' argument missing"],
    [['--size', 'large', '--customers', '0'], '--customers must be a whole number from 1 to 100000, not "0"'],
    [['--size', 'large', '--customers', '2.5'], '--customers must be a whole number'],
    [['--size', 'large', '--customers', 'many'], '--customers must be a whole number'],
    [['--size', 'large', '--concurrency', '64'], '--concurrency must be a whole number from 1 to 32'],
    [['--size', 'large', '--seed', '-1'], "Option '--seed' argument is ambiguous"],
    [['--customers', '100'], '--customers is for --size large'],
    [['--sise', 'large'], "Unknown option '--sise'"],
    [['large'], 'Unexpected argument'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseSeedArgs(argv)).toThrow(SeedUsageError);
    expect(() => parseSeedArgs(argv)).toThrow(message);
  });
});

describe('the large company plan', () => {
  const now = new Date('2026-11-18T06:00:00Z'); // 14:00 in Shanghai

  it('is the same for the same seed number and differs for another', () => {
    const a = largePlan({ customers: 300, seed: 11 }, now);
    const b = largePlan({ customers: 300, seed: 11 }, now);
    const c = largePlan({ customers: 300, seed: 12 }, now);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(c.customers.map((x) => x.name)).not.toEqual(a.customers.map((x) => x.name));
  });

  it('plans the same company all day, and keeps its orders on a later day (a rerun records nothing new twice)', () => {
    const morning = largePlan({ customers: 200, seed: 5 }, now);
    const evening = largePlan({ customers: 200, seed: 5 }, new Date(now.getTime() + 5 * 3_600_000));
    expect(JSON.stringify(evening)).toBe(JSON.stringify(morning));
    const later = largePlan({ customers: 200, seed: 5 }, new Date(now.getTime() + 9 * 86_400_000));
    const orders = (plan: typeof morning) =>
      new Map(plan.customers.flatMap((c) => [...c.lastYear, ...c.thisYear]).map((o) => [o.order, o]));
    const before = orders(morning);
    const after = orders(later);
    expect(after.size).toBeGreaterThan(before.size);
    for (const [number, order] of before) expect(after.get(number)).toEqual(order);
  });

  it('has every tier, and customers in every tier spend what the tier takes', () => {
    const plan = largePlan({ customers: 5000, seed: 2026 }, now);
    const byTier = Object.fromEntries(TIERS.map((t) => [t, plan.customers.filter((c) => c.tier === t)]));
    expect(Object.fromEntries(TIERS.map((t) => [t, byTier[t]!.length]))).toEqual({
      DIAMOND: 100,
      PLATINUM: 300,
      GOLD: 850,
      MEMBER: 3750,
    });
    expect(byTier.DIAMOND!.every((c) => c.spend >= 500_000)).toBe(true);
    expect(byTier.MEMBER!.every((c) => c.spend < 50_000)).toBe(true);
    // Last year's orders add up to the spend, all dated in last year (Shanghai time).
    for (const c of plan.customers.slice(0, 200)) {
      expect(c.lastYear.reduce((sum, p) => sum + p.cny, 0)).toBe(c.spend);
      for (const p of c.lastYear)
        expect(new Date(p.at.getTime() + 8 * 3_600_000).getUTCFullYear()).toBe(2025);
      for (const p of c.thisYear) expect(p.at.getTime()).toBeLessThan(now.getTime());
    }
    expect(new Set(plan.customers.map((c) => c.region.code)).size).toBeGreaterThan(20);
    expect(plan.complaints).toHaveLength(1500);
    expect(plan.redemptions).toHaveLength(75);
  });

  it('files complaints in every category in each of the last twelve months, none in the future', () => {
    const plan = largePlan({ customers: 60, seed: 3 }, now);
    expect(plan.months).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    const pairs = new Set(
      plan.complaints.filter((c) => c.target !== 'RECEIVED').map((c) => `${c.month} ${c.category}`),
    );
    for (const month of plan.months)
      for (const category of CATEGORIES) expect(pairs).toContain(`${month} ${category}`);
    expect(plan.complaints.every((c) => c.receivedAt.getTime() <= now.getTime())).toBe(true);
    // Old complaints are mostly closed, this week's still open.
    const old = plan.complaints.filter((c) => c.month <= '2026-06');
    expect(old.filter((c) => c.target === 'CLOSED').length).toBeGreaterThan(old.length / 2);
  });
});

/** The API benchmark's flags and arithmetic (no servers). */
import { DEFAULTS, parseApiArgs, QUICK, UsageError } from './args';
import {
  evenSchedule,
  median,
  pairedRatio,
  pairedRatioToSum,
  percentile,
  roundOrder,
  summarise,
  toSum,
} from './figures';
import { table } from './report';
import { yearSpans } from './seed';

describe('pnpm bench api flags', () => {
  it('defaults to the full run, and --quick to the short one with explicit flags still winning', () => {
    expect(parseApiArgs([])).toMatchObject({ ...DEFAULTS, quick: false });
    expect(parseApiArgs(['--quick'])).toMatchObject({ ...DEFAULTS, ...QUICK, quick: true });
    expect(parseApiArgs(['--quick', '--customers', '50', '--connections=4'])).toMatchObject({
      customers: 50,
      complaints: QUICK.complaints,
      connections: 4,
    });
    expect(parseApiArgs(['--duration', '0.5']).duration).toBe(0.5);
    expect(parseApiArgs(['--half-rate-seconds=2.5']).halfRateSeconds).toBe(2.5);
  });

  it('writes the figures to a dated file under test/bench/results unless --out says otherwise', () => {
    expect(parseApiArgs([]).out).toMatch(/^test\/bench\/results\/api-\d{4}-\d\d-\d\dT[\d-]+Z\.json$/);
    expect(parseApiArgs(['--out', 'x.json']).out).toBe('x.json');
    expect(parseApiArgs(['--out', '-']).out).toBeUndefined();
  });

  it.each([
    [['--customers', '0'], '--customers must be a positive whole number (got 0)'],
    [['--rounds', '2.5'], '--rounds must be a positive whole number (got 2.5)'],
    [['--duration', 'soon'], '--duration must be a positive number (got soon)'],
    [['--half-rate-seconds', '-1'], '--half-rate-seconds must be a positive number (got -1)'],
    [['--complaints'], '--complaints needs a value'],
    [['--connections', '--quick'], '--connections needs a value'],
    [
      ['--log-level', 'loud'],
      '--log-level must be one of fatal, error, warn, info, debug, trace, silent (got loud)',
    ],
    [['--fast'], 'unknown flag --fast'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseApiArgs(argv)).toThrow(new UsageError(message));
  });
});

describe('the figures', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('takes medians of odd and even counts, in any order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('rates a target against its baseline round by round: one disturbed round does not move the ratio', () => {
    // Round 3 ran while the machine was busy: both sides slower, the subject much more.
    const subject = [500, 520, 100, 510, 490];
    const baseline = [1000, 1000, 900, 1000, 1000];
    expect(pairedRatio(subject, baseline)).toBe(0.5);
    expect(() => pairedRatio([1, 2], [1])).toThrow('paired ratios need as many rounds on each side');
  });

  it('rates a target against the sum of its parts round by round, and gives the medians and their sum', () => {
    // The gateway's p99 and the p99s of the two subgraph requests it makes, round by round; round 2 was disturbed.
    const gateway = [30, 32, 90, 28, 30];
    const complaints = [10, 10, 10, 9, 11];
    const loyalty = [5, 6, 5, 5, 4];
    expect(pairedRatioToSum(gateway, [complaints, loyalty])).toBe(2);
    expect(toSum(gateway, [complaints, loyalty])).toEqual({ subject: 30, parts: [10, 5], sum: 15, ratio: 2 });
    expect(pairedRatioToSum([6, 9], [[3, 3]])).toBe(2.5);
    expect(() => pairedRatioToSum([1, 2], [[1, 1], [1]])).toThrow(
      'paired ratios need as many rounds on each side',
    );
    expect(() => pairedRatioToSum([1], [])).toThrow('a ratio to a sum needs at least one part');
  });

  it('spaces the requests of a fixed rate evenly over the whole time', () => {
    expect(evenSchedule(4, 1)).toEqual([0, 250, 500, 750]);
    expect(evenSchedule(2.5, 2)).toEqual([0, 400, 800, 1200, 1600]);
    const many = evenSchedule(123.4, 5);
    expect(many).toHaveLength(617);
    expect(many[many.length - 1]).toBeLessThan(5_000);
    expect(evenSchedule(0.1, 1)).toEqual([0]);
    expect(() => evenSchedule(0, 1)).toThrow('a schedule needs a positive rate and duration');
    expect(() => evenSchedule(NaN, 1)).toThrow('a schedule needs a positive rate and duration');
  });

  it('summarises rounds by their medians and their range, adding up failures', () => {
    const summary = summarise([
      { rps: 100, p50: 10, p99: 50, failed: 0 },
      { rps: 300, p50: 30, p99: 90, failed: 2 },
      { rps: 200, p50: 20, p99: 70, failed: 1 },
    ]);
    expect(summary).toMatchObject({ rps: 200, p50: 20, p99: 70, rpsMin: 100, rpsMax: 300, failed: 3 });
  });

  it('alternates the order of two targets and rotates three', () => {
    expect([0, 1, 2, 3].map((r) => roundOrder(['A', 'B'], r).join(''))).toEqual(['AB', 'BA', 'AB', 'BA']);
    expect([0, 1, 2, 3].map((r) => roundOrder(['A', 'B', 'C'], r).join(''))).toEqual([
      'ABC',
      'BCA',
      'CAB',
      'ABC',
    ]);
  });

  it('prints a Markdown table with the numbers right-aligned', () => {
    expect(
      table(
        ['what', 'n'],
        [
          ['a', '1'],
          ['bb', '100'],
        ],
      ),
    ).toBe(['| what |   n |', '|------|----:|', '| a    |   1 |', '| bb   | 100 |'].join('\n'));
  });
});

describe('the seeded history', () => {
  it('spans the two years before now, split at new year in the company time zone, all complaints counted', () => {
    const now = new Date('2026-03-01T00:00:00Z');
    const spans = yearSpans(10_000, now);
    expect(spans.map((s) => s.year)).toEqual([2024, 2025, 2026]);
    expect(spans.reduce((n, s) => n + s.count, 0)).toBe(10_000);
    expect(spans[1]!.from.toISOString()).toBe('2024-12-31T16:00:00.000Z');
    expect(spans[2]!.from.toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(spans[2]!.to.toISOString()).toBe('2026-02-28T23:00:00.000Z');
    // In proportion to time: 2025 is 365 days of the 730 days less an hour.
    expect(spans[1]!.count).toBe(Math.round((10_000 * 365 * 24) / (730 * 24 - 1)));
  });
});

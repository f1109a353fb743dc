/** The RSS phase's figure for issue 11: growth after the first tenth of the requests (no servers). */
import { rssGrowth, rssGrowthLine, type MemoryFigures } from './memory';

const phase = (samples: [number, number][], sent: number, capped = false): MemoryFigures => ({
  before: 200,
  samples,
  requested: 100_000,
  sent,
  seconds: 220,
  capped,
  capSeconds: 400,
  failed: 0,
  growth: rssGrowth(samples, 10_000, capped),
});

describe('the gateway RSS growth (issue 11: within 10 % from 10,000 to 100,000 requests)', () => {
  it('compares the sample after the first tenth with the last, in percent', () => {
    const m = phase(
      [
        [10_000, 250],
        [50_000, 262],
        [100_000, 257.5],
      ],
      100_000,
    );
    expect(m.growth).toEqual({ first: [10_000, 250], last: [100_000, 257.5], percent: 3, withinLimit: true });
    expect(rssGrowthLine(m)).toBe(
      'Gateway RSS after the first 10,000 mixed reads: 250 MiB; after 100,000: 258 MiB, +3.0 % (within 10 %: yes)',
    );
  });

  it('says NO beyond 10 % either way', () => {
    const grown = phase(
      [
        [10_000, 466],
        [100_000, 617],
      ],
      100_000,
    );
    expect(grown.growth?.withinLimit).toBe(false);
    expect(rssGrowthLine(grown)).toContain('+32.4 % (within 10 %: NO)');
    expect(
      phase(
        [
          [10_000, 400],
          [100_000, 300],
        ],
        100_000,
      ).growth?.withinLimit,
    ).toBe(false);
  });

  it('establishes nothing when the time cap stopped the phase early', () => {
    const m = phase(
      [
        [10_000, 466],
        [20_000, 470],
        [29_195, 471],
      ],
      29_195,
      true,
    );
    expect(m.growth?.withinLimit).toBe(false);
    expect(rssGrowthLine(m)).toBe(
      'Gateway RSS after the first 10,000 mixed reads: 466 MiB; after 29,195: 471 MiB, +1.1 % ' +
        '(not established: the 400 s cap stopped the phase before 100,000)',
    );
  });

  it('is not measured when the phase ended before its first tenth', () => {
    const m = phase([[4_000, 300]], 4_000, true);
    expect(m.growth).toBeUndefined();
    expect(rssGrowthLine(m)).toBe(
      'Gateway RSS growth: not measured (4,000 requests answered, fewer than a tenth)',
    );
  });
});

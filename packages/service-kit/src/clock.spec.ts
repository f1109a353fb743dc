import { ClockSettingError, clockFromEnv, parseIsoDuration, serviceClock, systemClock } from './clock';
import { ConfigError, parseConfig, subgraphConfig } from './config';

const schema = subgraphConfig({ port: 4999, schema: 'clock_test' });
const env = (extra: Record<string, string>) => ({
  DATABASE_URL: 'postgres://u@127.0.0.1:5432/db',
  JWT_SECRET: 'a-secret-of-sixteen-chars',
  ...extra,
});
const problemsOf = (extra: Record<string, string>): string[] => {
  try {
    parseConfig(schema, env(extra));
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

/** A real time the test moves by hand. */
function fakeReal(startIso: string) {
  let t = Date.parse(startIso);
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('parseIsoDuration', () => {
  it.each([
    ['P30D', 30 * 86_400_000],
    ['-PT6H', -6 * 3_600_000],
    ['+P1W', 7 * 86_400_000],
    ['P1DT2H30M', 86_400_000 + 2.5 * 3_600_000],
    ['PT0.5S', 500],
    ['PT90M', 90 * 60_000],
    ['P0D', 0],
  ])('%s is %d ms', (text, ms) => {
    expect(parseIsoDuration(text)).toBe(ms);
  });

  it.each(['', 'P', '-P', 'PT', 'P1Y', 'P2M', '30D', 'P1.5D', 'P1DT', 'PT1H1D', '1 day', 'P-1D'])(
    'refuses %j',
    (text) => {
      expect(parseIsoDuration(text)).toBeUndefined();
    },
  );
});

describe('serviceClock', () => {
  it('is the real time without a setting', () => {
    expect(serviceClock({})).toBe(systemClock);
    const before = Date.now();
    const now = serviceClock({ NODE_ENV: 'development' }).now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('CLOCK_OFFSET adds the duration to the real time at every reading', () => {
    const real = fakeReal('2026-06-10T04:00:00Z');
    const clock = serviceClock({ CLOCK_OFFSET: parseIsoDuration('-P3DT1H') }, real.now);
    expect(clock.now().toISOString()).toBe('2026-06-07T03:00:00.000Z');
    real.advance(90 * 60_000);
    expect(clock.now().toISOString()).toBe('2026-06-07T04:30:00.000Z');
  });

  it('CLOCK_START shows the instant at start and runs on from there', () => {
    const real = fakeReal('2026-11-30T23:00:00Z');
    const clock = serviceClock({ CLOCK_START: new Date('2027-01-05T09:00:00+08:00') }, real.now);
    expect(clock.now().toISOString()).toBe('2027-01-05T01:00:00.000Z');
    real.advance(2 * 3_600_000 + 15_000);
    expect(clock.now().toISOString()).toBe('2027-01-05T03:00:15.000Z');
  });

  it('refuses a demo clock in production, and both settings at once, naming the variable', () => {
    expect(() => serviceClock({ NODE_ENV: 'production', CLOCK_OFFSET: 60_000 })).toThrow(
      /CLOCK_OFFSET: a demo clock is refused when NODE_ENV=production/,
    );
    expect(() => serviceClock({ NODE_ENV: 'production', CLOCK_START: new Date() })).toThrow(
      ClockSettingError,
    );
    expect(() => serviceClock({ CLOCK_START: new Date(), CLOCK_OFFSET: 0 })).toThrow(
      /set CLOCK_START or CLOCK_OFFSET, not both/,
    );
  });
});

describe('the clock settings in a subgraph config', () => {
  it('parses CLOCK_START to an instant and CLOCK_OFFSET to milliseconds', () => {
    const a = parseConfig(schema, env({ CLOCK_START: '2027-01-05T09:00:00+08:00' }));
    expect(a.CLOCK_START?.toISOString()).toBe('2027-01-05T01:00:00.000Z');
    expect(a.CLOCK_OFFSET).toBeUndefined();
    const b = parseConfig(schema, env({ CLOCK_OFFSET: 'PT36H', NODE_ENV: 'test' }));
    expect(b.CLOCK_OFFSET).toBe(36 * 3_600_000);
    const none = parseConfig(schema, env({ CLOCK_START: '' }));
    expect(none.CLOCK_START).toBeUndefined();
  });

  it('refuses a demo clock when NODE_ENV=production', () => {
    expect(problemsOf({ NODE_ENV: 'production', CLOCK_START: '2027-01-05T09:00:00+08:00' })).toEqual([
      'CLOCK_START: a demo clock is refused when NODE_ENV=production (the real time only): unset it',
    ]);
    expect(problemsOf({ NODE_ENV: 'production', CLOCK_OFFSET: 'P1D' })).toEqual([
      'CLOCK_OFFSET: a demo clock is refused when NODE_ENV=production (the real time only): unset it',
    ]);
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([]);
  });

  it('refuses invalid values and both settings together, naming the variable', () => {
    expect(problemsOf({ CLOCK_START: '2027-01-05T09:00:00' })).toEqual([
      'CLOCK_START: must be an instant with its offset, e.g. 2027-01-05T09:00:00+08:00',
    ]);
    expect(problemsOf({ CLOCK_START: '2027-02-30T09:00:00Z' })).toHaveLength(1);
    expect(problemsOf({ CLOCK_START: 'next monday' })[0]).toMatch(/^CLOCK_START: /);
    expect(problemsOf({ CLOCK_OFFSET: 'P1M' })[0]).toMatch(
      /^CLOCK_OFFSET: must be an ISO-8601 duration .* \(years and months have no fixed length\)$/,
    );
    expect(problemsOf({ CLOCK_OFFSET: '3 days' })[0]).toMatch(/^CLOCK_OFFSET: /);
    expect(problemsOf({ CLOCK_OFFSET: 'P40000D' })).toEqual([
      'CLOCK_OFFSET: must shift the clock by at most 100 years',
    ]);
    expect(problemsOf({ CLOCK_START: '2027-01-05T09:00:00+08:00', CLOCK_OFFSET: 'P1D' })).toEqual([
      'CLOCK_OFFSET: set CLOCK_START or CLOCK_OFFSET, not both',
    ]);
  });
});

describe('clockFromEnv (the seed)', () => {
  it('reads the same variables', () => {
    const clock = clockFromEnv({ CLOCK_OFFSET: 'P10D' });
    const expected = Date.now() + 10 * 86_400_000;
    expect(Math.abs(clock.now().getTime() - expected)).toBeLessThan(5_000);
    expect(clockFromEnv({})).toBe(systemClock);
  });

  it('refuses what the services refuse', () => {
    expect(() => clockFromEnv({ NODE_ENV: 'production', CLOCK_OFFSET: 'P1D' })).toThrow(
      /CLOCK_OFFSET: a demo clock is refused when NODE_ENV=production/,
    );
    expect(() => clockFromEnv({ CLOCK_START: 'tomorrow' })).toThrow(/CLOCK_START: must be an instant/);
  });
});

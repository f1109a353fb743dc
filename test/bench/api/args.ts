/** `pnpm bench api [flags]`: the flags, their defaults, and the `--quick` defaults. */

export interface ApiBenchOptions {
  customers: number;
  complaints: number;
  /** Seconds a round lasts, about: it sends what the target answered in that long during its warm-up. */
  duration: number;
  /** Rounds of every comparison, its targets alternating within each round. */
  rounds: number;
  /** Concurrent connections of the load generator. */
  connections: number;
  /** Seconds a round that each target is sent the two-subgraph list at half its maximum rate (half-rate.ts). */
  halfRateSeconds: number;
  /** Mixed requests through the gateway while its RSS is sampled. */
  rssRequests: number;
  /** The most seconds those may take: the phase stops there (100,000 at 170 requests/s fit the default, as on this machine when another load shares it). */
  rssSeconds: number;
  /** The services' LOG_LEVEL. */
  logLevel: string;
  quick: boolean;
  /** Where the figures go as JSON; empty: nowhere. */
  out: string | undefined;
}

export const DEFAULTS: Omit<ApiBenchOptions, 'quick' | 'out'> = {
  customers: 10_000,
  complaints: 100_000,
  duration: 1.5,
  rounds: 5,
  connections: 10,
  halfRateSeconds: 5,
  rssRequests: 100_000,
  rssSeconds: 600,
  logLevel: 'info',
};

/** A minute or two in all: a smaller volume, fewer and shorter rounds. */
export const QUICK: Partial<ApiBenchOptions> = {
  customers: 1_000,
  complaints: 10_000,
  duration: 1,
  rounds: 3,
  halfRateSeconds: 2,
  rssRequests: 10_000,
  rssSeconds: 30,
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export const USAGE = `pnpm bench api [flags]
  --customers N          customers seeded (default ${DEFAULTS.customers}; --quick ${QUICK.customers})
  --complaints N         complaints seeded (default ${DEFAULTS.complaints}; --quick ${QUICK.complaints})
  --duration S           a round sends what the target answered in S seconds of warm-up, at least 2 a connection (default ${DEFAULTS.duration}; --quick ${QUICK.duration})
  --rounds N             alternating rounds per comparison (default ${DEFAULTS.rounds}; --quick ${QUICK.rounds})
  --connections N        concurrent connections (default ${DEFAULTS.connections})
  --half-rate-seconds S  seconds a round that each target is sent the two-subgraph list at half its maximum rate (default ${DEFAULTS.halfRateSeconds}; --quick ${QUICK.halfRateSeconds})
  --rss-requests N       mixed gateway requests while its memory is sampled (default ${DEFAULTS.rssRequests}; --quick ${QUICK.rssRequests})
  --rss-seconds S        at most this long for them (default ${DEFAULTS.rssSeconds}; --quick ${QUICK.rssSeconds})
  --log-level L          the services' LOG_LEVEL (default ${DEFAULTS.logLevel}, as in production)
  --out FILE             write the figures as JSON there (default test/bench/results/api-<time>.json; --out - for none)
  --quick                a minute or two: the --quick defaults above`;

const NUMERIC: Record<string, keyof typeof DEFAULTS> = {
  '--customers': 'customers',
  '--complaints': 'complaints',
  '--duration': 'duration',
  '--rounds': 'rounds',
  '--connections': 'connections',
  '--half-rate-seconds': 'halfRateSeconds',
  '--rss-requests': 'rssRequests',
  '--rss-seconds': 'rssSeconds',
};

export class UsageError extends Error {}

/** Reads the flags (`--name value` or `--name=value`); throws a UsageError naming what is wrong. */
export function parseApiArgs(argv: readonly string[]): ApiBenchOptions {
  const given: Partial<ApiBenchOptions> = {};
  let quick = false;
  let out: string | undefined;
  let outGiven = false;
  const args = argv.flatMap((a) => (a.startsWith('--') && a.includes('=') ? a.split(/=(.*)/s, 2) : [a]));
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    if (flag === '--') continue;
    if (flag === '--help') throw new UsageError('');
    if (flag === '--quick') {
      quick = true;
      continue;
    }
    const value = args[i + 1];
    const needsValue = () => {
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      i++;
      return value;
    };
    if (flag in NUMERIC) {
      const text = needsValue();
      const n = Number(text);
      const key = NUMERIC[flag]!;
      const integer = !['duration', 'halfRateSeconds', 'rssSeconds'].includes(key);
      if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n)))
        throw new UsageError(
          `${flag} must be a positive ${integer ? 'whole number' : 'number'} (got ${text})`,
        );
      (given as Record<string, number>)[key] = n;
    } else if (flag === '--log-level') {
      const level = needsValue();
      if (!LOG_LEVELS.includes(level))
        throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')} (got ${level})`);
      given.logLevel = level;
    } else if (flag === '--out') {
      out = needsValue();
      outGiven = true;
    } else {
      throw new UsageError(`unknown flag ${flag}`);
    }
  }
  return {
    ...DEFAULTS,
    ...(quick ? QUICK : {}),
    ...given,
    quick,
    out: outGiven ? (out === '-' ? undefined : out) : defaultOut(),
  };
}

function defaultOut(): string {
  return `test/bench/results/api-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
}

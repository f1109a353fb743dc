import { parseArgs } from 'node:util';
import { LARGE_DEFAULTS } from './large/plan';

export const SIZES = ['small', 'large'] as const;
export type Size = (typeof SIZES)[number];

export interface SeedArgs {
  size: Size;
  /** The large profile's customers and seed number (defaults: 5,000 and 2026). */
  customers: number;
  seed: number;
  /** Requests in flight at once. */
  concurrency: number;
}

export class SeedUsageError extends Error {}

export const SEED_USAGE =
  'usage: pnpm seed [--size small|large] [--customers N] [--seed N] [--concurrency N]\n' +
  '  --size         small (default): 40 customers, 30 complaints; large: a company of thousands\n' +
  `  --customers    large only: how many customers (default ${LARGE_DEFAULTS.customers}; 1 to 100000)\n` +
  `  --seed         large only: the random seed the company is drawn from (default ${LARGE_DEFAULTS.seed})\n` +
  '  --concurrency  large only: requests in flight at once (default 4; 1 to 32)';

const whole = (name: string, text: string | undefined, fallback: number, min: number, max: number) => {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max)
    throw new SeedUsageError(`--${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  return Number(text);
};

/** The command line of `pnpm seed`; a SeedUsageError says what is wrong. */
export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  let values: Record<string, string | undefined>;
  try {
    // pnpm passes a `--` through when the caller wrote one (`pnpm seed -- --size large`).
    ({ values } = parseArgs({
      args: argv[0] === '--' ? argv.slice(1) : [...argv],
      options: {
        size: { type: 'string' },
        customers: { type: 'string' },
        seed: { type: 'string' },
        concurrency: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new SeedUsageError(error instanceof Error ? error.message : String(error));
  }
  const size = values.size ?? 'small';
  if (!(SIZES as readonly string[]).includes(size))
    throw new SeedUsageError(`--size must be small or large, not "${size}"`);
  if (size === 'small')
    for (const option of ['customers', 'seed', 'concurrency'])
      if (values[option] !== undefined)
        throw new SeedUsageError(`--${option} is for --size large: the small company is fixed`);
  return {
    size: size as Size,
    customers: whole('customers', values.customers, LARGE_DEFAULTS.customers, 1, 100_000),
    seed: whole('seed', values.seed, LARGE_DEFAULTS.seed, 0, 2 ** 32 - 1),
    concurrency: whole('concurrency', values.concurrency, 4, 1, 32),
  };
}

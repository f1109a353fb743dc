/**
 * `pnpm seed [--size small|large]`: demo data loaded into a running system through the gateway only, as
 * the company's staff would enter it through the front ends (GATEWAY_URL, default
 * http://127.0.0.1:4000/graphql; tokens signed with JWT_SECRET or the development secret). Dates follow
 * the services' clock: CLOCK_START / CLOCK_OFFSET as the services have them (docs/operations.md).
 *
 * small (default, seed/small/): 40 customers, two campaigns, 30 complaints in every stage; safe to rerun.
 * large (seed/large/): a company of thousands (--customers, default 5,000) drawn from --seed, for demos
 * and benchmarks.
 */
import { clockFromEnv } from '@care/service-kit';
import { devSecret } from './dev-token';
import { parseSeedArgs, SEED_USAGE, SeedUsageError } from './seed/args';
import { seedLarge, type LargeSeedSummary } from './seed/large/seed';
import { seed } from './seed/small/seed';
import { printSummary } from './seed/summary';
import { DEFAULT_GATEWAY_URL } from './seed/types';

export { parseSeedArgs, SEED_USAGE, SeedUsageError, type SeedArgs, type Size } from './seed/args';
export { seedLarge, type LargeSeedOptions, type LargeSeedSummary } from './seed/large/seed';
export { largePlan, LARGE_DEFAULTS, type LargePlan, type LargeProfile } from './seed/large/plan';
export { seed } from './seed/small/seed';
export { printSummary } from './seed/summary';
export {
  CATEGORIES,
  COMPLAINT_STATUSES,
  DEFAULT_GATEWAY_URL,
  SEED_TAG,
  TIERS,
  type ComplaintStatus,
  type SeedOptions,
  type SeedSummary,
  type Tier,
} from './seed/types';

function printLarge(summary: LargeSeedSummary, write: (line: string) => void) {
  const line = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  write(`complaints by category: ${line(summary.complaintsByCategory)}`);
  write(`complaints by month: ${line(summary.complaintsByMonth)}`);
  write(`${summary.requests} requests; seconds per phase: ${line(summary.phases)}`);
}

async function main(argv: string[], write: (line: string) => void): Promise<void> {
  const args = parseSeedArgs(argv);
  const common = {
    gatewayUrl: process.env.GATEWAY_URL ?? DEFAULT_GATEWAY_URL,
    secret: devSecret(),
    log: write,
    clock: clockFromEnv(process.env),
  };
  if (args.size === 'small') return printSummary(await seed(common), write);
  const summary = await seedLarge({
    ...common,
    profile: { customers: args.customers, seed: args.seed },
    concurrency: args.concurrency,
  });
  printSummary(summary, write);
  printLarge(summary, write);
}

if (require.main === module) {
  const write = (line: string) => process.stdout.write(`[seed] ${line}\n`);
  main(process.argv.slice(2), write).catch((error: unknown) => {
    if (error instanceof SeedUsageError) process.stderr.write(`[seed] ${error.message}\n${SEED_USAGE}\n`);
    else process.stderr.write(`[seed] failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}

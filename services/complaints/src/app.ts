import path from 'node:path';
import { countedAs, job, loadTypeDefs, serviceStarter } from '@care/service-kit';
import { detectSlaBreaches } from './application/detect-sla-breaches';
import type { Deps } from './application/ports';
import type { Config } from './config';
import { approvalDecisions } from './events/approval-decisions';
import { customerDirectory } from './events/customer-directory';
import { tierProjection } from './events/tier-projection';
import { requestContext, type Context } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { entities, migrations, serviceRepositories, unitOfWork } from './persistence';

export const SERVICE_NAME = 'complaints';
/** The kit's common SDL, then this package's src/graphql/schema/*.graphql in file-name order. */
export const typeDefs = loadTypeDefs(path.join(__dirname, '..'));
export { entities, migrations };

/** The SLA breach job's name: `handle.jobs[SLA_BREACH_JOB].runNow()` runs it at once. */
export const SLA_BREACH_JOB = 'sla-breaches';

export const startService = serviceStarter<Context, Deps, Config>((config, time) => ({
  name: SERVICE_NAME,
  typeDefs,
  resolvers,
  entities,
  migrations,
  dependencies: ({ dataSource }) => ({
    ...serviceRepositories(dataSource.manager),
    unitOfWork: unitOfWork(dataSource),
    ...time,
  }),
  extendContext: requestContext,
  subscriptions: (deps) => [tierProjection, customerDirectory, approvalDecisions(deps)],
  jobs: (deps) => [
    job({
      name: SLA_BREACH_JOB,
      // 0 turns the schedule off; the job still runs when asked.
      everyMs: config.SLA_JOB_INTERVAL_SECONDS * 1_000,
      run: () => detectSlaBreaches(deps),
      // A line only for a run that marked breaches: how many.
      describe: countedAs('marked'),
    }),
  ],
}));

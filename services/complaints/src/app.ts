import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { WorkingCalendar } from '@care/calendar';
import {
  configuredClock,
  loadTypeDefs,
  job,
  startSubgraph,
  type Logger,
  type SubgraphHandle,
} from '@care/service-kit';
import { detectSlaBreaches } from './application/detect-sla-breaches';
import type { Clock, Deps } from './application/ports';
import type { Config } from './config';
import { approvalDecisions } from './events/approval-decisions';
import { customerDirectory } from './events/customer-directory';
import { tierProjection } from './events/tier-projection';
import { requestContext, type Context } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import {
  entities,
  migrations,
  SqlComplaintStatistics,
  TypeOrmComplaintRepository,
  TypeOrmTierProjection,
  unitOfWork,
} from './persistence';

export const SERVICE_NAME = 'complaints';
/** The kit's common SDL, then this package's src/graphql/schema/*.graphql in file-name order. */
export const typeDefs = loadTypeDefs(path.join(__dirname, '..'));
export { entities, migrations };

/** The SLA breach job's name: `handle.jobs[SLA_BREACH_JOB].runNow()` runs it at once. */
export const SLA_BREACH_JOB = 'sla-breaches';

export interface ServiceOptions {
  /** The time the service lives in; tests fix it. */
  clock?: Clock;
  calendar?: WorkingCalendar;
}

export function startService(
  config: Config,
  logger: Logger,
  options: ServiceOptions = {},
): Promise<SubgraphHandle<Deps>> {
  const clock: Clock = options.clock ?? configuredClock(config, logger);
  const calendar =
    options.calendar ??
    WorkingCalendar.chinaMainland(
      { timeZone: config.TIME_ZONE },
      {
        onMissingYear: (year) =>
          logger.warn({ year }, 'no holiday data for this year: counting weekends only (provisional)'),
      },
    );
  return startSubgraph<Context, Deps>(
    {
      name: SERVICE_NAME,
      typeDefs,
      resolvers,
      entities,
      migrations,
      dependencies: ({ dataSource }) => ({
        complaints: new TypeOrmComplaintRepository(dataSource.manager),
        tiers: new TypeOrmTierProjection(dataSource.manager),
        statistics: new SqlComplaintStatistics(dataSource.manager),
        unitOfWork: unitOfWork(dataSource),
        clock,
        calendar,
        newId: randomUUID,
        timeZone: config.TIME_ZONE,
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
          describe: (marked) => marked.length > 0 && { marked: marked.length },
        }),
      ],
    },
    config,
    logger,
  );
}

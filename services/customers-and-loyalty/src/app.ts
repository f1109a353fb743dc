import path from 'node:path';
import { countedAs, job, loadTypeDefs, serviceStarter, type ServiceTimeOptions } from '@care/service-kit';
import { expirePoints } from './application/expire-points';
import { markUnansweredChanges } from './application/mark-unanswered-changes';
import { remindExpiringPoints } from './application/remind-expiring-points';
import type { Deps } from './application/ports';
import type { Config } from './config';
import type { WorkingTime } from './domain/working-time';
import { approvalDecisions } from './events/approval-decisions';
import { compensation } from './events/compensation';
import { pointsAnomalyFreeze } from './events/points-anomaly-freeze';
import { createContext, type Context } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { entities, migrations, repositoriesOf, SqlKpiRepository, unitOfWork } from './persistence';

export const SERVICE_NAME = 'customers-and-loyalty';
/** The jobs' names: `handle.jobs[CHANGE_RESPONSE_JOB].runNow()` runs one at once. */
export const POINTS_EXPIRY_JOB = 'points-expiry';
export const EXPIRY_REMINDER_JOB = 'points-expiry-reminder';
export const CHANGE_RESPONSE_JOB = 'change-response-overdue';
/** The kit's common SDL, then this package's src/graphql/schema/*.graphql in file-name order. */
export const typeDefs = loadTypeDefs(path.join(__dirname, '..'));
export { entities, migrations };

export interface ServiceOptions extends ServiceTimeOptions<WorkingTime> {
  /** How often the points expiry job and the reminder job run; 0: only when asked (tests run them by hand). */
  expiryIntervalMs?: number;
}

/** The points jobs run hourly, in tests only when asked. */
const expiryEveryMs = (config: Config, options: ServiceOptions) =>
  options.expiryIntervalMs ?? (config.NODE_ENV === 'test' ? 0 : 3_600_000);

export const startService = serviceStarter<Context, Deps, Config, WorkingTime, ServiceOptions>(
  (config, time, options) => ({
    name: SERVICE_NAME,
    eventSource: 'loyalty',
    typeDefs,
    resolvers,
    entities,
    migrations,
    dependencies: ({ dataSource }) => ({
      ...repositoriesOf(dataSource.manager),
      kpis: new SqlKpiRepository(dataSource.manager),
      unitOfWork: unitOfWork(dataSource),
      expiryNoticeDays: config.POINTS_EXPIRY_NOTICE_DAYS,
      ...time,
    }),
    extendContext: createContext,
    subscriptions: (deps) => [pointsAnomalyFreeze(deps), compensation(deps), approvalDecisions(deps)],
    jobs: (deps) => [
      {
        name: POINTS_EXPIRY_JOB,
        everyMs: expiryEveryMs(config, options),
        run: () => expirePoints(deps),
        // The kit types a run's result as unknown: the job answers the number of points it expired.
        describe: (points) => Number(points) > 0 && { points },
      },
      job({
        name: EXPIRY_REMINDER_JOB,
        everyMs: expiryEveryMs(config, options),
        run: () => remindExpiringPoints(deps),
        describe: countedAs('reminded'),
      }),
      job({
        name: CHANGE_RESPONSE_JOB,
        everyMs: config.OVERDUE_JOB_INTERVAL_SECONDS * 1_000,
        run: () => markUnansweredChanges(deps),
        describe: countedAs('marked'),
      }),
    ],
  }),
);

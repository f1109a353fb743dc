import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { WorkingCalendar } from '@care/calendar';
import {
  configuredClock,
  loadTypeDefs,
  startSubgraph,
  type Connection,
  type Logger,
  type SubgraphHandle,
} from '@care/service-kit';
import DataLoader from 'dataloader';
import { detectSlaBreaches } from './application/detect-sla-breaches';
import {
  customerListKey,
  listComplaintsOfCustomers,
  type CustomerListRequest,
} from './application/list-complaints';
import type { Clock, Deps } from './application/ports';
import type { Config } from './config';
import type { Complaint, Tier } from './domain/complaint';
import { approvalDecisionsConsumer } from './events/approval-decisions';
import { customerDirectoryConsumer } from './events/customer-directory';
import { tierProjectionConsumer } from './events/tier-projection';
import type { Context } from './graphql/context';
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
export const typeDefs = loadTypeDefs(path.join(__dirname, 'graphql', 'schema.graphql'));
export { entities, migrations };

export interface ServiceOptions {
  /** The time the service lives in; tests fix it. */
  clock?: Clock;
  calendar?: WorkingCalendar;
}

export interface ComplaintsHandle extends SubgraphHandle {
  /** The use cases' dependencies outside a request (the breach job, tests). */
  deps: Deps;
  /** Runs the SLA breach job once now. */
  detectSlaBreaches: () => Promise<string[]>;
}

export async function startService(
  config: Config,
  logger: Logger,
  options: ServiceOptions = {},
): Promise<ComplaintsHandle> {
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
  let shared: Deps | undefined;
  const depsOf = (dataSource: Parameters<typeof unitOfWork>[0]): Deps => ({
    complaints: new TypeOrmComplaintRepository(dataSource.manager),
    tiers: new TypeOrmTierProjection(dataSource.manager),
    statistics: new SqlComplaintStatistics(dataSource.manager),
    unitOfWork: unitOfWork(dataSource),
    clock,
    calendar,
    newId: randomUUID,
    timeZone: config.TIME_ZONE,
  });
  const handle = await startSubgraph<Context>(
    {
      name: SERVICE_NAME,
      typeDefs,
      resolvers,
      entities,
      migrations,
      extendContext: (base, { dataSource }) => {
        const deps = (shared ??= depsOf(dataSource));
        return {
          ...base,
          deps,
          loaders: {
            complaint: new DataLoader<string, Complaint | null>(async (ids) => {
              const found = new Map((await deps.complaints.findByIds(ids)).map((c) => [c.id, c]));
              return ids.map((id) => found.get(id) ?? null);
            }),
            // Customer.complaints of every customer in a request: one batch per set of arguments.
            customerComplaints: new DataLoader<CustomerListRequest, Connection<Complaint>, string>(
              (requests) => listComplaintsOfCustomers(deps, requests),
              { cacheKeyFn: customerListKey },
            ),
            tier: new DataLoader<string, Tier>(async (ids) => {
              const found = await deps.tiers.tiersOf(ids);
              return ids.map((id) => found.get(id) ?? 'MEMBER');
            }),
          },
        };
      },
      consumers: (context) => [
        tierProjectionConsumer(context),
        customerDirectoryConsumer(context),
        approvalDecisionsConsumer(context, { clock, calendar }),
      ],
    },
    config,
    logger,
  );
  const deps = (shared ??= depsOf(handle.dataSource));
  const runJob = () => detectSlaBreaches(deps);
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<unknown> | undefined;
  if (config.SLA_JOB_INTERVAL_SECONDS > 0) {
    timer = setInterval(() => {
      if (inFlight) return;
      inFlight = runJob()
        .then((marked) => marked.length && logger.info({ marked: marked.length }, 'SLA breaches marked'))
        .catch((error) => logger.error({ err: error }, 'SLA breach job failed'))
        .finally(() => (inFlight = undefined));
    }, config.SLA_JOB_INTERVAL_SECONDS * 1_000);
    timer.unref();
  }
  const close = handle.close;
  return {
    ...handle,
    deps,
    detectSlaBreaches: runJob,
    close: async () => {
      if (timer) clearInterval(timer);
      await inFlight;
      await close();
    },
  };
}

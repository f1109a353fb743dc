import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { WorkingCalendar } from '@care/calendar';
import {
  configuredClock,
  loadTypeDefs,
  startSubgraph,
  type Logger,
  type SubgraphHandle,
} from '@care/service-kit';
import DataLoader from 'dataloader';
import type { Deps } from './application/ports';
import type { Config } from './config';
import type { ApprovalRequest } from './domain/approval-request';
import { approvalAsksConsumer } from './events/approval-asks';
import type { Context } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import {
  entities,
  migrations,
  SqlPaymentRepository,
  TypeOrmApprovalRequestRepository,
  unitOfWork,
} from './persistence';
import type { Payment } from './domain/payment';

export const SERVICE_NAME = 'approvals';
export const typeDefs = loadTypeDefs(path.join(__dirname, 'graphql', 'schema.graphql'));
export { entities, migrations };

export interface ServiceOptions {
  /** The service's clock; tests fix it. */
  clock?: { now(): Date };
}

export function startService(
  config: Config,
  logger: Logger,
  options: ServiceOptions = {},
): Promise<SubgraphHandle> {
  const clock = options.clock ?? configuredClock(config, logger);
  const calendar = WorkingCalendar.chinaMainland(
    { timeZone: config.TIME_ZONE },
    {
      onMissingYear: (year) =>
        logger.warn(
          { year },
          'no holiday data for this year: counting weekends only, deadlines are provisional',
        ),
    },
  );
  return startSubgraph<Context>(
    {
      name: SERVICE_NAME,
      typeDefs,
      resolvers,
      entities,
      migrations,
      consumers: (context) => [approvalAsksConsumer(context, { calendar, clock, newId: randomUUID })],
      extendContext: (base, { dataSource }) => {
        const deps: Deps = {
          requests: new TypeOrmApprovalRequestRepository(dataSource.manager),
          payments: new SqlPaymentRepository(dataSource.manager),
          unitOfWork: unitOfWork(dataSource),
          calendar,
          clock,
          newId: randomUUID,
        };
        return {
          ...base,
          deps,
          loaders: {
            approvalRequest: new DataLoader<string, ApprovalRequest | null>(async (ids) => {
              const found = new Map((await deps.requests.findByIds(ids)).map((r) => [r.id, r]));
              return ids.map((id) => found.get(id) ?? null);
            }),
            payments: new DataLoader<string, Payment[]>(async (ids) => {
              const all = await deps.payments.byRequests(ids);
              return ids.map((id) => all.filter((p) => p.requestId === id));
            }),
          },
        };
      },
    },
    config,
    logger,
  );
}

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import {
  configuredClock,
  loadTypeDefs,
  startSubgraph,
  type Logger,
  type SubgraphHandle,
} from '@care/service-kit';
import type { Deps } from './application/ports';
import type { Config } from './config';
import { auditTrail } from './events/audit-trail';
import type { Context } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { entities, migrations, TypeOrmAuditEntryRepository, unitOfWork } from './persistence';

export const SERVICE_NAME = 'governance';
export const typeDefs = loadTypeDefs(path.join(__dirname, 'graphql', 'schema.graphql'));
export { entities, migrations };

export interface ServiceOptions {
  /** The time the service lives in; tests fix it. */
  clock?: Deps['clock'];
}

export function startService(
  config: Config,
  logger: Logger,
  options: ServiceOptions = {},
): Promise<SubgraphHandle<Deps>> {
  const clock = options.clock ?? configuredClock(config, logger);
  return startSubgraph<Context, Deps>(
    {
      name: SERVICE_NAME,
      typeDefs,
      resolvers,
      entities,
      migrations,
      dependencies: ({ dataSource }) => ({
        entries: new TypeOrmAuditEntryRepository(dataSource.manager),
        unitOfWork: unitOfWork(dataSource),
        clock,
        newId: randomUUID,
      }),
      extendContext: (base, deps) => ({ ...base, deps }),
      subscriptions: () => [auditTrail],
    },
    config,
    logger,
  );
}

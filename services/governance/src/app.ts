import { randomUUID } from 'node:crypto';
import path from 'node:path';
import {
  configuredClock,
  loadTypeDefs,
  startSubgraph,
  type Logger,
  type SubgraphHandle,
} from '@care/service-kit';
import type { Config } from './config';
import type { Context } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { auditTrailConsumer } from './events/audit-trail';
import { entities, migrations, TypeOrmAuditEntryRepository, unitOfWork } from './persistence';

export const SERVICE_NAME = 'governance';
export const typeDefs = loadTypeDefs(path.join(__dirname, 'graphql', 'schema.graphql'));
export { entities, migrations };

export function startService(config: Config, logger: Logger): Promise<SubgraphHandle> {
  const clock = configuredClock(config, logger);
  return startSubgraph<Context>(
    {
      name: SERVICE_NAME,
      typeDefs,
      resolvers,
      entities,
      migrations,
      consumers: (context) => [auditTrailConsumer(context)],
      extendContext: (base, { dataSource }) => ({
        ...base,
        deps: {
          entries: new TypeOrmAuditEntryRepository(dataSource.manager),
          unitOfWork: unitOfWork(dataSource),
          clock,
          newId: randomUUID,
        },
      }),
    },
    config,
    logger,
  );
}

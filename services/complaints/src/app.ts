import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { loadTypeDefs, startSubgraph, type Logger, type SubgraphHandle } from '@care/service-kit';
import DataLoader from 'dataloader';
import type { Deps } from './application/ports';
import type { Config } from './config';
import type { Complaint } from './domain/complaint';
import type { Context } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { entities, migrations, TypeOrmComplaintRepository, unitOfWork } from './persistence';

export const SERVICE_NAME = 'complaints';
export const typeDefs = loadTypeDefs(path.join(__dirname, 'graphql', 'schema.graphql'));
export { entities, migrations };

export function startService(config: Config, logger: Logger): Promise<SubgraphHandle> {
  return startSubgraph<Context>(
    {
      name: SERVICE_NAME,
      typeDefs,
      resolvers,
      entities,
      migrations,
      extendContext: (base, { dataSource }) => {
        const deps: Deps = {
          complaints: new TypeOrmComplaintRepository(dataSource.manager),
          unitOfWork: unitOfWork(dataSource),
          clock: { now: () => new Date() },
          newId: randomUUID,
          timeZone: config.TIME_ZONE,
        };
        return {
          ...base,
          deps,
          loaders: {
            complaint: new DataLoader<string, Complaint | null>(async (ids) => {
              const found = new Map((await deps.complaints.findByIds(ids)).map((c) => [c.id, c]));
              return ids.map((id) => found.get(id) ?? null);
            }),
          },
        };
      },
    },
    config,
    logger,
  );
}

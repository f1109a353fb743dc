import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { loadTypeDefs, startSubgraph, type Logger, type SubgraphHandle } from '@care/service-kit';
import DataLoader from 'dataloader';
import type { Deps } from './application/ports';
import type { Config } from './config';
import type { Customer } from './domain/customer';
import type { Context } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { entities, migrations, TypeOrmCustomerRepository, unitOfWork } from './persistence';

export const SERVICE_NAME = 'customers-and-loyalty';
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
          customers: new TypeOrmCustomerRepository(dataSource.manager),
          unitOfWork: unitOfWork(dataSource),
          clock: { now: () => new Date() },
          newId: randomUUID,
        };
        return {
          ...base,
          deps,
          loaders: {
            customer: new DataLoader<string, Customer | null>(async (ids) => {
              const found = new Map((await deps.customers.findByIds(ids)).map((c) => [c.id, c]));
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

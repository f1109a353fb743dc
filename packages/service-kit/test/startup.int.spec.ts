import { onEveryEvent, subscription } from '@care/messaging';
import { createTestSchema, deleteTestStreams, testServiceEnv, type TestSchema } from '@care/testing';
import type { NatsConnection } from '@nats-io/transport-node';
import { parse } from 'graphql';
import type { DataSource } from 'typeorm';
import { parseConfig, subgraphConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { startSubgraph } from '../src/subgraph';

let db: TestSchema;

beforeAll(async () => {
  db = await createTestSchema('kit_startup');
});

afterAll(async () => {
  await deleteTestStreams(db.namespace);
  await db?.drop();
});

it('closes what it had opened when start-up fails half-way, so nothing keeps the process alive', async () => {
  const config = parseConfig(subgraphConfig({ port: 0, schema: 'kit' }), testServiceEnv(db));
  let seen: { nats: NatsConnection; dataSource: DataSource } | undefined;
  const start = startSubgraph(
    {
      name: 'kit-test',
      typeDefs: parse('type Query { ping: Boolean }'),
      resolvers: { Query: { ping: () => true } },
      entities: [],
      migrations: [],
      dependencies: ({ nats, dataSource }) => {
        seen = { nats, dataSource };
        return {};
      },
      extendContext: (base) => base,
      // A consumer of a stream that does not exist cannot start.
      subscriptions: () => [
        subscription(
          'broken',
          onEveryEvent(['NO_SUCH_STREAM'], async () => undefined),
        ),
      ],
    },
    config,
    createLogger('kit-test', 'silent'),
  );
  await expect(start).rejects.toThrow();
  expect(seen).toBeDefined();
  expect(seen!.nats.isClosed()).toBe(true);
  expect(seen!.dataSource.isInitialized).toBe(false);
});

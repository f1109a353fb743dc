import { natsServers } from '@care/messaging';
import {
  createTestSchema,
  deleteTestStreams,
  expectEventually,
  startTcpProxy,
  TEST_NATS_URL,
  testServiceEnv,
  type TcpProxy,
  type TestSchema,
} from '@care/testing';
import { parse } from 'graphql';
import { parseConfig, subgraphConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { startSubgraph, type SubgraphHandle } from '../src/subgraph';

/** A subgraph whose NATS connection runs through a proxy the test can cut, and every line it logs. */
let db: TestSchema;
let proxy: TcpProxy;
let service: SubgraphHandle;
const lines: { level: number; msg: string; server?: string }[] = [];
const about = (msg: string) => lines.filter((l) => l.msg === msg);

beforeAll(async () => {
  db = await createTestSchema('kit_nats_status');
  const nats = new URL(TEST_NATS_URL);
  proxy = await startTcpProxy({ host: nats.hostname, port: Number(nats.port || 4222) });
  const config = parseConfig(
    subgraphConfig({ port: 0, schema: 'kit' }),
    testServiceEnv(db, { NATS_URL: `nats://127.0.0.1:${proxy.port}` }),
  );
  const logger = createLogger('kit-nats', 'info', {
    write: (line: string) => void lines.push(JSON.parse(line)),
  });
  service = await startSubgraph(
    {
      name: 'kit-nats',
      typeDefs: parse('type Query { ping: Boolean }'),
      resolvers: { Query: { ping: () => true } },
      entities: [],
      migrations: [],
      dependencies: () => ({}),
      extendContext: (base) => base,
    },
    config,
    logger,
  );
});

afterAll(async () => {
  await service?.close();
  await proxy?.close();
  await deleteTestStreams(db.namespace);
  await db?.drop();
});

it('logs a NATS outage as a warning when it starts and the recovery as info when it ends, naming the server', async () => {
  const server = `127.0.0.1:${proxy.port}`;
  expect(about('NATS connection lost')).toEqual([]);

  proxy.cut();
  await expectEventually(() =>
    expect(about('NATS connection lost')).toEqual([expect.objectContaining({ level: 40, server })]),
  );
  await expectEventually(() =>
    expect(about('NATS unreachable: reconnecting')).toEqual([expect.objectContaining({ level: 40, server })]),
  );
  // Retries go on (one a second) while the proxy refuses: they are not logged again.
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  expect(about('NATS unreachable: reconnecting')).toHaveLength(1);
  expect(about('NATS connection restored')).toEqual([]);

  proxy.restore();
  await expectEventually(
    () => expect(about('NATS connection restored')).toEqual([expect.objectContaining({ level: 30, server })]),
    { timeoutMs: 15_000 },
  );
  expect(about('NATS connection lost')).toHaveLength(1);
});

it('takes the user and password out of NATS_URL (compose: nats://care:secret@nats:4222)', () => {
  expect(natsServers('nats://care:s%40cret@nats:4222')).toEqual({
    servers: ['nats://nats:4222'],
    user: 'care',
    pass: 's@cret',
  });
  expect(natsServers('nats://a:4222, nats://b:4222')).toEqual({
    servers: ['nats://a:4222', 'nats://b:4222'],
  });
});

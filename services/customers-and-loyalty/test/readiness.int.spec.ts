import request from 'supertest';
import { createLogger, parseConfig, type SubgraphHandle } from '@care/service-kit';
import {
  createTestSchema,
  dataOf,
  expectEventually,
  gql,
  startTcpProxy,
  testServiceEnv,
  testToken,
  type TcpProxy,
  type TestSchema,
} from '@care/testing';
import { startService } from '../src/app';
import { configSchema } from '../src/config';

let db: TestSchema;
let proxy: TcpProxy;
let service: SubgraphHandle;

beforeAll(async () => {
  db = await createTestSchema('loyalty_ready');
  const real = new URL(db.url);
  proxy = await startTcpProxy({ host: real.hostname, port: Number(real.port || 5432) });
  const viaProxy = new URL(db.url);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  service = await startService(
    parseConfig(configSchema, testServiceEnv(db, { DATABASE_URL: viaProxy.toString() })),
    createLogger('test', 'silent'),
  );
});

afterAll(async () => {
  await service?.close();
  await proxy?.close();
  await db?.drop();
});

it('says not ready while Postgres is unreachable and recovers by itself when it is back', async () => {
  expect((await request(service.app).get('/readyz')).status).toBe(200);

  proxy.cut();
  const down = await request(service.app).get('/readyz');
  expect(down.status).toBe(503);
  expect(down.body.status).toBe('not ready');
  expect(down.body.checks.database.ok).toBe(false);
  expect(down.body.checks.nats).toEqual({ ok: true });
  expect((await request(service.app).get('/healthz')).status).toBe(200);

  proxy.restore();
  await expectEventually(async () => expect((await request(service.app).get('/readyz')).status).toBe(200), {
    timeoutMs: 15_000,
  });
  const token = await testToken({ roles: ['cs_manager'] });
  const back = await gql<{ customers: { totalCount: number } }>(
    service.app,
    '{ customers { totalCount } }',
    {},
    { token },
  );
  expect(dataOf(back).customers.totalCount).toBe(0);
});

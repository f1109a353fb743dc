import request from 'supertest';
import { expectEventually, startTcpProxy, type TcpProxy } from '@care/testing';
import { useHarness } from './harness';

// The service reaches Postgres through a proxy the test can cut.
let proxy: TcpProxy | undefined;
const h = useHarness('loyalty_ready', {
  environment: async (env) => {
    const viaProxy = new URL(env.DATABASE_URL!);
    proxy = await startTcpProxy({ host: viaProxy.hostname, port: Number(viaProxy.port || 5432) });
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    return { ...env, DATABASE_URL: viaProxy.toString() };
  },
});

afterAll(async () => {
  await proxy?.close();
});

it('says not ready while Postgres is unreachable and recovers by itself when it is back', async () => {
  expect((await request(h.service.app).get('/readyz')).status).toBe(200);

  proxy!.cut();
  const down = await request(h.service.app).get('/readyz');
  expect(down.status).toBe(503);
  expect(down.body.status).toBe('not ready');
  expect(down.body.checks.database.ok).toBe(false);
  expect(down.body.checks.nats).toEqual({ ok: true });
  expect((await request(h.service.app).get('/healthz')).status).toBe(200);

  proxy!.restore();
  await expectEventually(async () => expect((await request(h.service.app).get('/readyz')).status).toBe(200), {
    timeoutMs: 15_000,
  });
  const back = await h.ok<{ customers: { totalCount: number } }>('{ customers { totalCount } }', {}, [
    'cs_manager',
  ]);
  expect(back.customers.totalCount).toBe(0);
});

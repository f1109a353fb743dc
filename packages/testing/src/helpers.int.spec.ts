import net from 'node:net';
import { createTestSchema, withClient } from './database';
import { expectEventually } from './eventually';
import { TestClock } from './harness';
import { startTcpProxy } from './tcp-proxy';

describe('expectEventually', () => {
  it('retries the assertion until it passes and returns its value', async () => {
    let calls = 0;
    const value = await expectEventually(
      () => {
        calls += 1;
        expect(calls).toBeGreaterThanOrEqual(3);
        return calls * 10;
      },
      { intervalMs: 1 },
    );
    expect(calls).toBe(3);
    expect(value).toBe(30);
  });

  it('rethrows the last failure once the time is up', async () => {
    let calls = 0;
    const failure = await expectEventually(
      () => {
        calls += 1;
        throw new Error(`still wrong after ${calls}`);
      },
      { timeoutMs: 30, intervalMs: 5 },
    ).catch((error: Error) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe(`still wrong after ${calls}`);
    expect(calls).toBeGreaterThan(1);
  });
});

describe('TestClock', () => {
  it('stands still until it is set or moved, and hands out copies', () => {
    const clock = new TestClock('2026-03-02T02:00:00Z');
    const first = clock.now();
    first.setTime(0);
    expect(clock.now().toISOString()).toBe('2026-03-02T02:00:00.000Z');
    clock.advance(90_000);
    expect(clock.now().toISOString()).toBe('2026-03-02T02:01:30.000Z');
    clock.set('2027-01-01T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});

describe('createTestSchema (real Postgres)', () => {
  it('creates a schema of its own, runs SQL in it and drops it with everything inside', async () => {
    const one = await createTestSchema('helpers');
    const two = await createTestSchema('helpers');
    expect(one.schema).not.toBe(two.schema);
    expect(one.schema).toMatch(/^t_helpers_[0-9a-f]{8}$/);
    try {
      await one.query(`CREATE TABLE "${one.schema}".thing (n int)`);
      await one.query(`INSERT INTO "${one.schema}".thing VALUES ($1), ($2)`, [1, 2]);
      const rows = await one.query<{ total: number }>(
        `SELECT sum(n)::int AS total FROM "${one.schema}".thing`,
      );
      expect(rows).toEqual([{ total: 3 }]);
    } finally {
      await one.drop();
      await two.drop();
    }
    const left = await withClient(one.url, async (c) =>
      (
        await c.query(`SELECT nspname FROM pg_namespace WHERE nspname = ANY($1)`, [[one.schema, two.schema]])
      ).rows.map((r: { nspname: string }) => r.nspname),
    );
    expect(left).toEqual([]);
  });
});

describe('startTcpProxy', () => {
  let echo: net.Server;
  let port: number;
  beforeAll(async () => {
    echo = net.createServer((socket) => socket.pipe(socket));
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    port = (echo.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => echo.close(() => resolve())));

  /** Sends a line through the proxy: what came back, or the error that ended the connection. */
  const roundTrip = (proxyPort: number, text: string) =>
    new Promise<string>((resolve) => {
      const socket = net.connect(proxyPort, '127.0.0.1');
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString());
      });
      socket.once('error', () => resolve('error'));
      socket.once('close', () => resolve('closed'));
      socket.write(text);
    });

  it('passes traffic through, refuses it while cut, and passes it again once restored', async () => {
    const proxy = await startTcpProxy({ host: '127.0.0.1', port });
    try {
      expect(await roundTrip(proxy.port, 'ping')).toBe('ping');
      proxy.cut();
      expect(['closed', 'error']).toContain(await roundTrip(proxy.port, 'lost'));
      proxy.restore();
      expect(await roundTrip(proxy.port, 'again')).toBe('again');
    } finally {
      await proxy.close();
    }
  });
});

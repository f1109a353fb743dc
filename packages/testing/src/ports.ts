import net from 'node:net';

/**
 * Ports below the kernel's ephemeral range (32768-60999 by default): a port handed out by `listen(0)`
 * and released can be taken as the local port of any outgoing connection before the test binds it again,
 * which, with other test files talking to Postgres and NATS, happens.
 */
const LOW = 20_000;
const HIGH = 32_767;

/** Listens on `port` and closes again: whether it is free right now. */
const isFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/** `count` different ports free right now on the loopback, outside the ephemeral range. */
export async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  for (let tries = 0; ports.size < count; tries += 1) {
    if (tries > count * 100) throw new Error(`no ${count} free ports between ${LOW} and ${HIGH}`);
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW + 1));
    if (!ports.has(port) && (await isFree(port))) ports.add(port);
  }
  return [...ports];
}

/** A port free right now on the loopback. */
export async function freePort(): Promise<number> {
  const [port] = await freePorts(1);
  return port!;
}

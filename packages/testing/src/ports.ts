import net from 'node:net';

/**
 * `count` ports free right now on the loopback, all different: each is held until all are found, so
 * the system cannot hand one out twice (a child process binds them a moment later).
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers: net.Server[] = [];
  try {
    return await Promise.all(
      Array.from(
        { length: count },
        () =>
          new Promise<number>((resolve, reject) => {
            const server = net.createServer();
            servers.push(server);
            server.once('error', reject);
            server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
          }),
      ),
    );
  } finally {
    await Promise.all(
      servers.map(
        (s) => new Promise<void>((resolve) => (s.listening ? s.close(() => resolve()) : resolve())),
      ),
    );
  }
}

/** A port free right now on the loopback. */
export async function freePort(): Promise<number> {
  const [port] = await freePorts(1);
  return port!;
}

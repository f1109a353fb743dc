import net from 'node:net';

/** True when host:port cannot be bound (something already listens there). */
export function portInUse(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE'));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(false)));
  });
}

/** One line per taken port, naming the variable to change. */
export async function takenPorts(
  host: string,
  ports: { port: number; variable: string }[],
): Promise<string[]> {
  const checks = await Promise.all(ports.map(async (p) => ({ ...p, taken: await portInUse(host, p.port) })));
  return checks
    .filter((p) => p.taken)
    .map((p) => `port ${p.port} (${p.variable}) is in use: set ${p.variable} to a free port`);
}

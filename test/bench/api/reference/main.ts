/** The reference subgraph as a process: `node --import tsx bench/api/reference/main.ts` (see server.ts). */
import { startReference } from './server';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

startReference(
  { databaseUrl: env('DATABASE_URL'), schema: env('DB_SCHEMA'), jwtSecret: env('JWT_SECRET') },
  Number(process.env.PORT ?? 0),
  process.env.HOST ?? '127.0.0.1',
).then(
  (running) => {
    process.stdout.write(`reference subgraph on ${running.url}\n`);
    const stop = () => void running.close().then(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    // Started by the benchmark with an IPC channel: stop when the benchmark goes away.
    if (process.channel) {
      process.once('disconnect', stop);
      process.channel.unref();
    }
  },
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);

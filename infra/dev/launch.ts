/**
 * `pnpm start`: the whole system on this machine.
 *  - Postgres: DATABASE_URL when set; else the local server when it answers (127.0.0.1:5432, or
 *    LAUNCH_PG_PROBE=host:port); else an embedded Postgres under .data/ (EMBEDDED_PG_PORT, default 54329).
 *  - NATS: NATS_URL when set; else the local server when it answers (127.0.0.1:4222, or
 *    LAUNCH_NATS_PROBE); else a `nats-server` found on PATH, with JetStream, under .data/nats.
 *  - Provisions the database (schemas, least-privilege roles), starts the four subgraphs (each applies
 *    its migrations), then the gateway; prints the URLs; Ctrl-C stops everything.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEV_JWT_SECRET } from './dev-secret';
import { startEmbeddedPostgres } from './embedded-postgres';
import { embeddedDataDir } from './launch/data-dir';
import { takenPorts } from './launch/ports';
import { settingsProblems } from './launch/settings';
import { answers, hostPort, waitForHttp } from './probe';
import { provisionDatabase } from './provision';
import { GATEWAY, SUBGRAPHS, urlVar, type ServiceSpec } from './services';

const ROOT = path.resolve(__dirname, '..', '..');
const env = process.env;

const log = (line: string) => process.stdout.write(`[launcher] ${line}\n`);

interface Running {
  spec: ServiceSpec;
  child: ChildProcess;
  url: string;
}

const children: Running[] = [];
const cleanups: (() => Promise<void>)[] = [];
let stopping: Promise<void> | undefined;
let started = false;
let exitWith: number | undefined;
const TAIL_LINES = 8;

async function resolveDatabase(): Promise<string> {
  if (env.DATABASE_URL) {
    log('using DATABASE_URL');
    return env.DATABASE_URL;
  }
  const probe = hostPort(env.LAUNCH_PG_PROBE ?? '127.0.0.1:5432', 5432);
  if (await answers(probe.host, probe.port)) {
    log(`using the local Postgres at ${probe.host}:${probe.port}`);
    return `postgres://${encodeURIComponent(env.PGUSER ?? 'postgres')}@${probe.host}:${probe.port}/postgres`;
  }
  const port = Number(env.EMBEDDED_PG_PORT ?? 54329);
  const where = embeddedDataDir(dataDir(), Boolean(env.CARE_DATA_DIR), ROOT);
  if ('error' in where) throw new Error(where.error);
  if (where.note) log(where.note);
  log(`no Postgres at ${probe.host}:${probe.port}: starting an embedded Postgres on port ${port}`);
  const db = await startEmbeddedPostgres(where.dir, port, log);
  cleanups.push(async () => {
    log('stopping the embedded Postgres');
    await db.stop();
  });
  return db.url;
}

function dataDir(): string {
  return path.resolve(ROOT, env.CARE_DATA_DIR ?? '.data');
}

async function resolveNats(): Promise<string> {
  if (env.NATS_URL) {
    log('using NATS_URL');
    return env.NATS_URL;
  }
  const probe = hostPort(env.LAUNCH_NATS_PROBE ?? '127.0.0.1:4222', 4222);
  if (await answers(probe.host, probe.port)) {
    log(`using the local NATS at ${probe.host}:${probe.port}`);
    return `nats://${probe.host}:${probe.port}`;
  }
  const found = spawnSync('sh', ['-c', 'command -v nats-server'], { encoding: 'utf8' }).stdout.trim();
  if (!found) {
    throw new Error(
      'No NATS server answers and none is on PATH. Install one (Debian/Ubuntu: `apt-get install nats-server`; ' +
        'macOS: `brew install nats-server`; or a release from the NATS project), or set NATS_URL.',
    );
  }
  const storeDir = path.join(dataDir(), 'nats');
  mkdirSync(storeDir, { recursive: true });
  log(`no NATS at ${probe.host}:${probe.port}: starting ${found} with JetStream (store ${storeDir})`);
  const child = spawn(found, ['-a', probe.host, '-p', String(probe.port), '-js', '-sd', storeDir], {
    stdio: 'ignore',
  });
  cleanups.push(async () => {
    log('stopping nats-server');
    await stopChild(child);
  });
  const deadline = Date.now() + 10_000;
  while (!(await answers(probe.host, probe.port))) {
    if (Date.now() > deadline) throw new Error('nats-server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return `nats://${probe.host}:${probe.port}`;
}

function portOf(spec: ServiceSpec): number {
  return Number(env[spec.portVar] ?? spec.port);
}

function startChild(spec: ServiceSpec, childEnv: Record<string, string>): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(ROOT, spec.dir),
    env: { ...env, ...childEnv, PORT: String(portOf(spec)) },
    // The IPC channel is the children's lifeline: when the launcher dies, even by SIGKILL, it closes
    // and they shut down instead of lingering on the ports.
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    // Their own process group: a Ctrl-C reaches the launcher only, which stops them one by one in order
    // (a child signalled by the terminal and then by the launcher would take it as a second signal).
    detached: true,
  });
  // The last lines it printed on stderr: what to show when it dies during start-up.
  const tail: string[] = [];
  const lines = (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean);
  const prefix = (ls: string[]) => ls.map((l) => `[${spec.name}] ${l}\n`).join('');
  child.stdout?.on('data', (c: Buffer) => process.stdout.write(prefix(lines(c))));
  child.stderr?.on('data', (c: Buffer) => {
    const ls = lines(c);
    tail.push(...ls);
    tail.splice(0, Math.max(0, tail.length - TAIL_LINES));
    process.stderr.write(prefix(ls));
  });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    const how = signal ?? `code ${code}`;
    if (!started && tail.length > 0) {
      log(`${spec.name} exited during start-up (${how}); its last lines on stderr:`);
      for (const l of tail) log(`  ${l}`);
      log('stopping everything');
    } else {
      log(`${spec.name} exited unexpectedly (${how}): stopping everything`);
    }
    void shutdown(1);
  });
  const running = { spec, child, url: `http://127.0.0.1:${portOf(spec)}` };
  children.push(running);
  return running;
}

function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function stopAll(): Promise<void> {
  log('stopping');
  for (const r of [...children].reverse()) await stopChild(r.child);
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      log(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  log('stopped');
}

/**
 * Stops everything once; a second caller (a child's exit and the start-up wait it breaks both end up
 * here) waits for that same stop instead of exiting while nats-server or Postgres still run.
 */
async function shutdown(code: number): Promise<never> {
  exitWith ??= code;
  stopping ??= stopAll();
  await stopping;
  process.exit(exitWith);
}

async function main() {
  const problems = settingsProblems(env);
  if (problems.length > 0) {
    for (const p of problems) log(p);
    process.exit(1);
  }
  const taken = await takenPorts(
    env.HOST ?? '127.0.0.1',
    [...SUBGRAPHS, GATEWAY].map((spec) => ({ port: portOf(spec), variable: spec.portVar })),
  );
  if (taken.length > 0) {
    for (const t of taken) log(t);
    process.exit(1);
  }
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));

  const adminUrl = await resolveDatabase();
  const natsUrl = await resolveNats();
  const database = env.CARE_DATABASE ?? 'care';
  const serviceUrls = await provisionDatabase(adminUrl, database);
  log(`database "${database}" provisioned: one schema and one role per service`);
  const jwtSecret = env.JWT_SECRET ?? DEV_JWT_SECRET;
  if (!env.JWT_SECRET && !env.JWT_JWKS_URL)
    log(
      'JWT_SECRET not set: using the development secret (get a token with `pnpm run token -- --role cs_manager`)',
    );

  const common = {
    NATS_URL: natsUrl,
    JWT_SECRET: jwtSecret,
    LOG_LEVEL: env.LOG_LEVEL ?? 'info',
    NODE_ENV: env.NODE_ENV ?? 'development',
  };
  const subgraphs = SUBGRAPHS.map((spec) =>
    startChild(spec, {
      ...common,
      DATABASE_URL: serviceUrls[spec.name]!,
      DB_SCHEMA: spec.schema!,
      MIGRATE_ON_START: 'true',
    }),
  );
  await Promise.all(
    subgraphs.map((r) => waitForHttp(`${r.url}/readyz`, 90_000, () => r.child.exitCode === null)),
  );
  const gateway = startChild(GATEWAY, {
    ...common,
    ...Object.fromEntries(subgraphs.map((r) => [urlVar(r.spec.name), `${r.url}/graphql`])),
  });
  await waitForHttp(`${gateway.url}/readyz`, 60_000, () => gateway.child.exitCode === null);

  started = true;
  log('Care Graph is up:');
  log(`  gateway        ${gateway.url}/graphql`);
  for (const r of subgraphs) log(`  ${r.spec.name.padEnd(22)} ${r.url}/graphql`);
  log('Press Ctrl-C to stop.');
}

main().catch((error) => {
  log(`failed: ${error instanceof Error ? error.message : String(error)}`);
  void shutdown(1);
});

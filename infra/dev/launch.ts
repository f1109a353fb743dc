/**
 * `pnpm start`: the whole system on this machine.
 *  - Postgres: DATABASE_URL when set; else the local server when it answers (127.0.0.1:5432, or
 *    LAUNCH_PG_PROBE=host:port); else an embedded Postgres under .data/ (EMBEDDED_PG_PORT, default 54329).
 *  - NATS: NATS_URL when set; else the local server when it answers (127.0.0.1:4222, or
 *    LAUNCH_NATS_PROBE); else a `nats-server` found on PATH, with JetStream, under .data/nats, with
 *    the users compose's NATS has (infra/nats/auth.conf).
 *  - Provisions the database (schemas, least-privilege roles), starts the four subgraphs (each applies
 *    its migrations), then the gateway; prints the URLs. Ctrl-C or SIGTERM, at any point, stops
 *    everything it started and exits 0; a second one kills what is left.
 *  - The services' log lines: readable on a terminal, their JSON otherwise (LOG_FORMAT=json|pretty).
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { DEV_DOCUMENT_KEYS, DEV_JWT_SECRET } from './dev-secret';
import { startEmbeddedPostgres } from './embedded-postgres';
import { embeddedDataDir } from './launch/data-dir';
import { chooseLogFormat, lineFormatter } from './launch/log-format';
import { natsPasswords, natsUrl, writeNatsConfig } from './launch/nats-server';
import { takenPorts } from './launch/ports';
import { relayLines } from './launch/relay';
import { settingsProblems } from './launch/settings';
import { Supervisor, Tier } from './launch/supervisor';
import { answers, hostPort, waitForHttp } from './probe';
import { provisionDatabase } from './provision';
import { GATEWAY, SUBGRAPHS, urlVar, type ServiceSpec } from './services';

const ROOT = path.resolve(__dirname, '..', '..');
const env = process.env;
/** Past this, a stop that is still waiting on something kills what is left (SIGKILL). */
const STOP_LIMIT_MS = 8_000;
const TAIL_LINES = 8;

const log = (line: string) => process.stdout.write(`[launcher] ${line}\n`);
// A closed terminal or pipe must not turn the stop into a crash with a stack trace.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);

interface Running {
  spec: ServiceSpec;
  child: ChildProcess;
  url: string;
}

let supervisor: Supervisor | undefined;
let stopping: Promise<void> | undefined;
let started = false;
let exitWith: number | undefined;
let natsShown: string | undefined;

const formatLine = lineFormatter(chooseLogFormat(env, Boolean(process.stdout.isTTY)), {
  colorize: Boolean(process.stdout.isTTY) && !env.NO_COLOR,
});

function dataDir(): string {
  return path.resolve(ROOT, env.CARE_DATA_DIR ?? '.data');
}

/**
 * The server the environment names (its URL variable), or the local one that answers at the probe
 * address: its URL; undefined when there is neither (the caller starts one at the probe address).
 */
async function givenOrLocal(
  name: string,
  urlVariable: 'DATABASE_URL' | 'NATS_URL',
  probe: { host: string; port: number },
  urlAt: (host: string, port: number) => string,
): Promise<string | undefined> {
  const given = env[urlVariable];
  if (given) {
    log(`using ${urlVariable}`);
    return given;
  }
  if (await answers(probe.host, probe.port)) {
    log(`using the local ${name} at ${probe.host}:${probe.port}`);
    return urlAt(probe.host, probe.port);
  }
  return undefined;
}

async function resolveDatabase(procs: Supervisor): Promise<string> {
  const probe = hostPort(env.LAUNCH_PG_PROBE ?? '127.0.0.1:5432', 5432);
  const existing = await givenOrLocal(
    'Postgres',
    'DATABASE_URL',
    probe,
    (host, port) => `postgres://${encodeURIComponent(env.PGUSER ?? 'postgres')}@${host}:${port}/postgres`,
  );
  if (existing) return existing;
  const port = Number(env.EMBEDDED_PG_PORT ?? 54329);
  const where = embeddedDataDir(dataDir(), Boolean(env.CARE_DATA_DIR), ROOT);
  if ('error' in where) throw new Error(where.error);
  if (where.note) log(where.note);
  log(`no Postgres at ${probe.host}:${probe.port}: starting an embedded Postgres on port ${port}`);
  return (await startEmbeddedPostgres(where.dir, port, log, procs)).url;
}

async function resolveNats(procs: Supervisor): Promise<string> {
  const probe = hostPort(env.LAUNCH_NATS_PROBE ?? '127.0.0.1:4222', 4222);
  const existing = await givenOrLocal('NATS', 'NATS_URL', probe, (host, port) => `nats://${host}:${port}`);
  if (existing) return existing;
  const found = spawnSync('sh', ['-c', 'command -v nats-server'], { encoding: 'utf8' }).stdout.trim();
  if (!found) {
    throw new Error(
      'No NATS server answers and none is on PATH. Install one (Debian/Ubuntu: `apt-get install nats-server`; ' +
        'macOS: `brew install nats-server`; or a release from the NATS project), or set NATS_URL.',
    );
  }
  const config = writeNatsConfig(path.join(dataDir(), 'nats'));
  const passwords = natsPasswords(env);
  log(
    `no NATS at ${probe.host}:${probe.port}: starting ${found} with JetStream and compose's users (${config})`,
  );
  const child = procs.spawn(
    'nats-server',
    found,
    ['-a', probe.host, '-p', String(probe.port), '-c', config],
    {
      env: { ...env, NATS_CARE_PASSWORD: passwords.care, NATS_PARTNER_PASSWORD: passwords.partner },
      stdio: 'ignore',
      tier: Tier.infrastructure,
    },
  );
  const deadline = Date.now() + 10_000;
  while (!(await answers(probe.host, probe.port))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('nats-server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  natsShown =
    `${probe.host}:${probe.port} (services as "care"; partners as "partner", password ` +
    `${JSON.stringify(passwords.partner)}: read-only on care.>)`;
  return natsUrl(probe.host, probe.port, 'care', passwords.care);
}

function portOf(spec: ServiceSpec): number {
  return Number(env[spec.portVar] ?? spec.port);
}

function startChild(procs: Supervisor, spec: ServiceSpec, childEnv: Record<string, string>): Running {
  const child = procs.spawn(spec.name, process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(ROOT, spec.dir),
    env: { ...env, ...childEnv, PORT: String(portOf(spec)) },
    // The IPC channel is the children's lifeline: when the launcher dies, even by SIGKILL, it closes
    // and they shut down instead of lingering on the ports.
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    tier: spec === GATEWAY ? Tier.gateway : Tier.subgraph,
  });
  // The last lines it printed on stderr: what to show when it dies during start-up.
  const tail: string[] = [];
  relayLines(child.stdout, (line) => process.stdout.write(prefixed(spec.name, formatLine(line))));
  relayLines(child.stderr, (line) => {
    tail.push(line);
    tail.splice(0, Math.max(0, tail.length - TAIL_LINES));
    process.stderr.write(prefixed(spec.name, formatLine(line)));
  });
  child.on('exit', (code, signal) => {
    if (procs.isStopping) return;
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
  return { spec, child, url: `http://127.0.0.1:${portOf(spec)}` };
}

const prefixed = (name: string, text: string) =>
  text
    .split('\n')
    .map((l) => `[${name}] ${l}\n`)
    .join('');

const LABELS: Record<string, string> = { postgres: 'the embedded Postgres', initdb: 'initdb' };

async function stopAll(): Promise<void> {
  log('stopping');
  const limit = setTimeout(() => void kill(`still running after ${STOP_LIMIT_MS / 1_000} s`), STOP_LIMIT_MS);
  await supervisor?.stopAll((names) => {
    for (const name of names) log(`stopping ${LABELS[name] ?? name}`);
  });
  clearTimeout(limit);
  log('stopped');
}

/** Stops everything once; every later caller waits for that same stop, then the process exits. */
async function shutdown(code: number): Promise<void> {
  exitWith ??= code;
  stopping ??= stopAll();
  await stopping;
  process.exit(exitWith);
}

/** The forced stop (a second Ctrl-C, or the stop limit): SIGKILL to whatever still runs. */
let killing: Promise<void> | undefined;
function kill(why: string): Promise<void> {
  killing ??= (async () => {
    log(`${why}: killing what is left`);
    const killed = (await supervisor?.killAll()) ?? [];
    if (killed.length) log(`killed ${killed.join(', ')}`);
    log('stopped');
    process.exit(exitWith ?? 0);
  })();
  return killing;
}

/**
 * Ctrl-C (SIGINT), SIGTERM and a closed terminal (SIGHUP) stop everything and exit 0, whatever the
 * launcher was doing; a second one does not wait for the clean stop. One Ctrl-C under `pnpm start`
 * arrives twice, from the terminal and forwarded by pnpm a moment later (as is one SIGTERM sent to the
 * whole process group): the same signal within SAME_SIGNAL_MS of the first counts as that one. (A
 * second Ctrl-C reaches the launcher as SIGINT from the terminal and SIGTERM from pnpm.) Listeners stay
 * installed (not `once`): with none left, a second signal would kill the launcher and its children
 * would be left behind.
 */
const SAME_SIGNAL_MS = 500;
let first: { signal: NodeJS.Signals; at: number } | undefined;
function onSignal(signal: NodeJS.Signals) {
  if (!first) {
    first = { signal, at: Date.now() };
    log(`${signal}: stopping everything (again to force)`);
    void shutdown(0);
  } else if (signal !== first.signal || Date.now() - first.at > SAME_SIGNAL_MS) {
    void kill(`${signal} again`);
  }
}

async function main() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
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
  if (stopping) return;
  const procs = (supervisor = new Supervisor(path.join(dataDir(), 'launcher.pids')));

  const adminUrl = await resolveDatabase(procs);
  const natsUrl = await resolveNats(procs);
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
  // Governance stores documents encrypted: outside production it gets the development key unless one is set.
  const documentKeys = env.DOCUMENT_KEYS || common.NODE_ENV === 'production' ? {} : DEV_DOCUMENT_KEYS;
  if (!env.DOCUMENT_KEYS && common.NODE_ENV !== 'production')
    log('DOCUMENT_KEYS not set: governance encrypts documents with the development key');
  log(`starting ${SUBGRAPHS.map((s) => s.name).join(', ')} (each applies its migrations)`);
  const subgraphs = SUBGRAPHS.map((spec) =>
    startChild(procs, spec, {
      ...common,
      DATABASE_URL: serviceUrls[spec.name]!,
      DB_SCHEMA: spec.schema!,
      MIGRATE_ON_START: 'true',
      ...(spec.name === 'governance' ? documentKeys : {}),
    }),
  );
  await Promise.all(
    subgraphs.map((r) => waitForHttp(`${r.url}/readyz`, 90_000, () => r.child.exitCode === null)),
  );
  log('starting the gateway');
  const gateway = startChild(procs, GATEWAY, {
    ...common,
    ...Object.fromEntries(subgraphs.map((r) => [urlVar(r.spec.name), `${r.url}/graphql`])),
  });
  await waitForHttp(`${gateway.url}/readyz`, 60_000, () => gateway.child.exitCode === null);

  started = true;
  log('Care Graph is up:');
  log(`  gateway        ${gateway.url}/graphql`);
  for (const r of subgraphs) log(`  ${r.spec.name.padEnd(22)} ${r.url}/graphql`);
  if (natsShown) log(`  NATS           ${natsShown}`);
  log('Press Ctrl-C to stop.');
}

main().catch((error) => {
  // Whatever a stop interrupted (a query, a wait for a service) fails on its way out: not news.
  if (stopping) return;
  log(`failed: ${error instanceof Error ? error.message : String(error)}`);
  void shutdown(1);
});

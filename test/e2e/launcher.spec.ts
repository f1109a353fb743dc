import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  ADMIN_DATABASE_URL,
  dataOf,
  deleteTestStreams,
  expectEventually,
  gql,
  TEST_NATS_URL,
  uniquePrefix,
  withClient,
} from '@care/testing';
import { signToken } from '@care/service-kit';
import { launcherPorts } from './launcher-ports';

const ROOT = path.resolve(__dirname, '..', '..');
const SECRET = 'launcher-test-secret-0123456789';

describe('pnpm start with no database configured or answering', () => {
  let launcher: ChildProcess;
  let output = '';
  let dataDir: string;
  let gatewayUrl: string;
  const namespace = uniquePrefix('launch');

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'care-launch-'));
    chmodSync(dataDir, 0o755);
    const {
      env: ports,
      extra: [pg, closed],
    } = await launcherPorts(2);
    gatewayUrl = `http://127.0.0.1:${ports.GATEWAY_PORT}`;
    launcher = spawn(process.execPath, ['--import', 'tsx', 'infra/dev/launch.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        // Nothing configured and nothing answering where the launcher probes for Postgres:
        LAUNCH_PG_PROBE: `127.0.0.1:${closed}`,
        EMBEDDED_PG_PORT: String(pg),
        CARE_DATA_DIR: dataDir,
        NATS_URL: TEST_NATS_URL,
        EVENTS_NAMESPACE: namespace,
        STREAM_MAX_BYTES: String(32 * 1024 ** 2),
        JWT_SECRET: SECRET,
        LOG_LEVEL: 'warn',
        ...ports,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    launcher.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    launcher.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (output.includes('Care Graph is up')) {
          clearInterval(timer);
          resolve();
        } else if (launcher.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`the launcher exited (${launcher.exitCode}):\n${output}`));
        }
      }, 200);
    });
  }, 240_000);

  afterAll(async () => {
    if (launcher && launcher.exitCode === null) {
      launcher.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
    await deleteTestStreams(namespace);
  });

  it('runs the whole system on an embedded Postgres, and a query through the gateway works', async () => {
    expect(output).toContain('starting an embedded Postgres');
    const token = await signToken(
      { sub: 'u1', name: 'Launcher Test', roles: ['cs_manager'] },
      { secret: SECRET },
    );
    const customer = dataOf(
      await gql<{ registerCustomer: { id: string } }>(
        gatewayUrl,
        `mutation { registerCustomer(input: { name: "Embedded" }) { id } }`,
        {},
        { token },
      ),
    ).registerCustomer;
    await expectEventually(async () =>
      dataOf(
        await gql(
          gatewayUrl,
          `mutation($c: UUID!) { fileComplaint(input: { customerId: $c, channel: EMAIL, description: "x" }) { number } }`,
          { c: customer.id },
          { token },
        ),
      ),
    );
    const joined = dataOf(
      await gql<{ complaints: { edges: { node: { customer: { name: string } } }[] } }>(
        gatewayUrl,
        `{ complaints { edges { node { customer { name } } } } }`,
        {},
        { token },
      ),
    );
    expect(joined.complaints.edges).toEqual([{ node: { customer: { name: 'Embedded' } } }]);
  });

  it('stops everything cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => launcher.once('exit', (code) => resolve(code)));
    launcher.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('stopping the embedded Postgres');
    expect(output).toMatch(/\[launcher\] stopped/);
  });
});

/** Runs the launcher to its end (bounded); its output, exit code and how long it took. */
function runLauncher(
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<{ code: number | null; output: string; ms: number }> {
  const began = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/dev/launch.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  failing.push(child);
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output: out, ms: Date.now() - began });
    });
  });
}

const failing: ChildProcess[] = [];
const FAIL_DATABASE = 'care_launch_fail';
let natsPort = 0;
let holder: net.Server | undefined;

/** The process ids of a nats-server started for this port. */
function natsServers(port: number): number[] {
  const found = spawnSync('pgrep', ['-f', `nats-server -a 127.0.0.1 -p ${port} `], { encoding: 'utf8' });
  return found.stdout.split('\n').filter(Boolean).map(Number);
}

describe('pnpm start failing: one clear line, and nothing left behind', () => {
  afterAll(async () => {
    for (const child of failing)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    for (const pid of natsPort ? natsServers(natsPort) : []) process.kill(pid, 'SIGKILL');
    await new Promise<void>((resolve) => (holder ? holder.close(() => resolve()) : resolve()));
    await withClient(ADMIN_DATABASE_URL, (admin) =>
      admin.query(`DROP DATABASE IF EXISTS ${FAIL_DATABASE} WITH (FORCE)`),
    );
  });

  it('names a bad launcher variable as the user set it and starts nothing', async () => {
    const {
      env: ports,
      extra: [closed],
    } = await launcherPorts(1);
    const run = await runLauncher({
      ...ports,
      GATEWAY_PORT: 'abc',
      EMBEDDED_PG_PORT: '70000',
      DATABASE_URL: `postgres://postgres@127.0.0.1:${closed}/postgres`,
      NATS_URL: TEST_NATS_URL,
    });
    expect(run.code).toBe(1);
    expect(run.output.trim().split('\n')).toEqual([
      '[launcher] GATEWAY_PORT="abc": must be a port number (1-65535)',
      '[launcher] EMBEDDED_PG_PORT="70000": must be a port number (1-65535)',
    ]);
  }, 30_000);

  it('fails at once when a port is taken, naming the variable to change', async () => {
    const {
      env: ports,
      extra: [closed],
    } = await launcherPorts(1);
    holder = net.createServer();
    await new Promise<void>((resolve) => holder!.listen(Number(ports.GOVERNANCE_PORT), '127.0.0.1', resolve));
    const run = await runLauncher({
      ...ports,
      DATABASE_URL: `postgres://postgres@127.0.0.1:${closed}/postgres`,
      NATS_URL: TEST_NATS_URL,
    });
    expect(run.code).toBe(1);
    expect(run.output.trim().split('\n')).toEqual([
      `[launcher] port ${ports.GOVERNANCE_PORT} (GOVERNANCE_PORT) is in use: set GOVERNANCE_PORT to a free port`,
    ]);
    expect(run.ms).toBeLessThan(10_000);
  }, 30_000);

  it('reports a service dying at start-up with its own words, and stops the nats-server it started', async () => {
    const { env: ports, extra } = await launcherPorts(1);
    natsPort = extra[0]!;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'care-launch-fail-'));
    try {
      const run = await runLauncher({
        ...ports,
        DATABASE_URL: ADMIN_DATABASE_URL,
        CARE_DATABASE: FAIL_DATABASE,
        LAUNCH_NATS_PROBE: `127.0.0.1:${natsPort}`,
        CARE_DATA_DIR: dir,
        // Every subgraph refuses this at start-up and exits:
        JWT_MAX_LIFETIME_HOURS: 'abc',
      });
      expect(run.code).toBe(1);
      expect(run.output).toContain('`pnpm run token -- --role cs_manager`');
      expect(run.output).toMatch(
        /\[launcher\] [a-z-]+ exited during start-up \(code 1\); its last lines on stderr:\n(\[launcher\] {3}.*\n)*\[launcher\] +- JWT_MAX_LIFETIME_HOURS/,
      );
      expect(run.output).toContain('[launcher] stopping nats-server');
      expect(run.ms).toBeLessThan(45_000);
      expect(natsServers(natsPort)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  (asRoot ? it : it.skip)(
    'as root, explains in one line that the embedded Postgres cannot reach a private data folder',
    async () => {
      const privateDir = mkdtempSync(path.join(os.tmpdir(), 'care-launch-private-'));
      chmodSync(privateDir, 0o700);
      mkdirSync(path.join(privateDir, 'data'));
      try {
        const {
          env: ports,
          extra: [closed, pg],
        } = await launcherPorts(2);
        const run = await runLauncher({
          ...ports,
          LAUNCH_PG_PROBE: `127.0.0.1:${closed}`,
          EMBEDDED_PG_PORT: String(pg),
          CARE_DATA_DIR: path.join(privateDir, 'data'),
          NATS_URL: TEST_NATS_URL,
        });
        expect(run.code).toBe(1);
        expect(run.output).toContain(
          `[launcher] failed: the embedded Postgres runs as user "postgres", which cannot enter ${privateDir} (mode 0700): set CARE_DATA_DIR to a folder it can reach`,
        );
        expect(run.output).not.toContain('EACCES');
      } finally {
        rmSync(privateDir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});

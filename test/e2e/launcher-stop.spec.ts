import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectEventually } from '@care/testing';
import { jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { launcherPorts } from './launcher-ports';

/**
 * `pnpm start` as a developer runs it, on its own embedded Postgres and its own nats-server, stopped
 * in every phase the way a terminal does it: Ctrl-C sends SIGINT to the whole foreground process group
 * (pnpm and the launcher), and pnpm forwards it once more. Whatever the phase, the launcher exits 0
 * within the limit, prints no stack trace, and none of the processes it started is left.
 */
const ROOT = path.resolve(__dirname, '..', '..');
/** What the launcher promises for a stop (docs/operations.md). */
const STOP_LIMIT_MS = 10_000;
const STACK_TRACE = /"stack":|^\s+at \S.*:\d+:\d+\)?$/m;

interface Launch {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  dataDir: string;
  natsPort: number;
}

const launches: Launch[] = [];

/** `pnpm start` in a process group of its own (the test's stand-in for a terminal). */
async function launch(dataDir: string): Promise<Launch> {
  const {
    env: ports,
    extra: [closed, pg, nats],
  } = await launcherPorts(3);
  const child = spawn('pnpm', ['start'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      npm_config_update_notifier: 'false',
      LAUNCH_PG_PROBE: `127.0.0.1:${closed}`,
      EMBEDDED_PG_PORT: String(pg),
      LAUNCH_NATS_PROBE: `127.0.0.1:${nats}`,
      CARE_DATA_DIR: dataDir,
      ...ports,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  const started = { child, output: () => out, exited, dataDir, natsPort: nats! };
  launches.push(started);
  return started;
}

async function until(run: Launch, text: string, timeoutMs = 180_000): Promise<void> {
  await expectEventually(
    () => {
      if (run.child.exitCode !== null) throw new Error(`the launcher exited early:\n${run.output()}`);
      expect(run.output()).toContain(text);
    },
    { timeoutMs, intervalMs: 50 },
  );
}

/** `<pid> <name>` lines the launcher keeps for what it started (its own pid first). */
function startedPids(dataDir: string): { pid: number; name: string }[] {
  const file = path.join(dataDir, 'launcher.pids');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [pid, name] = line.split(' ');
      return { pid: Number(pid), name: name! };
    });
}

/** Running (not a zombie waiting to be reaped). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Every live process the launcher started, in their process groups, or naming its data dir. */
function survivors(dataDir: string): string[] {
  const left: string[] = [];
  for (const { pid, name } of startedPids(dataDir)) {
    const group = spawnSync('pgrep', ['-g', String(pid)], { encoding: 'utf8' }).stdout;
    const pids = new Set([pid, ...group.split('\n').filter(Boolean).map(Number)]);
    for (const p of pids) if (alive(p)) left.push(`${name} (pid ${p})`);
  }
  const named = spawnSync('pgrep', ['-f', dataDir], { encoding: 'utf8' }).stdout;
  for (const p of named.split('\n').filter(Boolean).map(Number)) if (alive(p)) left.push(`pid ${p}`);
  return left;
}

/** Signals, then checks the promise: exit 0 within the limit, no stack trace, nothing left behind. */
async function expectCleanStop(run: Launch, send: () => void) {
  const sentAt = Date.now();
  send();
  const timer = setTimeout(() => run.child.kill('SIGKILL'), STOP_LIMIT_MS * 3);
  const exit = await run.exited;
  clearTimeout(timer);
  const output = run.output();
  expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
  expect(exit.at - sentAt).toBeLessThan(STOP_LIMIT_MS);
  expect(output).toMatch(/\[launcher\] stopped\n/);
  expect(output).not.toMatch(STACK_TRACE);
  expect(output).not.toContain('ELIFECYCLE');
  expect(startedPids(run.dataDir).length).toBeGreaterThan(1);
  expect(survivors(run.dataDir)).toEqual([]);
}

/** What a terminal does on Ctrl-C: SIGINT to every process of the foreground group. */
const ctrlC = (run: Launch) => () => process.kill(-run.child.pid!, 'SIGINT');
const launcherPid = (run: Launch) => startedPids(run.dataDir).find((p) => p.name === 'launcher')!.pid;

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'care-launch-stop-'));
  chmodSync(dir, 0o755); // as root, the embedded Postgres runs as `postgres`, which must get in
  dirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const run of launches) {
    for (const { pid } of startedPids(run.dataDir)) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // gone, as it should be
      }
    }
  }
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('pnpm start stops everything it started, whenever it is interrupted', () => {
  /** Initialised by whichever of the tests below runs first, then started again by the others. */
  let reused: string;
  beforeAll(() => {
    reused = dataDir();
  });

  it('Ctrl-C while the embedded Postgres is being initialised', async () => {
    const run = await launch(dataDir());
    await until(run, 'initialising an embedded Postgres');
    await expectCleanStop(run, ctrlC(run));
    expect(startedPids(run.dataDir).map((p) => p.name)).toContain('initdb');
  }, 120_000);

  it('SIGTERM to the process group while the services start and migrate', async () => {
    const run = await launch(reused);
    await until(run, '[launcher] starting complaints');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await expectCleanStop(run, () => process.kill(-run.child.pid!, 'SIGTERM'));
    expect(startedPids(run.dataDir).map((p) => p.name)).toEqual(
      expect.arrayContaining(['postgres', 'nats-server', 'complaints', 'governance']),
    );
  }, 240_000);

  it('a second signal forces the stop, and still leaves nothing behind', async () => {
    const run = await launch(reused);
    await until(run, '[launcher] starting complaints');
    await expectCleanStop(run, () => {
      process.kill(launcherPid(run), 'SIGINT');
      process.kill(launcherPid(run), 'SIGTERM');
    });
    // Two signals pending at once reach the process in an order the kernel chooses: the one handled
    // second is the one that forces the stop.
    const first = /\[launcher\] (SIGINT|SIGTERM): stopping everything/.exec(run.output())?.[1];
    expect(['SIGINT', 'SIGTERM']).toContain(first);
    const second = first === 'SIGINT' ? 'SIGTERM' : 'SIGINT';
    expect(run.output()).toContain(`[launcher] ${second} again: killing what is left`);
  }, 240_000);

  it('Ctrl-C once it is up; meanwhile its nats-server has compose users: the partner reads care.>, never publishes', async () => {
    const run = await launch(reused);
    await until(run, 'Press Ctrl-C to stop.');
    expect(run.output()).toContain('partners as "partner"');
    // Not a terminal: the services' lines are relayed as the JSON they wrote.
    expect(run.output()).toMatch(/^\[gateway\] \{"level":30,/m);

    const server = `nats://127.0.0.1:${run.natsPort}`;
    const care = await connect({ servers: server, user: 'care', pass: 'care-nats-dev' });
    const partner = await connect({ servers: server, user: 'partner', pass: 'partner-nats-dev' });
    try {
      const seen: string[] = [];
      const sub = partner.subscribe('care.>', { callback: (_, m) => void seen.push(m.subject) });
      await partner.flush();
      care.publish('care.launcher.test', 'hello');
      await expectEventually(() => expect(seen).toEqual(['care.launcher.test']));
      expect(sub.isClosed()).toBe(false);
      await expect(
        jetstream(partner).publish('care.complaints.complaint.received', '{}', { timeout: 2_000 }),
      ).rejects.toThrow(/permission/i);
      await expect(connect({ servers: server })).rejects.toThrow(/authorization/i);
      // The documented partner example, run as documented, against this server.
      const example = spawn(
        'pnpm',
        ['--filter', '@care/examples', 'partner', '--', '--name', 'launch', '--streams', 'CARE_COMPLAINTS'],
        {
          cwd: ROOT,
          env: {
            PATH: process.env.PATH ?? '',
            HOME: process.env.HOME ?? '/tmp',
            NATS_URL: `nats://partner:partner-nats-dev@127.0.0.1:${run.natsPort}`,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
          detached: true,
        },
      );
      let said = '';
      example.stdout?.on('data', (d: Buffer) => (said += d.toString()));
      example.stderr?.on('data', (d: Buffer) => (said += d.toString()));
      try {
        await expectEventually(() => expect(said).toContain('subscribed as launch'), { timeoutMs: 30_000 });
      } finally {
        process.kill(-example.pid!, 'SIGKILL');
      }
    } finally {
      await partner.close();
      await care.close();
    }

    await expectCleanStop(run, ctrlC(run));
    expect(run.output()).toContain('[launcher] stopping the embedded Postgres');
  }, 240_000);
});

/**
 * The benchmarked servers as child processes, started the way the launcher starts them
 * (`node --import tsx src/main.ts` in the workspace folder): each has its own event loop and its own
 * memory, so the load generator in this process does not share a CPU thread with them and the gateway's
 * RSS is its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync, closeSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '@care/testing';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
const COUNTER = path.join(__dirname, 'sql-counter.ts');
/** Where sql-counter.ts answers inside a server. */
export const SQL_COUNTER_PATH = '/__bench/sql';

export interface Server {
  name: string;
  /** http://127.0.0.1:<port> */
  base: string;
  graphql: string;
  pid: number;
  logFile: string;
  stop: () => Promise<void>;
}

export interface StartOptions {
  name: string;
  /** Workspace folder (relative to the repository root) the process runs in. */
  dir: string;
  /** Entry file, relative to `dir`. */
  entry: string;
  env: Record<string, string>;
  /** Folder for the process's stdout and stderr (one file each server). */
  logDir: string;
  /** Load sql-counter.ts into the process (servers that use `pg`). */
  countSql: boolean;
  /** How long start-up may take (migrations, streams). */
  timeoutMs?: number;
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts a server and waits until its `/readyz` answers 200 (database and NATS reachable). */
export async function startServer(options: StartOptions): Promise<Server> {
  const port = await freePort();
  const logFile = path.join(options.logDir, `${options.name}.log`);
  const log = openSync(logFile, 'a');
  const args = ['--import', 'tsx', ...(options.countSql ? ['--import', COUNTER] : []), options.entry];
  const child = spawn(process.execPath, args, {
    cwd: path.join(ROOT, options.dir),
    env: { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    // The IPC channel is the child's lifeline: if this process dies, the child shuts down.
    stdio: ['ignore', log, log, 'ipc'],
  });
  closeSync(log);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (!(await answers(`${base}/readyz`))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stopChild(child);
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
      throw new Error(`${options.name} did not become ready; the end of ${logFile}:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    name: options.name,
    base,
    graphql: `${base}/graphql`,
    pid: child.pid!,
    logFile,
    stop: () => stopChild(child),
  };
}

/** The resident set size of a process, in MiB (Linux). */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
  if (!Number.isFinite(kb)) throw new Error(`no VmRSS for process ${pid}`);
  return kb / 1024;
}

export interface SqlLog {
  statements: number;
  recent: { request: number; text: string }[];
}

/** What sql-counter.ts has counted in a server so far. */
export async function sqlLog(server: Server): Promise<SqlLog> {
  const res = await fetch(`${server.base}${SQL_COUNTER_PATH}`);
  if (!res.ok) throw new Error(`${server.name} has no SQL counter (HTTP ${res.status})`);
  return (await res.json()) as SqlLog;
}

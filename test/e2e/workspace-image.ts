import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * What the container image is made of, read from the files that make it (no Docker engine runs here):
 * the Dockerfile's stages, the build context left by .dockerignore, the workspace's packages and the
 * modules a start command loads.
 */
export const ROOT = path.resolve(__dirname, '..', '..');
/** Where the Dockerfile puts the repository inside the image (its WORKDIR). */
export const IMAGE_ROOT = '/app';

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

// --- Dockerfile -------------------------------------------------------------------------------------

export interface Instruction {
  op: string;
  args: string;
}
export interface Stage {
  name: string;
  from: string;
  instructions: Instruction[];
}

/** The stages of the Dockerfile, each with its instructions (continuation lines joined). */
export function dockerfileStages(text = read('Dockerfile')): Stage[] {
  const lines = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, op = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (op.toUpperCase() === 'FROM') {
      const m = /^(\S+)(?:\s+AS\s+(\S+))?/i.exec(args);
      stages.push({ from: m?.[1] ?? '', name: m?.[2] ?? String(stages.length), instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`Dockerfile: ${op} before FROM`);
    stage.instructions.push({ op: op.toUpperCase(), args });
  }
  return stages;
}

/** A stage's instructions after those of the stages it is built FROM. */
export function stageChain(stages: Stage[], name: string): Instruction[] {
  const stage = stages.find((s) => s.name === name);
  if (!stage) throw new Error(`Dockerfile has no stage ${name}`);
  const parent = stages.find((s) => s.name === stage.from);
  return [...(parent ? stageChain(stages, parent.name) : []), ...stage.instructions];
}

/** COPY sources -> destination (shell form; exec-form JSON arrays too). */
export function copyOf(instruction: Instruction): { sources: string[]; dest: string } {
  const parts = instruction.args.trim().startsWith('[')
    ? (JSON.parse(instruction.args) as string[])
    : instruction.args.split(/\s+/).filter((p) => !p.startsWith('--'));
  return { sources: parts.slice(0, -1), dest: parts.at(-1) ?? '' };
}

/** The files a COPY puts in the image, as repository paths (a destination folder keeps the name). */
export function copiedFiles(instruction: Instruction): string[] {
  const { sources, dest } = copyOf(instruction);
  return sources.map((source) => {
    const into = dest === './' || dest === '.' ? '' : dest.replace(/^\.?\//, '');
    return into.endsWith('/') || into === '' ? path.posix.join(into, path.posix.basename(source)) : into;
  });
}

/** An exec-form CMD/ENTRYPOINT as argv. */
export const execForm = (args: string): string[] => JSON.parse(args) as string[];

// --- .dockerignore ----------------------------------------------------------------------------------

function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      out += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** Whether .dockerignore keeps a repository path out of the build context (last matching rule wins). */
export function makeContextFilter(text = read('.dockerignore')): (file: string) => boolean {
  const rules = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => ({
      negate: l.startsWith('!'),
      re: globToRegExp(path.posix.normalize(l.replace(/^!/, '').replace(/^\//, ''))),
    }));
  return (file) => {
    // A rule matching a parent folder excludes everything in it.
    const segments = file.split('/');
    const candidates = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
    let ignored = false;
    for (const rule of rules) {
      if (candidates.some((c) => rule.re.test(c))) ignored = !rule.negate;
    }
    return ignored;
  };
}

// --- the workspace ----------------------------------------------------------------------------------

export interface WorkspacePackage {
  name: string;
  /** Folder relative to the repository root. */
  dir: string;
  manifest: {
    main?: string;
    exports?: Record<string, string>;
    scripts?: Record<string, string>;
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
}

/** Every package pnpm-workspace.yaml names, by package name. */
export function workspacePackages(): Map<string, WorkspacePackage> {
  const { packages } = parse(read('pnpm-workspace.yaml')) as { packages: string[] };
  const dirs = packages.flatMap((glob) =>
    glob.endsWith('/*')
      ? readdirSync(path.join(ROOT, glob.slice(0, -2)))
          .map((d) => `${glob.slice(0, -2)}/${d}`)
          .filter((d) => existsSync(path.join(ROOT, d, 'package.json')))
      : [glob],
  );
  return new Map(
    dirs.map((dir) => {
      const manifest = JSON.parse(read(`${dir}/package.json`)) as WorkspacePackage['manifest'];
      const name = (manifest as { name: string }).name;
      return [name, { name, dir, manifest }];
    }),
  );
}

const workspaceDeps = (pkg: WorkspacePackage) =>
  Object.entries({ ...pkg.manifest.dependencies, ...pkg.manifest.devDependencies })
    .filter(([, v]) => v.startsWith('workspace:'))
    .map(([k]) => k);

/** The packages `roots` depend on through `workspace:` versions, transitively, roots included. */
export function workspaceClosure(roots: string[], all = workspacePackages()): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const pkg = all.get(name);
    if (!pkg) throw new Error(`${name} is not a workspace package`);
    seen.add(name);
    workspaceDeps(pkg).forEach(visit);
  };
  roots.forEach(visit);
  return seen;
}

// --- what a start command loads ---------------------------------------------------------------------

/** The entry file (repository path) a start command runs, from the folder it starts in. */
export function entryOf(cwd: string, argv: string[], all = workspacePackages()): string {
  const [cmd, ...args] = argv;
  if (cmd === 'pnpm') {
    const filter = args[args.indexOf('--filter') + 1] ?? '';
    const pkg = all.get(filter);
    const script = args.at(-1) === 'start' ? pkg?.manifest.scripts?.start : undefined;
    const file = /^tsx (\S+\.ts)$/.exec(script ?? '')?.[1];
    if (!pkg || !file) throw new Error(`cannot tell what \`${argv.join(' ')}\` runs`);
    return path.posix.join(pkg.dir, file);
  }
  if (cmd === 'node' && args[0] === '--import' && args[1] === 'tsx' && args.length === 3) {
    return path.posix.join(path.posix.relative(IMAGE_ROOT, cwd), args[2]!);
  }
  throw new Error(`cannot tell what \`${argv.join(' ')}\` runs`);
}

const SPECIFIER =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveFile(base: string): string | undefined {
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) {
    const full = path.join(ROOT, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return undefined;
}

/** The file a `@care/...` specifier names, through the package's `exports` (or `main`). */
function resolveWorkspace(spec: string, all: Map<string, WorkspacePackage>): [string, string] {
  const [scope, name, ...rest] = spec.split('/');
  const pkg = all.get(`${scope}/${name}`);
  if (!pkg) throw new Error(`${spec}: no workspace package ${scope}/${name}`);
  const sub = rest.length ? `./${rest.join('/')}` : '.';
  const exports = pkg.manifest.exports ?? (pkg.manifest.main ? { '.': pkg.manifest.main } : {});
  for (const [key, target] of Object.entries(exports)) {
    const star = key.indexOf('*');
    const match =
      star < 0
        ? key === sub && target
        : sub.startsWith(key.slice(0, star)) &&
          sub.endsWith(key.slice(star + 1)) &&
          target.replace('*', sub.slice(star, sub.length - (key.length - star - 1)));
    if (match) {
      const file = resolveFile(path.posix.join(pkg.dir, match));
      if (file) return [pkg.name, file];
    }
  }
  throw new Error(`${spec}: not exported by ${pkg.name}`);
}

export interface ModuleGraph {
  /** Every repository file the entry loads, itself included. */
  files: Set<string>;
  /** Each `@care/*` import: the importing package and the imported one. */
  edges: { from: string; to: string; file: string }[];
}

/** Follows every import from the entry: relative files and `@care/*` packages (npm packages are leaves). */
export function moduleGraph(entry: string, all = workspacePackages()): ModuleGraph {
  const byDir = [...all.values()].sort((a, b) => b.dir.length - a.dir.length);
  const owner = (file: string) => byDir.find((p) => file.startsWith(`${p.dir}/`))?.name ?? '(root)';
  const files = new Set<string>();
  const edges: ModuleGraph['edges'] = [];
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = read(file);
    for (const m of source.matchAll(SPECIFIER)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? m[4]!;
      if (spec.startsWith('.')) {
        const target = resolveFile(path.posix.join(path.posix.dirname(file), spec));
        if (!target) throw new Error(`${file}: cannot resolve ${spec}`);
        visit(target);
      } else if (spec.startsWith('@care/')) {
        const [to, target] = resolveWorkspace(spec, all);
        edges.push({ from: owner(file), to, file });
        visit(target);
      }
    }
  };
  visit(entry);
  return { files, edges };
}

/** Every file under a folder (repository paths), without node_modules. */
export function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : filesUnder(rel);
    return [rel];
  });
}

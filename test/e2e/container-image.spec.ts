import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GATEWAY, SUBGRAPHS } from '@care/infra/dev/services';
import { parse } from 'yaml';
import {
  copiedFiles,
  dockerfileStages,
  entryOf,
  execForm,
  filesUnder,
  IMAGE_ROOT,
  makeContextFilter,
  moduleGraph,
  ROOT,
  stageChain,
  workspaceClosure,
  workspacePackages,
  type Instruction,
} from './workspace-image';
import { renderKustomization } from './kustomize';

/**
 * No Docker engine runs here, so the image is checked by reading what builds it: the Dockerfile, the
 * build context .dockerignore leaves, the workspace manifests and the modules each start command loads.
 */
const stages = dockerfileStages();
const final = stages.at(-1)!;
const chain = stageChain(stages, final.name);
const all = workspacePackages();
const ignored = makeContextFilter();
const installAt = chain.findIndex((i) => i.op === 'RUN' && /\bpnpm install\b/.test(i.args));
const beforeInstall = chain.slice(0, installAt);
const copiedBeforeInstall = new Set(beforeInstall.filter((i) => i.op === 'COPY').flatMap(copiedFiles));
const runtimePackages = [GATEWAY, ...SUBGRAPHS].map((s) => `@care/${s.name}`);

/** Every command the image is started with: its CMD, docker-compose.yml and the Kubernetes manifests. */
function startCommands(): { where: string; cwd: string; argv: string[] }[] {
  const workdir = chain.filter((i) => i.op === 'WORKDIR').at(-1)?.args ?? '/';
  const cmd = chain.filter((i) => i.op === 'CMD').at(-1);
  const commands = [{ where: 'Dockerfile CMD', cwd: workdir, argv: cmd ? execForm(cmd.args) : [] }];
  const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
    services: Record<string, { build?: unknown; command?: string[] }>;
  };
  for (const [name, s] of Object.entries(compose.services)) {
    if (s.build !== undefined) {
      commands.push({ where: `compose ${name}`, cwd: workdir, argv: s.command ?? commands[0]!.argv });
    }
  }
  for (const overlay of ['dev', 'prod']) {
    for (const d of renderKustomization(`infra/k8s/overlays/${overlay}`)) {
      if (d.kind !== 'Deployment') continue;
      for (const c of d.spec.template.spec.containers) {
        commands.push({
          where: `k8s ${overlay} ${d.metadata.name}`,
          cwd: c.workingDir ?? workdir,
          argv: [...(c.command ?? []), ...(c.args ?? [])],
        });
      }
    }
  }
  return commands;
}

describe('the container image (Dockerfile)', () => {
  it('installs with the workspace manifests of every package the services and the gateway need', () => {
    const needed = workspaceClosure(runtimePackages, all);
    // The services' own dependencies, through workspace:* versions (contracts, messaging, service-kit ...).
    expect([...needed]).toEqual(
      expect.arrayContaining(['@care/contracts', '@care/messaging', '@care/service-kit', '@care/calendar']),
    );
    const missing = [...needed].filter((n) => !copiedBeforeInstall.has(`${all.get(n)!.dir}/package.json`));
    expect(missing).toEqual([]);
  });

  it('installs the whole workspace the lockfile was written for, with the lockfile frozen', () => {
    expect(installAt).toBeGreaterThan(0);
    expect(chain[installAt]!.args).toMatch(/pnpm install --frozen-lockfile/);
    for (const file of ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml']) {
      expect(copiedBeforeInstall).toContain(file);
    }
    const lock = parse(readFileSync(path.join(ROOT, 'pnpm-lock.yaml'), 'utf8')) as {
      importers: Record<string, unknown>;
    };
    const importers = Object.keys(lock.importers)
      .filter((k) => k !== '.')
      .map((k) => `${k}/package.json`);
    expect([...copiedBeforeInstall].filter((f) => f.endsWith('/package.json')).sort()).toEqual(
      [...all.values()].map((p) => `${p.dir}/package.json`).sort(),
    );
    expect(importers.sort()).toEqual([...all.values()].map((p) => `${p.dir}/package.json`).sort());
  });

  it("runs package.json's pnpm version (another one would be fetched at start-up)", () => {
    const install = beforeInstall.find((i) => i.op === 'RUN' && /npm install -g/.test(i.args));
    expect(install?.args).toContain("require('./package.json').packageManager");
    expect(copiedBeforeInstall).toContain('package.json');
  });

  it('copies the sources after the install, and runs them as a non-root user in production mode', () => {
    const copyAll = chain.findIndex(
      (i, n) => n > installAt && i.op === 'COPY' && /^\.\s+\.\/?$/.test(i.args),
    );
    expect(copyAll).toBeGreaterThan(installAt);
    const user = final.instructions.filter((i) => i.op === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user!.split(':')[0]);
    const env = final.instructions
      .filter((i: Instruction) => i.op === 'ENV')
      .map((i) => i.args)
      .join(' ');
    expect(env).toMatch(/\bNODE_ENV=production\b/);
    expect(final.from).not.toMatch(/:latest$/);
    expect(stages[0]!.from).toMatch(/^node:\d+(\.\d+)*-/);
  });

  it('keeps local secrets and installed modules out of the build context, and every source in it', () => {
    expect(ignored('.env')).toBe(true);
    expect(ignored('services/complaints/.env')).toBe(true);
    expect(ignored('services/complaints/.env.example')).toBe(false);
    expect(ignored('node_modules/x/index.js')).toBe(true);
    expect(ignored('gateway/node_modules/x/index.js')).toBe(true);
    expect(ignored('.git/HEAD')).toBe(true);
    const keptOut = [...workspaceClosure(runtimePackages, all)]
      .flatMap((n) => filesUnder(all.get(n)!.dir))
      .filter((f) => !/(^|\/)\.env(\.|$)/.test(f) || f.endsWith('.env.example'))
      .filter((f) => !/(^|\/)(\.turbo|coverage|dist|\.data)\//.test(f) && !f.endsWith('.log'))
      .filter(ignored);
    expect(keptOut).toEqual([]);
    expect(ignored('gateway/supergraph.graphql')).toBe(false);
  });

  const commands = startCommands();
  it('is started by the Dockerfile, compose (five services) and Kubernetes (five per overlay)', () => {
    expect(commands.filter((c) => c.where.startsWith('compose'))).toHaveLength(5);
    expect(commands.filter((c) => c.where.startsWith('k8s'))).toHaveLength(10);
  });

  it.each(commands.map((c) => [c.where, c] as const))(
    '%s: every @care/* import its entry point reaches is an installed, copied, declared package',
    (_where, command) => {
      const entry = entryOf(command.cwd, command.argv, all);
      expect(command.cwd.startsWith(IMAGE_ROOT)).toBe(true);
      const graph = moduleGraph(entry, all);
      const reached = new Set(graph.edges.map((e) => e.to));
      expect(reached.size).toBeGreaterThan(0);
      for (const name of reached) {
        expect(copiedBeforeInstall).toContain(`${all.get(name)!.dir}/package.json`);
      }
      // pnpm links a workspace package only into the packages that declare it.
      const undeclared = graph.edges.filter((e) => {
        const from = all.get(e.from);
        const deps = { ...from?.manifest.dependencies, ...from?.manifest.devDependencies };
        return e.from !== e.to && !deps[e.to];
      });
      expect(undeclared).toEqual([]);
      expect([...graph.files].filter(ignored)).toEqual([]);
    },
  );
});

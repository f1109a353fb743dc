import madge from 'madge';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** Every workspace's own code: services/<name>/src, packages/<name>/src and gateway/src. */
const SOURCES = [
  ...['services', 'packages'].flatMap((group) =>
    readdirSync(path.join(root, group)).map((name) => path.join(root, group, name, 'src')),
  ),
  path.join(root, 'gateway', 'src'),
].filter((dir) => existsSync(dir));

/**
 * The import graph of `dirs`; workspace packages (@care/*) resolve to their sources and are followed. A
 * package's subpath entry (package.json `exports`, e.g. @care/service-kit/stateless) resolves through the
 * root tsconfig's `paths`: madge does not read `exports`.
 */
function importGraph(dirs: string[], baseDir: string) {
  const options: madge.MadgeConfig & { detectiveOptions: object } = {
    baseDir,
    fileExtensions: ['ts'],
    tsConfig: path.join(root, 'tsconfig.json'),
    excludeRegExp: [/node_modules/, /\.d\.ts$/],
    // A type-only import ties two files together as much as any other: a circle of them counts.
    detectiveOptions: { ts: { skipTypeImports: false }, es6: { skipTypeImports: false } },
  };
  return madge(dirs, options);
}

describe('import circles', () => {
  it('are found, even when made of type-only imports', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'import-cycles-'));
    try {
      writeFileSync(path.join(dir, 'a.ts'), "import type { B } from './b';\nexport interface A { b: B }\n");
      writeFileSync(path.join(dir, 'b.ts'), "import type { A } from './a';\nexport interface B { a?: A }\n");
      writeFileSync(path.join(dir, 'c.ts'), "import type { A } from './a';\nexport type C = A;\n");
      const graph = await importGraph([dir], dir);
      expect(graph.circular()).toEqual([['a.ts', 'b.ts']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('are none in services, packages and the gateway', async () => {
    const graph = await importGraph(SOURCES, root);
    const modules = Object.keys(graph.obj());
    // The graph really is the code base, followed across packages (not an empty or unresolved one).
    expect(modules).toEqual(
      expect.arrayContaining([
        'services/complaints/src/domain/complaint.ts',
        'packages/domain-kernel/src/index.ts',
        'gateway/src/main.ts',
      ]),
    );
    expect(graph.obj()['services/customers-and-loyalty/src/domain/access.ts']).toEqual([
      'packages/domain-kernel/src/index.ts',
    ]);
    expect(graph.warnings().skipped).toEqual([]);
    expect(graph.circular()).toEqual([]);
  }, 120_000);
});

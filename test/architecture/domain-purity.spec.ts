import { ESLint, type Linter } from 'eslint';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * DESIGN.md convention 2: `services/<service>/src/domain/` is pure, and the lint rule that says so must
 * fire. jest runs without `--experimental-vm-modules`, so ESLint cannot import() `eslint.config.mjs` on its
 * own here; jest's transform loads that same file and ESLint is handed its contents.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../eslint.config.mjs').default as Linter.Config[];
const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });

/** The sources the purity rule refuses in `code`, as "line: source". */
async function refusedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => `${m.line}: ${/^'([^']+)'/.exec(m.message)?.[1]}`);
}

const DOMAIN_FILE = 'services/complaints/src/domain/x.ts';

describe('the purity rule for domain/', () => {
  it.each([
    '@care/service-kit',
    '@care/messaging',
    '@care/contracts',
    '@care/testing',
    'typeorm',
    'pg',
    'graphql',
    '@apollo/subgraph',
    'nats',
    '@nats-io/jetstream',
    'jose',
    'zod',
    'express',
    '../persistence/complaint-repository',
    '../application/ports',
  ])('refuses %s in a domain file', async (source) => {
    expect(await refusedImports(`import * as m from '${source}';\nexport { m };\n`, DOMAIN_FILE)).toEqual([
      `1: ${source}`,
    ]);
  });

  it('refuses type-only imports and re-exports too, in every service', async () => {
    const code = [
      "import type { Role } from '@care/service-kit';",
      "import type { DataSource } from 'typeorm';",
      "export { DomainError } from '@care/service-kit';",
      'export type Both = [Role, DataSource];',
    ].join('\n');
    for (const service of ['complaints', 'customers-and-loyalty', 'approvals', 'governance']) {
      expect(await refusedImports(code, `services/${service}/src/domain/rules/x.ts`)).toEqual([
        '1: @care/service-kit',
        '2: typeorm',
        '3: @care/service-kit',
      ]);
    }
  });

  it('allows other domain files, @care/calendar, @care/domain-kernel, decimal.js and node:*', async () => {
    const code = [
      "import type { Complaint } from './complaint';",
      "import type { WorkingCalendar } from '@care/calendar';",
      "import type { Role } from '@care/domain-kernel';",
      "import { Decimal } from 'decimal.js';",
      "import { randomUUID } from 'node:crypto';",
      'export type All = [Complaint, WorkingCalendar, Role, Decimal, typeof randomUUID];',
    ].join('\n');
    expect(await refusedImports(code, DOMAIN_FILE)).toEqual([]);
  });

  it('leaves the edges alone: application/ may use the kit', async () => {
    const code = "import { requireRole } from '@care/service-kit';\nexport { requireRole };\n";
    expect(await refusedImports(code, 'services/complaints/src/application/x.ts')).toEqual([]);
  });

  it('keeps @care/domain-kernel free of any dependency, even the standard library', async () => {
    const code = "import { ROLES } from './roles';\nimport { z } from 'zod';\nimport os from 'node:os';\n";
    expect(await refusedImports(code, 'packages/domain-kernel/src/x.ts')).toEqual(['2: zod', '3: node:os']);
  });

  it('holds for every domain file there is', async () => {
    // lintFiles() would glob through a dynamic import as well: list the files here and lint their text.
    const files = [
      ...readdirSync(path.join(root, 'services')).map((s) => `services/${s}/src/domain`),
      'packages/domain-kernel/src',
    ].flatMap((dir) =>
      existsSync(path.join(root, dir))
        ? readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
            .filter((f) => f.endsWith('.ts'))
            .map((f) => path.join(dir, f))
        : [],
    );
    expect(files.length).toBeGreaterThan(30);
    const refused: string[] = [];
    for (const file of files) {
      const code = readFileSync(path.join(root, file), 'utf8');
      refused.push(...(await refusedImports(code, file)).map((r) => `${file}:${r}`));
    }
    expect(refused).toEqual([]);
  });
});

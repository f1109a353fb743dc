import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tierSchema } from '@care/contracts';
import { DEPARTMENTS } from '@care/domain-kernel';
import { Kind, parse, print, type EnumTypeDefinitionNode } from 'graphql';
import { loadTypeDefs, parseSubgraphSdl, SDL_FOLDER, SHARED_SDL_FOLDER, subgraphSdlFiles } from './sdl';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'sdl-files-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A service package folder holding `files` (path relative to the package -> text). */
function servicePackage(files: Record<string, string>): string {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const typeNames = (serviceDir: string) =>
  loadTypeDefs(serviceDir)
    .definitions.filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION)
    .map((d) => d.name.value);

describe('a subgraph SDL', () => {
  it('is the .graphql files of src/graphql/schema/, in file-name order, read after the common SDL', () => {
    const dir = servicePackage({
      'src/graphql/schema/02-query.graphql': 'type Query {\n  thing: Thing\n}\n',
      'src/graphql/schema/01-thing.graphql': 'type Thing @key(fields: "id") {\n  id: ID!\n}\n',
      'src/graphql/schema/README.md': 'not SDL',
    });
    expect(subgraphSdlFiles(dir)).toEqual([
      path.join(dir, SDL_FOLDER, '01-thing.graphql'),
      path.join(dir, SDL_FOLDER, '02-query.graphql'),
    ]);
    expect(typeNames(dir)).toEqual(['Thing', 'Query']);
    const document = loadTypeDefs(dir);
    // The common start comes first: the Federation @link before the service's own types.
    expect(print(document.definitions[0]!)).toContain('@link(url: "https://specs.apollo.dev/federation/');
    expect(print(document)).toBe(print(parseSubgraphSdl(subgraphSdlFiles(dir))));
  });

  it('refuses a service without the SDL folder, also when it has a lone schema.graphql', () => {
    const dir = servicePackage({ 'src/graphql/schema.graphql': 'type Query {\n  one: Int\n}\n' });
    expect(() => subgraphSdlFiles(dir)).toThrow(/has no SDL folder/);
  });

  it('refuses an SDL folder without a .graphql file', () => {
    const dir = servicePackage({ 'src/graphql/schema/notes.txt': '' });
    expect(() => subgraphSdlFiles(dir)).toThrow(/holds no \.graphql file/);
  });

  describe('with the shared types', () => {
    const shared = () =>
      servicePackage({
        'shared/tier.graphql': 'enum Tier {\n  GOLD\n}\n',
        'shared/region.graphql': 'enum Region {\n  NORTH\n}\n',
      });
    const sharedFile = (name: string) => path.join(root, 'shared', name);

    it('adds, after its own files, the shared file of each type the service names without defining it', () => {
      const dir = servicePackage({
        'src/graphql/schema/01-customer.graphql': 'type Customer {\n  tier: Tier!\n}\n',
        'src/graphql/schema/02-query.graphql': 'type Query {\n  customers(tier: [Tier!]): [Customer!]\n}\n',
      });
      shared();
      expect(subgraphSdlFiles(dir, path.join(root, 'shared'))).toEqual([
        path.join(dir, SDL_FOLDER, '01-customer.graphql'),
        path.join(dir, SDL_FOLDER, '02-query.graphql'),
        sharedFile('tier.graphql'),
      ]);
    });

    it('leaves out a shared type the service defines itself or does not name', () => {
      const dir = servicePackage({
        'src/graphql/schema/01-customer.graphql':
          'enum Tier {\n  GOLD\n}\n\ntype Customer {\n  tier: Tier!\n}\n\ntype Query {\n  customer: Customer\n}\n',
      });
      shared();
      expect(subgraphSdlFiles(dir, path.join(root, 'shared'))).toEqual([
        path.join(dir, SDL_FOLDER, '01-customer.graphql'),
      ]);
    });

    const sharedEnum = (file: string, name: string) => {
      const document = parse(readFileSync(path.join(SHARED_SDL_FOLDER, file), 'utf8'));
      const definition = document.definitions.find(
        (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name,
      );
      return definition?.values?.map((v) => v.name.value);
    };

    it('spells the shared enums as the domain kernel and the event contracts do', () => {
      expect(sharedEnum('company-department.graphql', 'CompanyDepartment')).toEqual([...DEPARTMENTS]);
      expect(sharedEnum('tier.graphql', 'Tier')).toEqual(tierSchema.options);
    });
  });
});

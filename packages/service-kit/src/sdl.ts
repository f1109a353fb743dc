import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentNode } from 'graphql';
import { Kind, parse, visit } from 'graphql';

/*
 * Where a subgraph's SDL lives, for every reader of it: the service (loadTypeDefs), the code generator
 * (codegen.ts), `pnpm compose` and the contract tests. Imports only node:* and graphql, so the codegen
 * configuration can load it on its own.
 */

/** The SDL every subgraph's schema starts with: the Federation version and the @bounds directive. */
export const COMMON_SDL_FILE = path.join(__dirname, 'graphql', 'common.graphql');

/** A service's SDL folder, relative to its package: one `*.graphql` file per area, read in file-name order. */
export const SDL_FOLDER = path.join('src', 'graphql', 'schema');

/**
 * The types several subgraphs share (packages/contracts/src/graphql), one `*.graphql` file each: in
 * federation a type two subgraphs define must be the same in both, so it is written once.
 */
export const SHARED_SDL_FOLDER = path.join(path.dirname(require.resolve('@care/contracts')), 'graphql');

const graphqlFilesIn = (folder: string): string[] =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => path.join(folder, name));

const readSdl = (files: readonly string[]): DocumentNode =>
  parse(files.map((file) => readFileSync(file, 'utf8')).join('\n'));

/** The names a document gives its own types, and the type names it refers to. */
function typeNames(document: DocumentNode): { defined: Set<string>; named: Set<string> } {
  const defined = new Set<string>();
  const named = new Set<string>();
  for (const definition of document.definitions)
    if ('name' in definition && definition.name && definition.kind !== Kind.DIRECTIVE_DEFINITION)
      defined.add(definition.name.value);
  visit(document, { NamedType: (node) => void named.add(node.name.value) });
  return { defined, named };
}

/** The shared files (of `sharedFolder`) that define a type the service's files name without defining it. */
function sharedFilesFor(files: readonly string[], sharedFolder: string): string[] {
  const service = typeNames(readSdl(files));
  const wanted = (name: string) => service.named.has(name) && !service.defined.has(name);
  return graphqlFilesIn(sharedFolder).filter((file) => [...typeNames(readSdl([file])).defined].some(wanted));
}

/**
 * The SDL files of the service whose package folder is `serviceDir`, in the order they are read (after
 * COMMON_SDL_FILE): the `*.graphql` files of src/graphql/schema/ by file name, then the shared type files
 * (SHARED_SDL_FOLDER) of the types those name without defining them.
 */
export function subgraphSdlFiles(serviceDir: string, sharedFolder = SHARED_SDL_FOLDER): string[] {
  const folder = path.join(serviceDir, SDL_FOLDER);
  if (!existsSync(folder)) throw new Error(`${serviceDir} has no SDL folder ${SDL_FOLDER}`);
  const files = graphqlFilesIn(folder);
  if (files.length === 0) throw new Error(`${folder} holds no .graphql file`);
  return [...files, ...sharedFilesFor(files, sharedFolder)];
}

/**
 * A subgraph's SDL as it is served and composed: the kit's common SDL, then `files` (a service's
 * subgraphSdlFiles), one after the other.
 */
export function parseSubgraphSdl(files: readonly string[]): DocumentNode {
  return readSdl([COMMON_SDL_FILE, ...files]);
}

/** The SDL the service at `serviceDir` serves; `pnpm compose` reads the same files (parseSubgraphSdl). */
export function loadTypeDefs(serviceDir: string): DocumentNode {
  return parseSubgraphSdl(subgraphSdlFiles(serviceDir));
}

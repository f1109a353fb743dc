import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentNode } from 'graphql';
import { parse } from 'graphql';

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
 * The SDL files of the service whose package folder is `serviceDir`, in the order they are read (after
 * COMMON_SDL_FILE): the `*.graphql` files of src/graphql/schema/ by file name.
 */
export function subgraphSdlFiles(serviceDir: string): string[] {
  const folder = path.join(serviceDir, SDL_FOLDER);
  if (!existsSync(folder)) throw new Error(`${serviceDir} has no SDL folder ${SDL_FOLDER}`);
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => path.join(folder, name));
  if (files.length === 0) throw new Error(`${folder} holds no .graphql file`);
  return files;
}

/**
 * A subgraph's SDL as it is served and composed: the kit's common SDL, then `files` (a service's
 * subgraphSdlFiles), one after the other.
 */
export function parseSubgraphSdl(files: readonly string[]): DocumentNode {
  return parse([COMMON_SDL_FILE, ...files].map((file) => readFileSync(file, 'utf8')).join('\n'));
}

/** The SDL the service at `serviceDir` serves; `pnpm compose` reads the same files (parseSubgraphSdl). */
export function loadTypeDefs(serviceDir: string): DocumentNode {
  return parseSubgraphSdl(subgraphSdlFiles(serviceDir));
}

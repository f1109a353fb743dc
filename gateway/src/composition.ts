import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSchema } from 'graphql';
import { parseSubgraphSdl, subgraphSdlFiles } from '@care/service-kit/stateless';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SUPERGRAPH_CONFIG = path.join(REPO_ROOT, 'supergraph.yaml');
export const SUPERGRAPH_FILE = path.join(REPO_ROOT, 'gateway', 'supergraph.graphql');
/** The client-facing schema: the supergraph's API schema, without federation's directives and types. */
export const CLIENT_SCHEMA_FILE = path.join(REPO_ROOT, 'docs', 'schema.graphql');

const supergraphConfig = z.object({
  federation_version: z.string().optional(),
  subgraphs: z.record(z.string(), z.object({ routing_url: z.url(), service: z.string() })),
});

export interface SubgraphSource {
  name: string;
  url: string;
  /** The subgraph's SDL files, absolute, in the order they are read (the kit's subgraphSdlFiles). */
  files: string[];
}

/**
 * The subgraphs named in supergraph.yaml, with the SDL files of each one's package folder. The files are
 * read as their service serves them: after the kit's common SDL (parseSubgraphSdl, as loadTypeDefs).
 */
export function readSubgraphs(configPath = SUPERGRAPH_CONFIG): SubgraphSource[] {
  const config = supergraphConfig.parse(parseYaml(readFileSync(configPath, 'utf8')));
  return Object.entries(config.subgraphs).map(([name, s]) => ({
    name,
    url: s.routing_url,
    files: subgraphSdlFiles(path.resolve(path.dirname(configPath), s.service)),
  }));
}

export interface Composition {
  /** The supergraph SDL the gateway routes with (`join__`/`link__` directives included). */
  supergraphSdl: string;
  /** The API schema clients see, printed by graphql-js. */
  clientSdl: string;
}

/** Composes the subgraphs; throws with every composition error when it fails. */
export function compose(subgraphs: SubgraphSource[] = readSubgraphs()): Composition {
  const result = composeServices(
    subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parseSubgraphSdl(s.files) })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  const apiSchema = result.schema.toAPISchema().toGraphQLJSSchema();
  return {
    supergraphSdl: `${result.supergraphSdl.trimEnd()}\n`,
    clientSdl: `${printSchema(apiSchema).trimEnd()}\n`,
  };
}

/** Composes the supergraph SDL; throws with every composition error when it fails. */
export function composeSupergraph(subgraphs: SubgraphSource[] = readSubgraphs()): string {
  return compose(subgraphs).supergraphSdl;
}

/** The client-facing schema SDL, printed from the composed supergraph's API schema. */
export function composeClientSchema(subgraphs: SubgraphSource[] = readSubgraphs()): string {
  return compose(subgraphs).clientSdl;
}

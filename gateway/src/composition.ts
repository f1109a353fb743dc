import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SUPERGRAPH_CONFIG = path.join(REPO_ROOT, 'supergraph.yaml');
export const SUPERGRAPH_FILE = path.join(REPO_ROOT, 'gateway', 'supergraph.graphql');

const supergraphConfig = z.object({
  federation_version: z.string().optional(),
  subgraphs: z.record(z.string(), z.object({ routing_url: z.url(), schema: z.object({ file: z.string() }) })),
});

export interface SubgraphSource {
  name: string;
  url: string;
  file: string;
}

/** The subgraphs named in supergraph.yaml, with their SDL file paths made absolute. */
export function readSubgraphs(configPath = SUPERGRAPH_CONFIG): SubgraphSource[] {
  const config = supergraphConfig.parse(parseYaml(readFileSync(configPath, 'utf8')));
  return Object.entries(config.subgraphs).map(([name, s]) => ({
    name,
    url: s.routing_url,
    file: path.resolve(path.dirname(configPath), s.schema.file),
  }));
}

/** Composes the supergraph SDL; throws with every composition error when it fails. */
export function composeSupergraph(subgraphs: SubgraphSource[] = readSubgraphs()): string {
  const result = composeServices(
    subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(readFileSync(s.file, 'utf8')) })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}

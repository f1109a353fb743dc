import { readFileSync } from 'node:fs';
import { Kind, parse, print } from 'graphql';
import type { App } from 'supertest/types';
import { dataOf, gql } from './gql';

/**
 * The federation contract of a subgraph: `_service { sdl }` is the SDL the supergraph is composed from
 * (the service's SDL files, from the kit's subgraphSdlFiles, after its common SDL, which holds no types),
 * and `_entities` resolves a representation of each of its `@key` entities.
 */
export async function checkSubgraphContract(
  app: App,
  token: string,
  options: {
    sdlFile: string | readonly string[];
    representation: Record<string, unknown>;
    selection: string;
  },
): Promise<{ sdl: string; entity: unknown }> {
  const sdl = dataOf(await gql<{ _service: { sdl: string } }>(app, '{ _service { sdl } }', {}, { token }))
    ._service.sdl;
  const entities = dataOf(
    await gql<{ _entities: unknown[] }>(
      app,
      `query($r: [_Any!]!) { _entities(representations: $r) { ${options.selection} } }`,
      { r: [options.representation] },
      { token },
    ),
  )._entities;
  return { sdl, entity: entities[0] };
}

/**
 * The federation contract test of a subgraph (checkSubgraphContract): its `_service { sdl }` has the types
 * of its SDL files (the kit's subgraphSdlFiles) and `entity`'s type as a `@key(fields: "id")` entity, and
 * `_entities` resolves `entity` with `fields`. Answers what it resolved, for the test to check.
 */
export async function expectSubgraphContract(
  app: App,
  token: string,
  options: { sdlFiles: readonly string[]; entity: { __typename: string; id: string }; fields: string },
): Promise<unknown> {
  const type = options.entity.__typename;
  const { sdl, entity } = await checkSubgraphContract(app, token, {
    sdlFile: options.sdlFiles,
    representation: options.entity,
    selection: `... on ${type} { ${options.fields} }`,
  });
  expect(typeShapes(sdl)).toEqual(fileTypeShapes(options.sdlFiles));
  expect(sdl).toMatch(new RegExp(`type ${type}\\s+@key\\(fields: "id"\\)`));
  return entity;
}

/** Type name -> its field (or enum value) names, for the types an SDL document defines. */
export function typeShapes(sdl: string): Record<string, string[]> {
  const shapes: Record<string, string[]> = {};
  for (const def of parse(sdl).definitions) {
    if (def.kind === Kind.DIRECTIVE_DEFINITION || !('name' in def) || !def.name) continue;
    const name = def.name.value;
    if (name.startsWith('_') || name.startsWith('federation__') || name.startsWith('link__')) continue;
    const members =
      'fields' in def && def.fields
        ? def.fields.map((f) => f.name.value)
        : 'values' in def && def.values
          ? def.values.map((v) => v.name.value)
          : [];
    shapes[name] = [...(shapes[name] ?? []), ...members.filter((m) => !m.startsWith('_'))].sort();
  }
  return shapes;
}

/**
 * The shapes of the SDL a supergraph is composed from: one file, or a service's files in the order the
 * kit's subgraphSdlFiles lists them.
 */
export function fileTypeShapes(files: string | readonly string[]): Record<string, string[]> {
  const sdl = (typeof files === 'string' ? [files] : files).map((f) => readFileSync(f, 'utf8')).join('\n');
  return typeShapes(print(parse(sdl)));
}

/*
 * The one GraphQL Code Generator configuration every subgraph uses: resolver types for a federated
 * schema read from the service's SDL files (sdl.ts: src/graphql/schema/*.graphql after the kit's
 * graphql/common.graphql, as loadTypeDefs reads them), written to
 * src/graphql/__generated__/resolvers-types.ts, with the context from src/graphql/context.ts. A
 * service's codegen.ts names only its mappers (the domain type each GraphQL object is resolved from),
 * relative to the generated file. The codegen CLI runs in the service's folder.
 *
 * Imports only sdl.ts (the codegen CLI loads it on its own, outside any service) and is typed by shape,
 * so the kit does not depend on the code generator.
 */
import { COMMON_SDL_FILE, subgraphSdlFiles } from './sdl';

/** How a custom scalar looks in TypeScript: one type, or different types for input and output. */
export type ScalarType = string | { input: string; output: string };

/**
 * The TypeScript type of each of the kit's scalars (scalars.ts). A schema that does not declare a
 * scalar leaves it out of its generated types.
 */
export const SCALAR_TYPES: Readonly<Record<string, ScalarType>> = {
  DateTime: 'Date',
  Date: 'string',
  Decimal: 'string',
  UUID: 'string',
  EmailAddress: 'string',
  JSONObject: 'Record<string, unknown>',
  SafeInt: 'number',
};

export interface SubgraphCodegenOptions {
  /** GraphQL type name -> `'../../domain/<file>#<Type>'` (relative to the generated file). */
  mappers: Record<string, string>;
  /** Only where a service's scalar differs from SCALAR_TYPES. */
  scalars?: Record<string, ScalarType>;
}

/** The shape `graphql-codegen --config codegen.ts` reads as the default export. */
export interface CodegenConfig {
  schema: string[];
  generates: Record<string, { plugins: string[]; config: Record<string, unknown> }>;
}

export function subgraphCodegen({ mappers, scalars = {} }: SubgraphCodegenOptions): CodegenConfig {
  return {
    schema: [COMMON_SDL_FILE, ...subgraphSdlFiles(process.cwd())],
    generates: {
      'src/graphql/__generated__/resolvers-types.ts': {
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useIndexSignature: true,
          enumsAsTypes: true,
          contextType: '../context#Context',
          mapperTypeSuffix: 'Model',
          mappers,
          scalars: { ...SCALAR_TYPES, ...scalars },
        },
      },
    },
  };
}

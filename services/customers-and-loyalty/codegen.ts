import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'src/graphql/schema.graphql',
  generates: {
    'src/graphql/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        enumsAsTypes: true,
        contextType: '../context#Context',
        mapperTypeSuffix: 'Model',
        mappers: { Customer: '../../domain/customer#Customer' },
        scalars: { DateTime: 'Date', EmailAddress: 'string' },
      },
    },
  },
};

export default config;

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
        mappers: { AuditEntry: '../../domain/audit-entry#AuditEntry' },
        scalars: { DateTime: 'Date', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;

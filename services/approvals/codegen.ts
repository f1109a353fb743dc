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
        mappers: {
          ApprovalRequest: '../../domain/approval-request#ApprovalRequest',
          Delegation: '../../domain/delegation#Delegation',
          Payment: '../../domain/payment#Payment',
        },
        scalars: { DateTime: 'Date', Decimal: 'string' },
      },
    },
  },
};

export default config;

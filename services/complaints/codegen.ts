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
          Complaint: '../../domain/complaint#Complaint',
          Customer: '../../domain/complaint#CustomerRef',
          Sla: '../../domain/sla#SlaState',
          Solution: '../../domain/complaint#Solution',
          FollowUp: '../../domain/complaint#FollowUp',
          TimelineEntry: '../../domain/complaint#TimelineEntry',
          ComplaintStats: '../../application/ports#StatsRow',
        },
        scalars: {
          DateTime: { input: 'Date', output: 'Date | string' },
          UUID: 'string',
          Decimal: 'string',
          Date: 'string',
        },
      },
    },
  },
};

export default config;

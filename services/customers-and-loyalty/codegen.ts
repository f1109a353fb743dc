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
          Customer: '../../domain/customer#Customer',
          Redemption: '../../application/ports#Redemption',
          Campaign: '../../domain/campaign#Campaign',
          CampaignInteraction: '../../application/ports#Interaction',
          LedgerEntry: '../../domain/points#LedgerEntry',
          TierProposal: '../../application/ports#TierProposal',
          CustomerChange: '../../domain/customer-change#CustomerChange',
          CustomerChangeFields: '../../domain/customer#ProfileChanges',
          Purchase: '../../application/ports#Purchase',
          Discount: '../../domain/discount#Discount',
          Freeze: '../../domain/freeze#Freeze',
          Consent: '../../application/ports#Consent',
          TierPolicy: '../../domain/policy#LoyaltyPolicy',
          IdentityVerification: '../../domain/customer#IdentityVerification',
        },
        scalars: { DateTime: 'Date', EmailAddress: 'string', Decimal: 'string', Date: 'string' },
      },
    },
  },
};

export default config;

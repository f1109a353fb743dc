import { subgraphCodegen } from '@care/service-kit/codegen';

export default subgraphCodegen({
  mappers: {
    Customer: '../../domain/customer#Customer',
    Redemption: '../../domain/redemption#Redemption',
    Campaign: '../../domain/campaign#Campaign',
    CampaignInteraction: '../../domain/campaign#Interaction',
    LedgerEntry: '../../domain/points#LedgerEntry',
    PointsDraw: '../../domain/points#PointsDraw',
    PointsExpiry: '../../domain/points#PointsExpiry',
    PointsLiability: '../../application/points-liability#PointsLiability',
    PointsExpiryMonth: '../../application/points-liability#PointsExpiryMonth',
    TierProposal: '../../domain/tier#TierProposal',
    CustomerChange: '../../domain/customer-change#CustomerChange',
    CustomerChangeFields: '../../domain/customer#ProfileChanges',
    Purchase: '../../domain/purchase#Purchase',
    Discount: '../../domain/discount#Discount',
    Freeze: '../../domain/freeze#Freeze',
    Consent: '../../domain/consent#Consent',
    TierPolicy: '../../domain/policy#LoyaltyPolicy',
    IdentityVerification: '../../domain/customer#IdentityVerification',
  },
});

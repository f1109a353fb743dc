import { z } from 'zod';
import { serviceEvents } from '../define';
import {
  approvalReferenceSchema,
  currencySchema,
  decimalSchema,
  tierSchema,
  timestampSchema,
} from './shared';

const event = serviceEvents('loyalty');

export const customerRegistered = event('customer', 'registered', {
  description: 'A customer was registered. Carries no personal data: read the customer through the graph.',
  data: z.object({
    customerId: z.uuid(),
    tier: tierSchema,
    region: z.string().nullable().describe('ISO 3166 country or subdivision code, e.g. CN-GD'),
    registeredAt: timestampSchema,
  }),
  example: {
    customerId: '5f7d1c2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f',
    tier: 'MEMBER',
    region: 'CN-GD',
    registeredAt: '2026-03-02T02:00:00.000Z',
  },
});

export const tierChanged = event('tier', 'changed', {
  description:
    "A customer's tier changed: a confirmed January re-evaluation or an audited manual override (DOMAIN 2.1). " +
    'Complaints keeps a projection of tiers from it for its service levels.',
  data: z.object({
    customerId: z.uuid(),
    from: tierSchema,
    to: tierSchema,
    reason: z.enum(['EVALUATION', 'OVERRIDE']),
    evaluationYear: z.number().int().nullable().describe('The spend year that justified it, for EVALUATION'),
    annualSpend: decimalSchema.nullable(),
    effectiveAt: timestampSchema,
  }),
  example: {
    customerId: '5f7d1c2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f',
    from: 'GOLD',
    to: 'PLATINUM',
    reason: 'EVALUATION',
    evaluationYear: 2025,
    annualSpend: '231500.00',
    effectiveAt: '2026-01-12T02:00:00.000Z',
  },
});

export const redemptionRequested = event('redemption', 'requested', {
  description:
    'A points redemption was requested and its points locked; it waits for an approval (DOMAIN 2.3, 3.1): ' +
    'the approvals service opens a request routed by its value, and its `request.decided` event ' +
    '(reference: loyalty/redemption/<id>) completes or cancels it.',
  data: z.object({
    redemptionId: z.uuid(),
    customerId: z.uuid(),
    points: z.number().int().positive(),
    value: decimalSchema.describe('points x the point value, in yuan'),
    currency: currencySchema,
    requiredAuthority: z.enum(['LOYALTY_SUPERVISOR', 'GM']),
    requestedAt: timestampSchema,
    reference: approvalReferenceSchema
      .optional()
      .describe('What the approval decision must name: loyalty/redemption/<redemptionId>'),
  }),
  example: {
    redemptionId: '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b',
    customerId: '5f7d1c2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f',
    points: 600000,
    value: '6000.00',
    currency: 'CNY',
    requiredAuthority: 'GM',
    requestedAt: '2026-03-02T02:00:00.000Z',
  },
});

const CUSTOMER = '5f7d1c2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f';
const AT = '2026-03-02T02:00:00.000Z';
const ledgerKind = z.enum(['EARN', 'REDEEM', 'EXPIRE', 'ADJUST', 'COMPENSATE', 'REVERSE']);
const ledgerSource = z.enum([
  'PURCHASE',
  'CAMPAIGN',
  'COMPLAINT',
  'MANUAL',
  'REDEMPTION',
  'EXPIRY',
  'RETURN',
]);

export const customerUpdated = event('customer', 'updated', {
  description:
    'A customer record changed (directly or by an applied change request, DOMAIN 2.5). Names the changed ' +
    'fields only, never their values: read the customer through the graph.',
  data: z.object({
    customerId: z.uuid(),
    changedFields: z.array(z.string()),
    region: z.string().nullable(),
    updatedAt: timestampSchema,
  }),
  example: { customerId: CUSTOMER, changedFields: ['phone', 'tags'], region: 'CN-GD', updatedAt: AT },
});

export const consentChanged = event('consent', 'changed', {
  description:
    'A consent was given or withdrawn (privacy authorisation with its lawful basis, marketing e-mail, ' +
    'unsubscribe; DOMAIN 2.3, 2.7).',
  data: z.object({
    customerId: z.uuid(),
    kind: z.enum(['PRIVACY', 'MARKETING_EMAIL']),
    granted: z.boolean(),
    lawfulBasis: z.string().nullable(),
    recordedAt: timestampSchema,
  }),
  example: {
    customerId: CUSTOMER,
    kind: 'MARKETING_EMAIL',
    granted: false,
    lawfulBasis: null,
    recordedAt: AT,
  },
});

export const identityVerified = event('customer', 'identity_verified', {
  description: "A customer's identity was verified (real-name check, DOMAIN 2.3). Carries no document data.",
  data: z.object({ customerId: z.uuid(), verifiedAt: timestampSchema }),
  example: { customerId: CUSTOMER, verifiedAt: AT },
});

export const personalDataViewed = event('personal_data', 'viewed', {
  description:
    "Someone read customers' personal data unmasked (DOMAIN 2.7, 4.1): who is in the envelope's actor, " +
    'whose data and which fields here.',
  data: z.object({
    customerIds: z.array(z.uuid()).min(1),
    fields: z.array(z.enum(['birthday', 'email', 'phone'])).min(1),
    viewedAt: timestampSchema,
  }),
  example: { customerIds: [CUSTOMER], fields: ['email', 'phone'], viewedAt: AT },
});

export const customerChangeSubmitted = event('customer_change', 'submitted', {
  description:
    'A customer data change request was entered and verified by sales (DOMAIN 2.5); a second person must ' +
    'review it before it applies, answered within 2 working hours.',
  data: z.object({
    changeId: z.uuid(),
    customerId: z.uuid(),
    changedFields: z.array(z.string()),
    submittedAt: timestampSchema,
    dueAt: timestampSchema,
  }),
  example: {
    changeId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    customerId: CUSTOMER,
    changedFields: ['phone'],
    submittedAt: AT,
    dueAt: '2026-03-02T04:00:00.000Z',
  },
});

export const customerChangeReviewed = event('customer_change', 'reviewed', {
  description: 'A customer data change request was double-checked by its reviewer: applied or rejected.',
  data: z.object({
    changeId: z.uuid(),
    customerId: z.uuid(),
    outcome: z.enum(['APPLIED', 'REJECTED']),
    answeredAt: timestampSchema,
    onTime: z.boolean(),
    overdueAt: timestampSchema
      .nullable()
      .optional()
      .describe(
        'when customer_change.response_overdue announced it unanswered past its deadline; null when it was ' +
          'not (absent from events written before the field existed)',
      ),
  }),
  example: {
    changeId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    customerId: CUSTOMER,
    outcome: 'APPLIED',
    answeredAt: '2026-03-02T03:00:00.000Z',
    onTime: true,
    overdueAt: null,
  },
});

export const customerChangeResponseOverdue = event('customer_change', 'response_overdue', {
  description:
    'A customer data change request was still unanswered past its deadline of 2 working hours (DOMAIN 2.5), ' +
    'announced once. Governance turns it into a violation; the late answer, when it comes, is ' +
    'customer_change.reviewed with onTime false and this overdueAt.',
  data: z.object({
    changeId: z.uuid(),
    customerId: z.uuid(),
    changedFields: z.array(z.string()),
    enteredBy: z.string().describe('the entry clerk, who may not review it'),
    submittedAt: timestampSchema,
    dueAt: timestampSchema,
    overdueAt: timestampSchema.describe('when it was found unanswered past dueAt'),
  }),
  example: {
    changeId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    customerId: CUSTOMER,
    changedFields: ['phone'],
    enteredBy: 'sales-7',
    submittedAt: AT,
    dueAt: '2026-03-02T04:00:00.000Z',
    overdueAt: '2026-03-02T04:05:00.000Z',
  },
});

export const purchaseRecorded = event('purchase', 'recorded', {
  description: "A purchase counted towards the customer's annual spend (DOMAIN 2.1).",
  data: z.object({
    purchaseId: z.uuid(),
    customerId: z.uuid(),
    orderNumber: z.string(),
    amount: decimalSchema,
    currency: currencySchema,
    amountCny: decimalSchema,
    purchasedAt: timestampSchema,
  }),
  example: {
    purchaseId: '6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d',
    customerId: CUSTOMER,
    orderNumber: 'SO-2026-0042',
    amount: '1280.00',
    currency: 'CNY',
    amountCny: '1280.00',
    purchasedAt: AT,
  },
});

export const purchaseReturned = event('purchase', 'returned', {
  description: 'A return or refund reduced a purchase and so the annual spend of its year.',
  data: z.object({
    purchaseId: z.uuid(),
    customerId: z.uuid(),
    returnNumber: z.string(),
    amountCny: decimalSchema,
    returnedAt: timestampSchema,
  }),
  example: {
    purchaseId: '6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d',
    customerId: CUSTOMER,
    returnNumber: 'RT-2026-0007',
    amountCny: '280.00',
    returnedAt: AT,
  },
});

export const tierChangeProposed = event('tier', 'change_proposed', {
  description:
    'The January re-evaluation proposed a tier change with the spend that justifies it; internal control ' +
    'confirms or rejects it (DOMAIN 2.1).',
  data: z.object({
    proposalId: z.uuid(),
    customerId: z.uuid(),
    from: tierSchema,
    to: tierSchema,
    evaluationYear: z.number().int(),
    annualSpend: decimalSchema,
    policyVersion: z.number().int(),
    proposedAt: timestampSchema,
  }),
  example: {
    proposalId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
    customerId: CUSTOMER,
    from: 'GOLD',
    to: 'PLATINUM',
    evaluationYear: 2025,
    annualSpend: '231500.00',
    policyVersion: 1,
    proposedAt: '2026-01-05T02:00:00.000Z',
  },
});

const pointsData = z.object({
  entryId: z.uuid(),
  customerId: z.uuid(),
  kind: ledgerKind,
  points: z.number().int().describe('signed: credits positive, debits negative'),
  source: ledgerSource,
  sourceId: z.string().nullable(),
  balance: z.number().int().nonnegative().describe('the posted balance after the entry'),
  expiresAt: timestampSchema.nullable(),
  postedAt: timestampSchema,
});
const pointsExample = {
  entryId: '4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a',
  customerId: CUSTOMER,
  kind: 'EARN' as const,
  points: 1280,
  source: 'PURCHASE' as const,
  sourceId: 'SO-2026-0042',
  balance: 5280,
  expiresAt: '2028-03-31T16:00:00.000Z',
  postedAt: AT,
};

/** The four movements of the points ledger share one payload (DOMAIN 2.1). */
const pointsEvent = (name: string, description: string, example: z.input<typeof pointsData>) =>
  event('points', name, { description, data: pointsData, example });

export const pointsEarned = pointsEvent(
  'earned',
  'Points were credited: EARN (purchase, campaign) or COMPENSATE (a complaint compensation).',
  pointsExample,
);

export const pointsRedeemed = pointsEvent(
  'redeemed',
  'Locked points were debited for an approved redemption.',
  { ...pointsExample, kind: 'REDEEM', points: -1000, source: 'REDEMPTION', expiresAt: null },
);

export const pointsExpired = pointsEvent(
  'expired',
  'Points reached the end of their validity and were debited by the expiry job.',
  { ...pointsExample, kind: 'EXPIRE', points: -300, source: 'EXPIRY', expiresAt: null },
);

export const pointsAdjusted = pointsEvent(
  'adjusted',
  'Points were corrected: ADJUST (manual, with a reason) or REVERSE (a returned purchase).',
  { ...pointsExample, kind: 'REVERSE', points: -280, source: 'RETURN', expiresAt: null },
);

const redemptionOutcome = z.object({
  redemptionId: z.uuid(),
  customerId: z.uuid(),
  points: z.number().int().positive(),
  value: decimalSchema,
  currency: currencySchema,
  approvalRequestId: z.uuid().nullable(),
  decidedAt: timestampSchema,
});
const redemptionOutcomeExample = {
  redemptionId: '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b',
  customerId: CUSTOMER,
  points: 600000,
  value: '6000.00',
  currency: 'CNY',
  approvalRequestId: '7c6b5a49-3827-4f16-a5e4-d3c2b1a09f8e',
  decidedAt: '2026-03-03T06:00:00.000Z',
};

export const redemptionCompleted = event('redemption', 'completed', {
  description: 'An approved redemption was completed: its locked points were debited.',
  data: redemptionOutcome,
  example: redemptionOutcomeExample,
});

export const redemptionCancelled = event('redemption', 'cancelled', {
  description: 'A redemption was rejected or withdrawn: its locked points were released.',
  data: redemptionOutcome.extend({
    outcome: z.enum(['REJECTED', 'WITHDRAWN']),
    reason: z.string().nullable().describe("why, e.g. the approver's reason or a frozen account"),
  }),
  example: { ...redemptionOutcomeExample, outcome: 'REJECTED', reason: 'points anomaly under investigation' },
});

export const discountApprovalRequested = event('discount', 'approval_requested', {
  description:
    'A discount that needs an approval was requested (a Platinum discount needs the department head, ' +
    'DOMAIN 3.1); the approvals decision (reference: loyalty/discount/<id>) issues or refuses it.',
  data: z.object({
    discountId: z.uuid(),
    customerId: z.uuid(),
    kind: z.string(),
    tier: tierSchema,
    value: decimalSchema,
    currency: currencySchema,
    requiredAuthority: z.enum(['DEPARTMENT_HEAD']),
    reference: approvalReferenceSchema,
    requestedAt: timestampSchema,
  }),
  example: {
    discountId: '8b7a6f5e-4d3c-4b2a-9f8e-7d6c5b4a3f2e',
    customerId: CUSTOMER,
    kind: 'PLATINUM_EXCLUSIVE',
    tier: 'PLATINUM',
    value: '500.00',
    currency: 'CNY',
    requiredAuthority: 'DEPARTMENT_HEAD',
    reference: { service: 'loyalty', aggregate: 'discount', id: '8b7a6f5e-4d3c-4b2a-9f8e-7d6c5b4a3f2e' },
    requestedAt: AT,
  },
});

export const discountIssued = event('discount', 'issued', {
  description: 'A discount was issued after the automatic check against purchase records (DOMAIN 2.3).',
  data: z.object({
    discountId: z.uuid(),
    customerId: z.uuid(),
    kind: z.string(),
    tier: tierSchema,
    period: z.string().nullable().describe('e.g. 2026-Q1 for the Gold quarterly discount'),
    value: decimalSchema,
    currency: currencySchema,
    issuedAt: timestampSchema,
  }),
  example: {
    discountId: '8b7a6f5e-4d3c-4b2a-9f8e-7d6c5b4a3f2e',
    customerId: CUSTOMER,
    kind: 'GOLD_QUARTERLY',
    tier: 'GOLD',
    period: '2026-Q1',
    value: '200.00',
    currency: 'CNY',
    issuedAt: AT,
  },
});

export const discountRefused = event('discount', 'refused', {
  description: 'A discount waiting for approval was rejected or withdrawn.',
  data: z.object({
    discountId: z.uuid(),
    customerId: z.uuid(),
    reason: z.string(),
    decidedAt: timestampSchema,
  }),
  example: {
    discountId: '8b7a6f5e-4d3c-4b2a-9f8e-7d6c5b4a3f2e',
    customerId: CUSTOMER,
    reason: 'REJECTED',
    decidedAt: AT,
  },
});

export const campaignSubmitted = event('campaign', 'submitted', {
  description:
    'A reward campaign was submitted for approval (DOMAIN 2.4): internal control reviews it within 1 working ' +
    'day; a Diamond-only campaign may skip the steps the policy allows. The approvals decision (reference: ' +
    'loyalty/campaign/<id>) approves it or returns it for changes.',
  data: z.object({
    campaignId: z.uuid(),
    type: z.string(),
    targetTiers: z.array(tierSchema),
    budget: decimalSchema,
    currency: currencySchema,
    diamondOnly: z.boolean(),
    reviewDueAt: timestampSchema,
    reference: approvalReferenceSchema,
    submittedAt: timestampSchema,
  }),
  example: {
    campaignId: '2f3e4d5c-6b7a-4f8e-9d0c-1b2a3f4e5d6c',
    type: 'APPRECIATION_EVENT',
    targetTiers: ['PLATINUM', 'DIAMOND'],
    budget: '80000.00',
    currency: 'CNY',
    diamondOnly: false,
    reviewDueAt: '2026-03-03T02:00:00.000Z',
    reference: { service: 'loyalty', aggregate: 'campaign', id: '2f3e4d5c-6b7a-4f8e-9d0c-1b2a3f4e5d6c' },
    submittedAt: AT,
  },
});

const campaignStatusData = z.object({
  campaignId: z.uuid(),
  status: z.enum(['DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'CLOSED', 'SETTLED', 'ARCHIVED']),
  at: timestampSchema,
});

/** An event that reports only a campaign's new status. */
const campaignStatusEvent = (name: string, description: string, status: 'APPROVED' | 'DRAFT') =>
  event('campaign', name, {
    description,
    data: campaignStatusData,
    example: { campaignId: '2f3e4d5c-6b7a-4f8e-9d0c-1b2a3f4e5d6c', status, at: AT },
  });

export const campaignApproved = campaignStatusEvent(
  'approved',
  'A campaign was approved and may run.',
  'APPROVED',
);

export const campaignReturned = campaignStatusEvent(
  'returned',
  'A campaign was returned for changes (rejected or withdrawn approval): it is a draft again.',
  'DRAFT',
);

export const campaignInteractionRecorded = event('campaign', 'interaction_recorded', {
  description: 'A customer interaction of a running campaign was recorded with its cost (DOMAIN 2.4).',
  data: z.object({
    campaignId: z.uuid(),
    interactionId: z.uuid(),
    customerId: z.uuid(),
    cost: decimalSchema,
    points: z.number().int().nonnegative(),
    spent: decimalSchema,
    budget: decimalSchema,
    at: timestampSchema,
  }),
  example: {
    campaignId: '2f3e4d5c-6b7a-4f8e-9d0c-1b2a3f4e5d6c',
    interactionId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    customerId: CUSTOMER,
    cost: '150.00',
    points: 0,
    spent: '12150.00',
    budget: '80000.00',
    at: AT,
  },
});

export const campaignClosed = event('campaign', 'closed', {
  description: 'A campaign ended; finance settles it within 10 working days (DOMAIN 2.4).',
  data: campaignStatusData.extend({ settleDueAt: timestampSchema, spent: decimalSchema }),
  example: {
    campaignId: '2f3e4d5c-6b7a-4f8e-9d0c-1b2a3f4e5d6c',
    status: 'CLOSED',
    at: AT,
    settleDueAt: '2026-03-16T02:00:00.000Z',
    spent: '76500.00',
  },
});

export const campaignArchived = event('campaign', 'archived', {
  description: 'A settled campaign was archived under its number KH + year + 6-digit serial (DOMAIN 2.4).',
  data: z.object({
    campaignId: z.uuid(),
    archiveNumber: z.string().regex(/^KH\d{4}\d{6}$/),
    spent: decimalSchema,
    budget: decimalSchema,
    settledOnTime: z.boolean(),
    archivedAt: timestampSchema,
  }),
  example: {
    campaignId: '2f3e4d5c-6b7a-4f8e-9d0c-1b2a3f4e5d6c',
    archiveNumber: 'KH2026000123',
    spent: '76500.00',
    budget: '80000.00',
    settledOnTime: true,
    archivedAt: AT,
  },
});

const freezeData = z.object({
  freezeId: z.uuid(),
  customerId: z.uuid(),
  source: z.enum(['MANUAL', 'COMPLAINT']),
  complaintId: z.uuid().nullable(),
  reportedAt: timestampSchema,
  freezeDueAt: timestampSchema,
  frozenAt: timestampSchema,
  frozenOnTime: z.boolean(),
  investigationDueAt: timestampSchema,
  major: z.boolean().describe('an urgent or complex points-anomaly case').optional(),
  escalateTo: z
    .enum(['GM_OFFICE_MEETING'])
    .nullable()
    .optional()
    .describe('a major case goes to the GM office meeting (DOMAIN 2.6)'),
});
const freezeExample = {
  freezeId: '5c4b3a2f-1e0d-4c9b-8a7f-6e5d4c3b2a1f',
  customerId: CUSTOMER,
  source: 'COMPLAINT' as const,
  complaintId: '0b9f4c1a-3d2e-4f5a-8b7c-6d5e4f3a2b1c',
  reportedAt: '2026-03-02T02:30:00.000Z',
  freezeDueAt: '2026-03-02T04:30:00.000Z',
  frozenAt: '2026-03-02T02:30:01.000Z',
  frozenOnTime: true,
  investigationDueAt: '2026-03-05T02:30:00.000Z',
  major: false,
  escalateTo: null,
};

export const accountFrozen = event('account', 'frozen', {
  description:
    'A loyalty account was frozen (DOMAIN 2.6): by hand, or on a points-anomaly complaint within 2 hours; ' +
    'internal control investigates within 3 days.',
  data: freezeData,
  example: freezeExample,
});

export const accountUnfrozen = event('account', 'unfrozen', {
  description: 'A frozen loyalty account was released after the investigation.',
  data: z.object({ freezeId: z.uuid(), customerId: z.uuid(), unfrozenAt: timestampSchema }),
  example: { freezeId: freezeExample.freezeId, customerId: CUSTOMER, unfrozenAt: '2026-03-04T02:00:00.000Z' },
});

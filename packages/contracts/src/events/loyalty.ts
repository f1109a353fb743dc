import { z } from 'zod';
import { serviceEvents } from '../define';
import {
  approvalReferenceSchema,
  currencySchema,
  decimalSchema,
  tierSchema,
  timestampSchema,
} from './shared';
import { AT, CUSTOMER } from './loyalty-examples';

const event = serviceEvents('loyalty');

// The points ledger's events and the notice of points about to expire, the campaigns', the freezes'.
export * from './loyalty-points';
export * from './loyalty-campaigns';
export * from './loyalty-freezes';

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

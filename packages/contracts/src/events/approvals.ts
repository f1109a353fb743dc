import { z } from 'zod';
import { defineEvent } from '../define';
import { approvalReferenceSchema, currencySchema, decimalSchema, timestampSchema } from './shared';

const requestType = z.enum([
  'EXPENSE',
  'PURCHASE',
  'POINTS_REDEMPTION',
  'DISCOUNT',
  'COMPENSATION',
  'CAMPAIGN',
  'OTHER',
]);

export const approvalRequestSubmitted = defineEvent({
  service: 'approvals',
  aggregate: 'request',
  name: 'submitted',
  version: 1,
  description: 'An approval request was submitted and routed by the authority matrix (DOMAIN 3.1, 3.3).',
  data: z.object({
    requestId: z.uuid(),
    type: requestType,
    amount: decimalSchema,
    currency: currencySchema,
    requiredAuthority: z.enum(['DEPARTMENT_HEAD', 'VP', 'GM_OFFICE_MEETING', 'LOYALTY_SUPERVISOR', 'GM']),
    dueAt: timestampSchema,
    dueAtProvisional: z.boolean(),
    reference: approvalReferenceSchema
      .nullable()
      .optional()
      .describe('What the request is about, when another service asked for it'),
  }),
  example: {
    requestId: '7c6b5a49-3827-4f16-a5e4-d3c2b1a09f8e',
    type: 'EXPENSE',
    amount: '25000.00',
    currency: 'CNY',
    requiredAuthority: 'VP',
    dueAt: '2026-03-04T02:00:00.000Z',
    dueAtProvisional: false,
    reference: null,
  },
});

export const approvalRequestDecided = defineEvent({
  service: 'approvals',
  aggregate: 'request',
  name: 'decided',
  version: 1,
  description:
    'An approval request reached its final outcome. The service named in `reference` completes or ' +
    'cancels what it asked for (a redemption, a discount, a campaign, a compensation).',
  data: z.object({
    requestId: z.uuid(),
    type: requestType,
    reference: approvalReferenceSchema.nullable(),
    outcome: z.enum(['APPROVED', 'REJECTED', 'WITHDRAWN']),
    amount: decimalSchema,
    currency: currencySchema,
    decidedAt: timestampSchema,
    reason: z.string().nullable(),
  }),
  example: {
    requestId: '7c6b5a49-3827-4f16-a5e4-d3c2b1a09f8e',
    type: 'POINTS_REDEMPTION',
    reference: { service: 'loyalty', aggregate: 'redemption', id: '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b' },
    outcome: 'APPROVED',
    amount: '6000.00',
    currency: 'CNY',
    decidedAt: '2026-03-03T06:00:00.000Z',
    reason: null,
  },
});

const delegationData = z.object({
  delegationId: z.uuid(),
  delegator: z.string().describe('the staff id whose authority is delegated'),
  delegate: z.string().describe('the staff id who acts with it'),
  authority: z.enum(['DEPARTMENT_HEAD', 'VP', 'GM_OFFICE_MEETING', 'LOYALTY_SUPERVISOR', 'GM']),
  startsAt: timestampSchema,
  endsAt: timestampSchema,
  at: timestampSchema,
});
const delegationExample = {
  delegationId: '4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a',
  delegator: 'staff-vp-sales',
  delegate: 'staff-head-sales',
  authority: 'VP' as const,
  startsAt: '2026-07-01T01:00:00.000Z',
  endsAt: '2026-07-15T10:00:00.000Z',
  at: '2026-06-30T06:00:00.000Z',
};

export const delegationRecorded = defineEvent({
  service: 'approvals',
  aggregate: 'delegation',
  name: 'recorded',
  version: 1,
  description:
    'A written delegation of approval authority, signed by the GM, was recorded (DOMAIN 3.5): at most 30 days.',
  data: delegationData,
  example: delegationExample,
});

export const delegationEnded = defineEvent({
  service: 'approvals',
  aggregate: 'delegation',
  name: 'ended',
  version: 1,
  description: 'A delegation was handed back before its end date (DOMAIN 3.5).',
  data: delegationData,
  example: { ...delegationExample, at: '2026-07-10T02:00:00.000Z' },
});

export const paymentRecorded = defineEvent({
  service: 'approvals',
  aggregate: 'payment',
  name: 'recorded',
  version: 1,
  description:
    'Finance paid money against an approved request, checked against the approval and its order: never more ' +
    'than approved (DOMAIN 3.8).',
  data: z.object({
    paymentId: z.uuid(),
    requestId: z.uuid(),
    orderNumber: z.string(),
    amount: decimalSchema,
    currency: currencySchema,
    paidTotal: decimalSchema.describe('everything paid on the request so far, this payment included'),
    approvedAmount: decimalSchema,
    paidAt: timestampSchema,
  }),
  example: {
    paymentId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    requestId: '7c6b5a49-3827-4f16-a5e4-d3c2b1a09f8e',
    orderNumber: 'PO-2026-0310',
    amount: '15000.00',
    currency: 'CNY',
    paidTotal: '15000.00',
    approvedAmount: '25000.00',
    paidAt: '2026-03-05T06:00:00.000Z',
  },
});

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

import { z } from 'zod';
import { defineEvent } from '../define';
import { currencySchema, decimalSchema, tierSchema, timestampSchema } from './shared';

export const customerRegistered = defineEvent({
  service: 'loyalty',
  aggregate: 'customer',
  name: 'registered',
  version: 1,
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

export const tierChanged = defineEvent({
  service: 'loyalty',
  aggregate: 'tier',
  name: 'changed',
  version: 1,
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

export const redemptionRequested = defineEvent({
  service: 'loyalty',
  aggregate: 'redemption',
  name: 'requested',
  version: 1,
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

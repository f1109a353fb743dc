import { z } from 'zod';
import { defineEvent } from '../define';
import { currencySchema, decimalSchema, timestampSchema } from './shared';

export const complaintReceived = defineEvent({
  service: 'complaints',
  aggregate: 'complaint',
  name: 'received',
  version: 1,
  description: 'A complaint, inquiry or suggestion was taken in on a channel (DOMAIN 1.1-1.2).',
  data: z.object({
    complaintId: z.uuid(),
    number: z.string().regex(/^CP-\d{4}-\d{6}$/),
    kind: z.enum(['COMPLAINT', 'INQUIRY', 'SUGGESTION']),
    channel: z.enum(['WEB_CHAT', 'PHONE', 'EMAIL', 'OTHER']),
    customerId: z.uuid(),
    orderNumber: z.string().nullable(),
    receivedAt: timestampSchema,
  }),
  example: {
    complaintId: '0b9f4c1a-3d2e-4f5a-8b7c-6d5e4f3a2b1c',
    number: 'CP-2026-000123',
    kind: 'COMPLAINT',
    channel: 'PHONE',
    customerId: '5f7d1c2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f',
    orderNumber: 'SO-2026-0042',
    receivedAt: '2026-03-02T02:00:00.000Z',
  },
});

export const complaintClassified = defineEvent({
  service: 'complaints',
  aggregate: 'complaint',
  name: 'classified',
  version: 1,
  description:
    'A complaint was classified by category, urgency and complexity (DOMAIN 1.3). A POINTS_ANOMALY ' +
    'classification makes loyalty freeze the account (DOMAIN 2.6); URGENT starts the emergency procedure.',
  data: z.object({
    complaintId: z.uuid(),
    number: z.string().regex(/^CP-\d{4}-\d{6}$/),
    customerId: z.uuid(),
    category: z.enum([
      'PRODUCT_QUALITY',
      'LOGISTICS_DELAY',
      'SERVICE_ATTITUDE',
      'POINTS_ANOMALY',
      'BILLING',
      'OTHER',
    ]),
    urgency: z.enum(['NORMAL', 'HIGH', 'URGENT']),
    complexity: z.enum(['SIMPLE', 'COMPLEX']),
    classifiedAt: timestampSchema,
  }),
  example: {
    complaintId: '0b9f4c1a-3d2e-4f5a-8b7c-6d5e4f3a2b1c',
    number: 'CP-2026-000123',
    customerId: '5f7d1c2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f',
    category: 'POINTS_ANOMALY',
    urgency: 'HIGH',
    complexity: 'SIMPLE',
    classifiedAt: '2026-03-02T02:30:00.000Z',
  },
});

export const complaintCompensationGranted = defineEvent({
  service: 'complaints',
  aggregate: 'complaint',
  name: 'compensation_granted',
  version: 1,
  description:
    "A solution's compensation may be carried out: approved, or at once as an emergency for an URGENT " +
    'complaint (approved afterwards, DOMAIN 3.6). Loyalty credits the points (a COMPENSATE ledger entry).',
  data: z.object({
    complaintId: z.uuid(),
    solutionId: z.uuid(),
    customerId: z.uuid(),
    points: z.number().int().nonnegative(),
    refundAmount: decimalSchema.nullable(),
    currency: currencySchema,
    emergency: z.boolean(),
    grantedAt: timestampSchema,
  }),
  example: {
    complaintId: '0b9f4c1a-3d2e-4f5a-8b7c-6d5e4f3a2b1c',
    solutionId: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
    customerId: '5f7d1c2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f',
    points: 2000,
    refundAmount: null,
    currency: 'CNY',
    emergency: true,
    grantedAt: '2026-03-02T03:00:00.000Z',
  },
});

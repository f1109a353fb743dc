import { z } from 'zod';
import { serviceEvents } from '../define';
import { timestampSchema } from './shared';
import { CUSTOMER } from './loyalty-examples';

const event = serviceEvents('loyalty');

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

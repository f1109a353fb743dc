import { z } from 'zod';
import { defineEvent } from '../define';

export const customerRegistered = defineEvent({
  service: 'loyalty',
  aggregate: 'customer',
  name: 'registered',
  version: 1,
  description: 'A customer was registered. Carries no personal data: read the customer through the graph.',
  data: z.object({
    customerId: z.uuid(),
    tier: z.enum(['ORDINARY', 'GOLD', 'PLATINUM', 'DIAMOND']),
    region: z.string().nullable().describe('ISO 3166 country or subdivision code, e.g. CN-GD'),
    registeredAt: z.iso.datetime({ offset: true }),
  }),
  example: {
    customerId: '5f7d1c2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f',
    tier: 'ORDINARY',
    region: 'CN-GD',
    registeredAt: '2026-03-02T02:00:00.000Z',
  },
});

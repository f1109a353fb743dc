import { z } from 'zod';
import { defineEvent } from '../define';

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
    receivedAt: z.iso.datetime({ offset: true }),
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

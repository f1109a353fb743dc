import { z } from 'zod';
import { defineEvent } from '../define';

const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal number as a string');

export const approvalRequestSubmitted = defineEvent({
  service: 'approvals',
  aggregate: 'request',
  name: 'submitted',
  version: 1,
  description: 'An approval request was submitted and routed by the authority matrix (DOMAIN 3.1, 3.3).',
  data: z.object({
    requestId: z.uuid(),
    type: z.enum([
      'EXPENSE',
      'PURCHASE',
      'POINTS_REDEMPTION',
      'DISCOUNT',
      'COMPENSATION',
      'CAMPAIGN',
      'OTHER',
    ]),
    amount: decimal,
    currency: z.string().length(3),
    requiredAuthority: z.enum(['DEPARTMENT_HEAD', 'VP', 'GM_OFFICE_MEETING', 'LOYALTY_SUPERVISOR', 'GM']),
    dueAt: z.iso.datetime({ offset: true }),
    dueAtProvisional: z.boolean(),
  }),
  example: {
    requestId: '7c6b5a49-3827-4f16-a5e4-d3c2b1a09f8e',
    type: 'EXPENSE',
    amount: '25000.00',
    currency: 'CNY',
    requiredAuthority: 'VP',
    dueAt: '2026-03-04T02:00:00.000Z',
    dueAtProvisional: false,
  },
});

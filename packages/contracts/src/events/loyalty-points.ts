import { z } from 'zod';
import { serviceEvents } from '../define';
import { timestampSchema } from './shared';
import { AT, CUSTOMER } from './loyalty-examples';

const event = serviceEvents('loyalty');

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

export const pointsExpiring = event('points', 'expiring', {
  description:
    "A customer's points expire soon: the points of one expiry moment not yet used, announced once, when the " +
    'moment comes within the notice period (POINTS_EXPIRY_NOTICE_DAYS, 30 days by default). For the partner ' +
    'that reminds the customer (a service message, not marketing); points used or expired since are not ' +
    'announced again, and `Customer.pointsExpiring` has the figures of the moment.',
  data: z.object({
    customerId: z.uuid(),
    points: z.number().int().positive().describe('not yet used when the notice was given'),
    expiresAt: timestampSchema,
    noticedAt: timestampSchema,
  }),
  example: { customerId: CUSTOMER, points: 600, expiresAt: '2026-03-31T16:00:00.000Z', noticedAt: AT },
});

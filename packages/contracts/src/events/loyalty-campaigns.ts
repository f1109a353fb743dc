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

export const campaignSubmitted = event('campaign', 'submitted', {
  description:
    'A reward campaign was submitted for approval (DOMAIN 2.4): internal control reviews it within 1 working ' +
    'day; a Diamond-only campaign may skip the steps the policy allows. The approvals decision (reference: ' +
    'loyalty/campaign/<id>) approves it or returns it for changes.',
  data: z.object({
    campaignId: z.uuid(),
    type: z.string(),
    targetTiers: z.array(tierSchema),
    budget: decimalSchema,
    currency: currencySchema,
    diamondOnly: z.boolean(),
    reviewDueAt: timestampSchema,
    reference: approvalReferenceSchema,
    submittedAt: timestampSchema,
  }),
  example: {
    campaignId: '2f3e4d5c-6b7a-4f8e-9d0c-1b2a3f4e5d6c',
    type: 'APPRECIATION_EVENT',
    targetTiers: ['PLATINUM', 'DIAMOND'],
    budget: '80000.00',
    currency: 'CNY',
    diamondOnly: false,
    reviewDueAt: '2026-03-03T02:00:00.000Z',
    reference: { service: 'loyalty', aggregate: 'campaign', id: '2f3e4d5c-6b7a-4f8e-9d0c-1b2a3f4e5d6c' },
    submittedAt: AT,
  },
});

const campaignStatusData = z.object({
  campaignId: z.uuid(),
  status: z.enum(['DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'CLOSED', 'SETTLED', 'ARCHIVED']),
  at: timestampSchema,
});

/** An event that reports only a campaign's new status. */
const campaignStatusEvent = (name: string, description: string, status: 'APPROVED' | 'DRAFT') =>
  event('campaign', name, {
    description,
    data: campaignStatusData,
    example: { campaignId: '2f3e4d5c-6b7a-4f8e-9d0c-1b2a3f4e5d6c', status, at: AT },
  });

export const campaignApproved = campaignStatusEvent(
  'approved',
  'A campaign was approved and may run.',
  'APPROVED',
);

export const campaignReturned = campaignStatusEvent(
  'returned',
  'A campaign was returned for changes (rejected or withdrawn approval): it is a draft again.',
  'DRAFT',
);

export const campaignInteractionRecorded = event('campaign', 'interaction_recorded', {
  description: 'A customer interaction of a running campaign was recorded with its cost (DOMAIN 2.4).',
  data: z.object({
    campaignId: z.uuid(),
    interactionId: z.uuid(),
    customerId: z.uuid(),
    cost: decimalSchema,
    points: z.number().int().nonnegative(),
    spent: decimalSchema,
    budget: decimalSchema,
    at: timestampSchema,
  }),
  example: {
    campaignId: '2f3e4d5c-6b7a-4f8e-9d0c-1b2a3f4e5d6c',
    interactionId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    customerId: CUSTOMER,
    cost: '150.00',
    points: 0,
    spent: '12150.00',
    budget: '80000.00',
    at: AT,
  },
});

export const campaignClosed = event('campaign', 'closed', {
  description: 'A campaign ended; finance settles it within 10 working days (DOMAIN 2.4).',
  data: campaignStatusData.extend({ settleDueAt: timestampSchema, spent: decimalSchema }),
  example: {
    campaignId: '2f3e4d5c-6b7a-4f8e-9d0c-1b2a3f4e5d6c',
    status: 'CLOSED',
    at: AT,
    settleDueAt: '2026-03-16T02:00:00.000Z',
    spent: '76500.00',
  },
});

export const campaignArchived = event('campaign', 'archived', {
  description: 'A settled campaign was archived under its number KH + year + 6-digit serial (DOMAIN 2.4).',
  data: z.object({
    campaignId: z.uuid(),
    archiveNumber: z.string().regex(/^KH\d{4}\d{6}$/),
    spent: decimalSchema,
    budget: decimalSchema,
    settledOnTime: z.boolean(),
    archivedAt: timestampSchema,
  }),
  example: {
    campaignId: '2f3e4d5c-6b7a-4f8e-9d0c-1b2a3f4e5d6c',
    archiveNumber: 'KH2026000123',
    spent: '76500.00',
    budget: '80000.00',
    settledOnTime: true,
    archivedAt: AT,
  },
});

import { z } from 'zod';
import { serviceEvents } from '../define';
import { timestampSchema } from './shared';

/*
 * Governance's checks (DOMAIN 4.2): internal control's monthly sample of 3 customer files with its findings,
 * and audit's yearly review in three parts. Part of the governance catalogue (events/governance.ts
 * re-exports this file). Customers are named by id only.
 */

const event = serviceEvents('governance');

const SAMPLE_ID = '8091a2b3-c4d5-4e6f-8071-8293a4b5c6d7';
const REVIEW_ID = '91a2b3c4-d5e6-4f70-8182-93a4b5c6d7e8';
const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const checkSampleDrawn = event('check', 'sample_drawn', {
  description:
    "Internal control drew the month's random sample of customer files (DOMAIN 4.2): the seed it was drawn " +
    'with and the population it was drawn from, so the same files can be drawn again.',
  data: z.object({
    sampleId: z.uuid(),
    month: monthSchema,
    seed: z.string().regex(/^[0-9a-f]{32}$/),
    populationSize: z.number().int().nonnegative(),
    populationDigest: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('SHA-256 of the sorted ids of the population'),
    customerIds: z.array(z.uuid()).max(3),
    drawnAt: timestampSchema,
  }),
  example: {
    sampleId: SAMPLE_ID,
    month: '2026-03',
    seed: '3f9a0c1d2e4b5a6978c0d1e2f3a4b5c6',
    populationSize: 1824,
    populationDigest: 'a1b2'.repeat(16),
    customerIds: [
      '5f7d1c2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f',
      '6a8e2d3f-9b5c-4a8f-8d2e-3c4b5d6e7f80',
      '7b9f3e40-ac6d-4b90-9e3f-4d5c6e7f8091',
    ],
    drawnAt: '2026-04-01T02:00:00.000Z',
  },
});

export const checkFindingRecorded = event('check', 'finding_recorded', {
  description:
    "Internal control recorded a finding of the month's check on a sampled file or on the sample (DOMAIN " +
    '4.2); a nonconformity may open a rectification item (source CHECK).',
  data: z.object({
    findingId: z.uuid(),
    sampleId: z.uuid(),
    month: monthSchema,
    customerId: z.uuid().nullable(),
    outcome: z.enum(['CONFORMS', 'NONCONFORMITY']),
    rectificationItemId: z.uuid().nullable(),
    recordedAt: timestampSchema,
  }),
  example: {
    findingId: 'a2b3c4d5-e6f7-4081-9293-a4b5c6d7e8f9',
    sampleId: SAMPLE_ID,
    month: '2026-03',
    customerId: '5f7d1c2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f',
    outcome: 'NONCONFORMITY',
    rectificationItemId: '5d6e7f80-91a2-4b3c-8d4e-5f60718293a4',
    recordedAt: '2026-04-02T03:00:00.000Z',
  },
});

const partSummary = z.object({
  checked: z.number().int().nonnegative(),
  findings: z.number().int().nonnegative(),
});

export const reviewCompleted = event('review', 'completed', {
  description:
    "Audit ran the year's review (DOMAIN 4.2): tier accuracy (tiers against real spend), budget execution " +
    '(payments against approvals) and complaint timeliness (resolved after their target); each finding can ' +
    'open a rectification item (source AUDIT).',
  data: z.object({
    reviewId: z.uuid(),
    year: z.number().int(),
    tierAccuracy: partSummary.describe('customers examined, tiers that differ from what spend implies'),
    budgetExecution: partSummary.describe('approval requests paid on, paid without or beyond approval'),
    complaintTimeliness: partSummary.describe('complaints resolved, late or recorded inconsistently'),
    completedAt: timestampSchema,
  }),
  example: {
    reviewId: REVIEW_ID,
    year: 2026,
    tierAccuracy: { checked: 1824, findings: 3 },
    budgetExecution: { checked: 212, findings: 1 },
    complaintTimeliness: { checked: 640, findings: 12 },
    completedAt: '2027-04-06T02:00:00.000Z',
  },
});

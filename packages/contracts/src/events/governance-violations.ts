import { z } from 'zod';
import { commonPayloadEvents } from '../define';
import { decimalSchema, timestampSchema } from './shared';

/*
 * Governance's violations and penalties (DOMAIN 4.5), one event per step of the procedure: compliance's
 * investigation report -> written notice to the person -> the person's statement -> HR decides -> the GM
 * records; an appeal within 3 working days of the decision, decided within 5. Part of the governance
 * catalogue (events/governance.ts re-exports this file). The person concerned is named by staff id only.
 */

const VIOLATION_ID = '7f8091a2-b3c4-4d5e-8f60-718293a4b5c6';
const AT = '2026-03-02T02:00:00.000Z';

const violationLevel = z.enum(['ORDINARY', 'SERIOUS', 'SEVERE']);
const violationStatus = z.enum([
  'OPEN',
  'REPORTED',
  'NOTIFIED',
  'STATED',
  'DECIDED',
  'RECORDED',
  'APPEALED',
  'RESOLVED',
  'DISMISSED',
]);
const penaltySchema = z.object({
  kind: z.enum(['WARNING', 'FINE', 'DEMOTION', 'DISMISSAL']),
  amount: decimalSchema.nullable().describe('CNY, for a fine: the amount per case times the cases'),
});

const violationData = z.object({
  violationId: z.uuid(),
  level: violationLevel,
  category: z.string().describe('e.g. WRONG_CUSTOMER_DATA, DISCOUNT_WITHOUT_APPROVAL, PRIVACY_LEAK'),
  status: violationStatus,
  personId: z.string().nullable().describe('the staff id of the person concerned, once named'),
  at: timestampSchema,
});
const example = {
  violationId: VIOLATION_ID,
  level: 'SERIOUS' as const,
  category: 'DISCOUNT_WITHOUT_APPROVAL',
  status: 'REPORTED' as const,
  personId: 'staff-sales-7',
  at: AT,
};

/** One step of the procedure: the common payload and what the step adds; the status it leaves. */
const violationEvent = commonPayloadEvents('governance', 'violation', violationData, example);

export const violationOpened = violationEvent(
  'opened',
  'A violation was opened (DOMAIN 4.5): by compliance with its investigation report, or detected from ' +
    "another service's event (a discount issued without its approval ...), waiting for the report.",
  {
    cases: z.number().int().positive(),
    source: z.enum(['MANUAL', 'DETECTED']),
    detectedFrom: z
      .object({ eventType: z.string(), eventId: z.uuid() })
      .nullable()
      .describe('the event that revealed it'),
    subject: z
      .object({ type: z.string(), id: z.string() })
      .nullable()
      .describe('what it is about, e.g. discount/<id>'),
    proposedPenalty: penaltySchema.describe('the penalty table proposes it; HR decides within the level'),
  },
  {
    status: 'OPEN',
    cases: 1,
    source: 'DETECTED',
    detectedFrom: { eventType: 'care.loyalty.discount.issued.v1', eventId: VIOLATION_ID },
    subject: { type: 'discount', id: '8b7a6f5e-4d3c-4b2a-9f8e-7d6c5b4a3f2e' },
    proposedPenalty: { kind: 'FINE', amount: '500.00' },
  },
);

export const violationReported = violationEvent(
  'reported',
  'Compliance filed its investigation report on a detected violation and named the person concerned.',
  { cases: z.number().int().positive(), proposedPenalty: penaltySchema },
  { status: 'REPORTED', cases: 1, proposedPenalty: { kind: 'FINE', amount: '500.00' } },
);

export const violationNotified = violationEvent(
  'notified',
  'The person concerned was given written notice and may state their case until `statementDueAt`.',
  { statementDueAt: timestampSchema },
  { status: 'NOTIFIED', statementDueAt: '2026-03-05T16:00:00.000Z' },
);

export const violationStatementSubmitted = violationEvent(
  'statement_submitted',
  'The person concerned stated their case (or waived it).',
  { waived: z.boolean() },
  { status: 'STATED', waived: false },
);

export const violationDecided = violationEvent(
  'decided',
  'HR decided the penalty within the level; an appeal is possible until `appealDueAt` (3 working days).',
  { penalty: penaltySchema, appealDueAt: timestampSchema },
  { status: 'DECIDED', penalty: { kind: 'FINE', amount: '500.00' }, appealDueAt: '2026-03-05T16:00:00.000Z' },
);

export const violationRecorded = violationEvent(
  'recorded',
  "The GM recorded HR's decision.",
  { penalty: penaltySchema },
  { status: 'RECORDED', penalty: { kind: 'FINE', amount: '500.00' } },
);

export const violationAppealed = violationEvent(
  'appealed',
  'The person concerned appealed within 3 working days; the GM office meeting decides by ' +
    '`appealDecisionDueAt` (5 working days).',
  { appealDecisionDueAt: timestampSchema },
  { status: 'APPEALED', appealDecisionDueAt: '2026-03-10T16:00:00.000Z' },
);

export const violationAppealDecided = violationEvent(
  'appeal_decided',
  'The GM office meeting decided the appeal: the penalty upheld, amended within the level, or revoked.',
  {
    outcome: z.enum(['UPHELD', 'AMENDED', 'REVOKED']),
    finalPenalty: penaltySchema.nullable(),
    decidedLate: z.boolean().describe('after the 5 working days'),
  },
  {
    status: 'RESOLVED',
    outcome: 'UPHELD',
    finalPenalty: { kind: 'FINE', amount: '500.00' },
    decidedLate: false,
  },
);

export const violationAppealOverdue = violationEvent(
  'appeal_overdue',
  'An appeal was not decided within its 5 working days (found by the scheduled check).',
  { appealDecisionDueAt: timestampSchema },
  { status: 'APPEALED', appealDecisionDueAt: '2026-03-10T16:00:00.000Z' },
);

export const violationDismissed = violationEvent(
  'dismissed',
  'Compliance closed the case without a penalty before HR decided (e.g. a detection that proved unfounded).',
  {},
  { status: 'DISMISSED' },
);

import { z } from 'zod';
import { commonPayloadEvents, serviceEvents } from '../define';
import { approvalReferenceSchema, currencySchema, decimalSchema, timestampSchema } from './shared';

/*
 * Governance's emergencies and exceptions (DOMAIN 4.6): an incident (a data leak, a public-opinion
 * crisis) with the freeze of the affected systems, the notifications of the customers and the regulator
 * against their deadlines, the named spokesperson and the spending against the emergency budget; an
 * exception application (a natural disaster, a new government rule) with its risk assessment, approved
 * through approvals. Part of the governance catalogue (events/governance.ts re-exports this file).
 * People are named by staff id only.
 */

const event = serviceEvents('governance');

const INCIDENT_ID = '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';
const APPLICATION_ID = '6f5e4d3c-2b1a-4f0e-9d8c-7b6a5f4e3d2c';
const AT = '2026-03-02T02:00:00.000Z';

const incidentKind = z.enum(['DATA_LEAK', 'PUBLIC_OPINION_CRISIS']);
const incidentStatus = z.enum(['REPORTED', 'RESPONDING', 'RESOLVED']);
const recipient = z.enum(['REGULATOR', 'CUSTOMERS']);

const incidentData = z.object({
  incidentId: z.uuid(),
  kind: incidentKind,
  status: incidentStatus,
  at: timestampSchema,
});
const incidentExample = {
  incidentId: INCIDENT_ID,
  kind: 'DATA_LEAK' as const,
  status: 'REPORTED' as const,
  at: AT,
};

/** One event of an incident: the common payload and what the event adds (the status REPORTED unless said). */
const incidentEvent = commonPayloadEvents('governance', 'incident', incidentData, incidentExample);

export const incidentReported = incidentEvent(
  'reported',
  'An incident was reported (DOMAIN 4.6): a data leak names the systems to freeze; the notifications it ' +
    'owes (the regulator, the customers) are due by `notifications[].dueAt`.',
  {
    detectedAt: timestampSchema,
    affectedSystems: z.array(z.string()),
    notifications: z.array(z.object({ recipient, dueAt: timestampSchema })),
  },
  {
    detectedAt: '2026-03-02T01:30:00.000Z',
    affectedSystems: ['crm'],
    notifications: [
      { recipient: 'REGULATOR', dueAt: '2026-03-05T01:30:00.000Z' },
      { recipient: 'CUSTOMERS', dueAt: '2026-03-04T16:00:00.000Z' },
    ],
  },
);

export const incidentSystemsFrozen = incidentEvent(
  'systems_frozen',
  'Affected systems of an incident were frozen (DOMAIN 4.6: a data leak freezes the affected systems).',
  { systems: z.array(z.string()).min(1), allAffectedFrozen: z.boolean() },
  { systems: ['crm'], allAffectedFrozen: true },
);

export const incidentSpokespersonNamed = incidentEvent(
  'spokesperson_named',
  'The spokesperson of an incident was named (DOMAIN 4.6: a public-opinion crisis has one before its ' +
    'response starts).',
  { spokesperson: z.string().describe('the staff id of the one who speaks for the company') },
  { kind: 'PUBLIC_OPINION_CRISIS', spokesperson: 'staff-pr-1' },
);

export const incidentResponseStarted = incidentEvent(
  'response_started',
  'The response to an incident started: a data leak has its systems frozen, a crisis its spokesperson.',
  {},
  { status: 'RESPONDING' },
);

export const incidentNotificationSent = incidentEvent(
  'notification_sent',
  'The regulator or the customers were notified of an incident; `late` when after its deadline.',
  { recipient, dueAt: timestampSchema, sentAt: timestampSchema, late: z.boolean() },
  {
    status: 'RESPONDING',
    recipient: 'REGULATOR',
    dueAt: '2026-03-05T01:30:00.000Z',
    sentAt: AT,
    late: false,
  },
);

export const incidentNotificationOverdue = incidentEvent(
  'notification_overdue',
  'A notification an incident owes was not sent by its deadline (found by the scheduled check, once).',
  { recipient, dueAt: timestampSchema },
  { status: 'RESPONDING', recipient: 'REGULATOR', dueAt: '2026-03-05T01:30:00.000Z' },
);

export const incidentSpendingRecorded = incidentEvent(
  'spending_recorded',
  'Spending on an incident was recorded against the year’s emergency budget (DOMAIN 4.6: 5 % of last ' +
    "year's activity total); spending beyond the budget is refused.",
  {
    spendingId: z.uuid(),
    amount: decimalSchema,
    currency: currencySchema,
    budgetYear: z.number().int(),
    budget: decimalSchema,
    spentInYear: decimalSchema.describe('every incident’s spending in the budget year, this one included'),
    remaining: decimalSchema,
  },
  {
    status: 'RESPONDING',
    spendingId: '0f1e2d3c-4b5a-4968-8776-655443322110',
    amount: '1200.00',
    currency: 'CNY',
    budgetYear: 2026,
    budget: '45000.00',
    spentInYear: '1200.00',
    remaining: '43800.00',
  },
);

export const incidentResolved = incidentEvent(
  'resolved',
  'An incident was resolved: its notifications sent and its frozen systems released.',
  { releasedSystems: z.array(z.string()) },
  { status: 'RESOLVED', releasedSystems: ['crm'] },
);

// ---- Exception applications ------------------------------------------------------------------------

const exceptionKind = z.enum(['NATURAL_DISASTER', 'NEW_GOVERNMENT_RULE']);

export const exceptionSubmitted = event('exception', 'submitted', {
  description:
    'An exception application (a natural disaster, a new government rule) was submitted with its risk ' +
    'assessment (DOMAIN 4.6). Approvals opens a request for it (reference: governance/exception_application/' +
    '<id>); its `request.decided` event approves or rejects the application.',
  data: z.object({
    applicationId: z.uuid(),
    kind: exceptionKind,
    title: z.string(),
    riskLevel: z.enum(['LOW', 'MEDIUM', 'HIGH']),
    amount: decimalSchema.describe('the money at stake, 0 when none'),
    currency: currencySchema,
    reference: approvalReferenceSchema,
    submittedAt: timestampSchema,
  }),
  example: {
    applicationId: APPLICATION_ID,
    kind: 'NATURAL_DISASTER',
    title: 'Typhoon: extend the complaint resolution limits in Zhejiang by a week',
    riskLevel: 'MEDIUM',
    amount: '0.00',
    currency: 'CNY',
    reference: { service: 'governance', aggregate: 'exception_application', id: APPLICATION_ID },
    submittedAt: AT,
  },
});

export const exceptionDecided = event('exception', 'decided', {
  description: 'An exception application came back from approvals: approved, rejected or withdrawn.',
  data: z.object({
    applicationId: z.uuid(),
    kind: exceptionKind,
    outcome: z.enum(['APPROVED', 'REJECTED', 'WITHDRAWN']),
    approvalRequestId: z.uuid(),
    decidedAt: timestampSchema,
  }),
  example: {
    applicationId: APPLICATION_ID,
    kind: 'NATURAL_DISASTER',
    outcome: 'APPROVED',
    approvalRequestId: '7c6b5a49-3827-4f16-a5e4-d3c2b1a09f8e',
    decidedAt: '2026-03-03T06:00:00.000Z',
  },
});

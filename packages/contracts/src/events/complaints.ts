import { COMPLAINT_CATEGORIES } from '@care/domain-kernel';
import { z } from 'zod';
import { serviceEvents } from '../define';
import { currencySchema, decimalSchema, timestampSchema } from './shared';

const event = serviceEvents('complaints');

const complaintNumberSchema = z.string().regex(/^CP-\d{4}-\d{6}$/);
const COMPLAINT_ID = '0b9f4c1a-3d2e-4f5a-8b7c-6d5e4f3a2b1c';
/** Every complaint event names the complaint by its id and its number (CP-2026-000123). */
const complaintRef = { complaintId: z.uuid(), number: complaintNumberSchema };
const exampleRef = { complaintId: COMPLAINT_ID, number: 'CP-2026-000123' };

export const complaintReceived = event('complaint', 'received', {
  description: 'A complaint, inquiry or suggestion was taken in on a channel (DOMAIN 1.1-1.2).',
  data: z.object({
    ...complaintRef,
    kind: z.enum(['COMPLAINT', 'INQUIRY', 'SUGGESTION']),
    channel: z.enum(['WEB_CHAT', 'PHONE', 'EMAIL', 'OTHER']),
    customerId: z.uuid(),
    orderNumber: z.string().nullable(),
    receivedAt: timestampSchema,
  }),
  example: {
    ...exampleRef,
    kind: 'COMPLAINT',
    channel: 'PHONE',
    customerId: '5f7d1c2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f',
    orderNumber: 'SO-2026-0042',
    receivedAt: '2026-03-02T02:00:00.000Z',
  },
});

export const complaintClassified = event('complaint', 'classified', {
  description:
    'A complaint was classified by category, urgency and complexity (DOMAIN 1.3). A POINTS_ANOMALY ' +
    'classification makes loyalty freeze the account (DOMAIN 2.6); URGENT starts the emergency procedure.',
  data: z.object({
    ...complaintRef,
    customerId: z.uuid(),
    category: z.enum(COMPLAINT_CATEGORIES),
    urgency: z.enum(['NORMAL', 'HIGH', 'URGENT']),
    complexity: z.enum(['SIMPLE', 'COMPLEX']),
    classifiedAt: timestampSchema,
  }),
  example: {
    ...exampleRef,
    customerId: '5f7d1c2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f',
    category: 'POINTS_ANOMALY',
    urgency: 'HIGH',
    complexity: 'SIMPLE',
    classifiedAt: '2026-03-02T02:30:00.000Z',
  },
});

export const complaintCompensationGranted = event('complaint', 'compensation_granted', {
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

const urgencySchema = z.enum(['NORMAL', 'HIGH', 'URGENT']);
const CUSTOMER_ID = '5f7d1c2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f';
const SOLUTION_ID = '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';

export const complaintAssigned = event('complaint', 'assigned', {
  description:
    'A complaint was handed over in writing to its responsible department(s) (DOMAIN 1.4): the heads of ' +
    'the departments listed are notified; with several departments the lead department coordinates.',
  data: z.object({
    ...complaintRef,
    departments: z.array(z.string()).min(1),
    leadDepartment: z.string(),
    urgency: urgencySchema,
    customerExpectedBy: timestampSchema.nullable(),
    notify: z.literal('department_head'),
    assignedAt: timestampSchema,
  }),
  example: {
    ...exampleRef,
    departments: ['QUALITY_CONTROL', 'LOGISTICS'],
    leadDepartment: 'QUALITY_CONTROL',
    urgency: 'HIGH',
    customerExpectedBy: '2026-03-05T10:00:00.000Z',
    notify: 'department_head',
    assignedAt: '2026-03-02T03:00:00.000Z',
  },
});

export const complaintEmergencyStarted = event('complaint', 'emergency_started', {
  description:
    'An URGENT complaint started the emergency procedure (DOMAIN 1.3): the leadership group is notified ' +
    'and the complaint goes first.',
  data: z.object({
    ...complaintRef,
    notify: z.literal('leadership_group'),
    startedAt: timestampSchema,
  }),
  example: {
    ...exampleRef,
    notify: 'leadership_group',
    startedAt: '2026-03-02T03:00:00.000Z',
  },
});

export const complaintSolutionProposed = event('complaint', 'solution_proposed', {
  description:
    'A (revised) solution was proposed to the customer (DOMAIN 1.6); the SLA clock waits for the customer.',
  data: z.object({
    complaintId: z.uuid(),
    solutionId: z.uuid(),
    version: z.number().int().positive(),
    hasCompensation: z.boolean(),
    proposedAt: timestampSchema,
  }),
  example: {
    complaintId: COMPLAINT_ID,
    solutionId: SOLUTION_ID,
    version: 1,
    hasCompensation: true,
    proposedAt: '2026-03-03T03:00:00.000Z',
  },
});

export const complaintSolutionAccepted = event('complaint', 'solution_accepted', {
  description: 'The customer accepted a proposed solution (DOMAIN 1.6); only now may it be carried out.',
  data: z.object({
    complaintId: z.uuid(),
    solutionId: z.uuid(),
    version: z.number().int().positive(),
    respondedAt: timestampSchema,
  }),
  example: {
    complaintId: COMPLAINT_ID,
    solutionId: SOLUTION_ID,
    version: 2,
    respondedAt: '2026-03-04T03:00:00.000Z',
  },
});

export const complaintSolutionRejected = event('complaint', 'solution_rejected', {
  description:
    'The customer rejected a proposed solution with a reason (DOMAIN 1.6); the department revises it.',
  data: z.object({
    complaintId: z.uuid(),
    solutionId: z.uuid(),
    version: z.number().int().positive(),
    rejections: z.number().int().positive(),
    respondedAt: timestampSchema,
  }),
  example: {
    complaintId: COMPLAINT_ID,
    solutionId: SOLUTION_ID,
    version: 1,
    rejections: 1,
    respondedAt: '2026-03-04T03:00:00.000Z',
  },
});

export const complaintEscalated = event('complaint', 'escalated', {
  description:
    'A complaint was escalated: to the leadership group after 3 rejected solutions (DOMAIN 1.6) or when ' +
    'its resolution target was breached; to the customer-service manager when its first response was late.',
  data: z.object({
    ...complaintRef,
    to: z.enum(['CS_MANAGER', 'LEADERSHIP_GROUP']),
    reason: z.enum(['SOLUTION_REJECTED_3_TIMES', 'FIRST_RESPONSE_BREACHED', 'RESOLUTION_BREACHED']),
    escalatedAt: timestampSchema,
  }),
  example: {
    ...exampleRef,
    to: 'LEADERSHIP_GROUP',
    reason: 'SOLUTION_REJECTED_3_TIMES',
    escalatedAt: '2026-03-05T03:00:00.000Z',
  },
});

export const complaintCompensationRequested = event('complaint', 'compensation_requested', {
  description:
    "An accepted solution's compensation needs an approval by the authority matrix (DOMAIN 1.6, 3.1). " +
    'The approvals service opens a request for `reference` and answers with `request.decided`. For an ' +
    'URGENT complaint (`emergency`) the compensation was granted at once and is approved afterwards (DOMAIN 3.6).',
  data: z.object({
    complaintId: z.uuid(),
    solutionId: z.uuid(),
    customerId: z.uuid(),
    points: z.number().int().nonnegative(),
    discountAmount: decimalSchema.nullable(),
    refundAmount: decimalSchema.nullable(),
    amount: decimalSchema.describe(
      'the total value in `currency`: points at 100 per yuan, plus discount and refund',
    ),
    currency: currencySchema,
    emergency: z.boolean(),
    reference: z.object({ service: z.literal('complaints'), aggregate: z.literal('solution'), id: z.uuid() }),
    requestedAt: timestampSchema,
  }),
  example: {
    complaintId: COMPLAINT_ID,
    solutionId: SOLUTION_ID,
    customerId: CUSTOMER_ID,
    points: 2000,
    discountAmount: null,
    refundAmount: '150.00',
    amount: '170.00',
    currency: 'CNY',
    emergency: false,
    reference: { service: 'complaints', aggregate: 'solution', id: SOLUTION_ID },
    requestedAt: '2026-03-04T03:00:00.000Z',
  },
});

export const complaintResolved = event('complaint', 'resolved', {
  description:
    'The department carried out the accepted solution (DOMAIN 1.6-1.7); the follow-up visit is scheduled ' +
    '3 to 7 working days later (DOMAIN 1.8).',
  data: z.object({
    ...complaintRef,
    onTime: z.boolean(),
    workingHoursToResolve: z.number().nonnegative(),
    followUpFrom: timestampSchema,
    followUpDueBy: timestampSchema,
    resolvedAt: timestampSchema,
  }),
  example: {
    ...exampleRef,
    onTime: true,
    workingHoursToResolve: 20.5,
    followUpFrom: '2026-03-09T03:00:00.000Z',
    followUpDueBy: '2026-03-13T03:00:00.000Z',
    resolvedAt: '2026-03-04T03:00:00.000Z',
  },
});

export const complaintSlaBreached = event('complaint', 'sla_breached', {
  description:
    'A complaint passed its first-response or resolution target in working time without meeting it.',
  data: z.object({
    ...complaintRef,
    clock: z.enum(['FIRST_RESPONSE', 'RESOLUTION']),
    urgency: urgencySchema,
    dueAt: timestampSchema,
    detectedAt: timestampSchema,
  }),
  example: {
    ...exampleRef,
    clock: 'RESOLUTION',
    urgency: 'HIGH',
    dueAt: '2026-03-05T03:00:00.000Z',
    detectedAt: '2026-03-05T03:01:00.000Z',
  },
});

export const complaintFollowUpRecorded = event('complaint', 'follow_up_recorded', {
  description:
    'The follow-up visit was recorded (DOMAIN 1.8); a new problem reopens the complaint or opens a linked one.',
  data: z.object({
    complaintId: z.uuid(),
    newProblem: z.boolean(),
    action: z.enum(['NONE', 'REOPENED', 'LINKED_COMPLAINT']),
    linkedComplaintId: z.uuid().nullable(),
    recordedAt: timestampSchema,
  }),
  example: {
    complaintId: COMPLAINT_ID,
    newProblem: false,
    action: 'NONE',
    linkedComplaintId: null,
    recordedAt: '2026-03-10T03:00:00.000Z',
  },
});

export const complaintReopened = event('complaint', 'reopened', {
  description: 'A resolved or closed complaint was reopened because a problem remains (DOMAIN 1.8).',
  data: z.object({ ...complaintRef, reopenedAt: timestampSchema }),
  example: { ...exampleRef, reopenedAt: '2026-03-10T03:00:00.000Z' },
});

export const complaintClosed = event('complaint', 'closed', {
  description: 'A complaint was closed with its report (DOMAIN 1.9); satisfaction as surveyed (DOMAIN 1.7).',
  data: z.object({
    ...complaintRef,
    kind: z.enum(['COMPLAINT', 'INQUIRY', 'SUGGESTION']),
    satisfaction: z.number().int().min(1).max(5).nullable(),
    onTime: z.boolean().nullable(),
    closedAt: timestampSchema,
  }),
  example: {
    ...exampleRef,
    kind: 'COMPLAINT',
    satisfaction: 4,
    onTime: true,
    closedAt: '2026-03-12T03:00:00.000Z',
  },
});

export const complaintStepRecorded = event('complaint', 'step_recorded', {
  description:
    'A step of the handling that has no event of its own was recorded (investigation note, root cause, ' +
    'implementation start, a message to the customer, feedback with satisfaction, an improvement action ' +
    'added or done), so every step is on the stream for the audit trail and the KPIs (DOMAIN 1.5-1.11).',
  data: z.object({
    ...complaintRef,
    step: z.enum([
      'INVESTIGATION_NOTE',
      'ROOT_CAUSE',
      'IMPLEMENTATION_STARTED',
      'CUSTOMER_INFORMED',
      'FEEDBACK',
      'IMPROVEMENT_ACTION_ADDED',
      'IMPROVEMENT_ACTION_DONE',
    ]),
    status: z.string(),
    satisfaction: z.number().int().min(1).max(5).nullable(),
    department: z.string().nullable(),
    recordedAt: timestampSchema,
  }),
  example: {
    ...exampleRef,
    step: 'FEEDBACK',
    status: 'RESOLVED',
    satisfaction: 4,
    department: null,
    recordedAt: '2026-03-06T03:00:00.000Z',
  },
});

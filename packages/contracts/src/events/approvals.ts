import { APPROVAL_TYPES, AUTHORITIES } from '@care/domain-kernel';
import { z } from 'zod';
import { serviceEvents } from '../define';
import { approvalReferenceSchema, currencySchema, decimalSchema, timestampSchema } from './shared';

const event = serviceEvents('approvals');

const requestType = z.enum(APPROVAL_TYPES);

/** The authorities that decide the steps of an approval (DOMAIN 3.1, 3.2, 1.12). */
const authority = z.enum(AUTHORITIES);

/** A step of a request's chain still to decide: who decides it and by when (DOMAIN 3.2, 3.3). */
const openStep = z.object({
  position: z.number().int().positive(),
  authority,
  department: z.string().nullable().describe('the department whose head decides it; null: any holder'),
  dueAt: timestampSchema,
});

export const approvalRequestSubmitted = event('request', 'submitted', {
  description: 'An approval request was submitted and routed by the authority matrix (DOMAIN 3.1, 3.3).',
  data: z.object({
    requestId: z.uuid(),
    type: requestType,
    amount: decimalSchema,
    currency: currencySchema,
    requiredAuthority: authority.describe("the authority of the chain's last step"),
    dueAt: timestampSchema,
    dueAtProvisional: z.boolean(),
    reference: approvalReferenceSchema
      .nullable()
      .optional()
      .describe('What the request is about, when another service asked for it'),
    policyVersion: z
      .number()
      .int()
      .positive()
      .nullable()
      .optional()
      .describe('the authority policy version the request was routed by'),
    steps: z.array(openStep).optional().describe('the chain it travels, in order (DOMAIN 3.2)'),
  }),
  example: {
    requestId: '7c6b5a49-3827-4f16-a5e4-d3c2b1a09f8e',
    type: 'EXPENSE',
    amount: '25000.00',
    currency: 'CNY',
    requiredAuthority: 'VP',
    dueAt: '2026-03-04T02:00:00.000Z',
    dueAtProvisional: false,
    reference: null,
    policyVersion: 1,
    steps: [
      { position: 1, authority: 'DEPARTMENT_HEAD', department: 'SALES', dueAt: '2026-03-02T06:30:00.000Z' },
      { position: 2, authority: 'INTERNAL_CONTROL', department: null, dueAt: '2026-03-03T02:00:00.000Z' },
      { position: 3, authority: 'FINANCE', department: null, dueAt: '2026-03-03T06:30:00.000Z' },
      { position: 4, authority: 'VP', department: null, dueAt: '2026-03-04T02:00:00.000Z' },
    ],
  },
});

export const approvalRequestDecided = event('request', 'decided', {
  description:
    'An approval request reached its final outcome. The service named in `reference` completes or ' +
    'cancels what it asked for (a redemption, a discount, a campaign, a compensation).',
  data: z.object({
    requestId: z.uuid(),
    type: requestType,
    reference: approvalReferenceSchema.nullable(),
    outcome: z.enum(['APPROVED', 'REJECTED', 'WITHDRAWN']),
    amount: decimalSchema,
    currency: currencySchema,
    decidedAt: timestampSchema,
    reason: z.string().nullable(),
  }),
  example: {
    requestId: '7c6b5a49-3827-4f16-a5e4-d3c2b1a09f8e',
    type: 'POINTS_REDEMPTION',
    reference: { service: 'loyalty', aggregate: 'redemption', id: '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b' },
    outcome: 'APPROVED',
    amount: '6000.00',
    currency: 'CNY',
    decidedAt: '2026-03-03T06:00:00.000Z',
    reason: null,
  },
});

const delegationData = z.object({
  delegationId: z.uuid(),
  delegator: z.string().describe('the staff id whose authority is delegated'),
  delegate: z.string().describe('the staff id who acts with it'),
  authority,
  department: z
    .string()
    .nullable()
    .optional()
    .describe("for a department head's authority: the department; null for the others"),
  businessTypes: z
    .array(requestType)
    .optional()
    .describe('the business types the delegate decides (DOMAIN 3.5)'),
  maxAmount: decimalSchema
    .nullable()
    .optional()
    .describe('the largest amount (CNY) the delegate decides; null only for one recorded before scopes'),
  startsAt: timestampSchema,
  endsAt: timestampSchema,
  at: timestampSchema,
});
const delegationExample = {
  delegationId: '4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a',
  delegator: 'staff-vp-sales',
  delegate: 'staff-head-sales',
  authority: 'VP' as const,
  department: null,
  businessTypes: ['EXPENSE' as const, 'OTHER' as const],
  maxAmount: '50000',
  startsAt: '2026-07-01T01:00:00.000Z',
  endsAt: '2026-07-15T10:00:00.000Z',
  at: '2026-06-30T06:00:00.000Z',
};

export const delegationRecorded = event('delegation', 'recorded', {
  description:
    'A written delegation of approval authority, signed by the GM, was recorded (DOMAIN 3.5): at most 30 days.',
  data: delegationData,
  example: delegationExample,
});

export const delegationEnded = event('delegation', 'ended', {
  description: 'A delegation was handed back before its end date (DOMAIN 3.5).',
  data: delegationData,
  example: { ...delegationExample, at: '2026-07-10T02:00:00.000Z' },
});

export const paymentRecorded = event('payment', 'recorded', {
  description:
    'Finance paid money against an approved request, checked against the approval and its order: never more ' +
    'than approved (DOMAIN 3.8).',
  data: z.object({
    paymentId: z.uuid(),
    requestId: z.uuid(),
    orderNumber: z.string(),
    amount: decimalSchema,
    currency: currencySchema,
    paidTotal: decimalSchema.describe('everything paid on the request so far, this payment included'),
    approvedAmount: decimalSchema,
    paidAt: timestampSchema,
  }),
  example: {
    paymentId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    requestId: '7c6b5a49-3827-4f16-a5e4-d3c2b1a09f8e',
    orderNumber: 'PO-2026-0310',
    amount: '15000.00',
    currency: 'CNY',
    paidTotal: '15000.00',
    approvedAmount: '25000.00',
    paidAt: '2026-03-05T06:00:00.000Z',
  },
});

const REQUEST_ID = '7c6b5a49-3827-4f16-a5e4-d3c2b1a09f8e';
const stepDecision = z.enum(['APPROVE', 'REJECT', 'RETURN_FOR_CHANGES']);
/** Which step of which round of a request (a request returned for changes is decided again in a new round). */
const stepOf = {
  requestId: z.uuid(),
  round: z.number().int().positive(),
  position: z.number().int().positive(),
  authority,
};

export const approvalStepDecided = event('step', 'decided', {
  description:
    'A step of an approval request was decided (DOMAIN 3.2): approved (the next step is current, or the ' +
    'request is approved), rejected or returned for changes. The final outcome is `request.decided`.',
  data: z.object({
    ...stepOf,
    type: requestType,
    decision: stepDecision,
    decidedBy: z.string().describe('the staff id of the decider'),
    actingFor: z.uuid().nullable().describe('the delegation the decider acted under (DOMAIN 3.5)'),
    skipLevel: z.boolean().describe('decided by a higher authority in place of the step’s (DOMAIN 3.4)'),
    decidedLate: z.boolean().describe('after the step’s due time, with a written explanation (DOMAIN 3.7)'),
    decidedAt: timestampSchema,
    requestStatus: z.enum(['PENDING', 'RETURNED', 'APPROVED', 'REJECTED']),
    nextStep: openStep.nullable().describe('the step to decide now, when the request goes on'),
  }),
  example: {
    requestId: REQUEST_ID,
    round: 1,
    position: 1,
    authority: 'DEPARTMENT_HEAD',
    type: 'EXPENSE',
    decision: 'APPROVE',
    decidedBy: 'staff-head-sales',
    actingFor: null,
    skipLevel: false,
    decidedLate: false,
    decidedAt: '2026-03-02T05:00:00.000Z',
    requestStatus: 'PENDING',
    nextStep: {
      position: 2,
      authority: 'INTERNAL_CONTROL',
      department: null,
      dueAt: '2026-03-03T02:00:00.000Z',
    },
  },
});

export const approvalStepSkipLevelUsed = event('step', 'skip_level_used', {
  description:
    'A higher authority decided a step in place of the lower one, with a written justification and risk ' +
    'assessment (DOMAIN 3.4), so governance sees every skip.',
  data: z.object({
    ...stepOf,
    decidedWithAuthority: authority.describe('the higher authority the decider held'),
    decidedBy: z.string(),
    actingFor: z.uuid().nullable(),
    decision: stepDecision,
    justification: z.string().min(1),
    riskAssessment: z.string().min(1),
    decidedAt: timestampSchema,
  }),
  example: {
    requestId: REQUEST_ID,
    round: 1,
    position: 1,
    authority: 'DEPARTMENT_HEAD',
    decidedWithAuthority: 'VP',
    decidedBy: 'staff-vp-sales',
    actingFor: null,
    decision: 'APPROVE',
    justification: 'The department head is travelling; the supplier needs the answer today.',
    riskAssessment: 'Low: the expense is within the approved fair budget.',
    decidedAt: '2026-03-02T05:00:00.000Z',
  },
});

export const approvalRequestReturned = event('request', 'returned', {
  description:
    'A step returned an approval request to the applicant for changes (DOMAIN 3.2); it is decided again ' +
    'from that step once resubmitted.',
  data: z.object({
    ...stepOf,
    type: requestType,
    reference: approvalReferenceSchema.nullable(),
    returnedBy: z.string(),
    comment: z.string().min(1).describe('what to change'),
    returnedAt: timestampSchema,
  }),
  example: {
    requestId: REQUEST_ID,
    round: 1,
    position: 2,
    authority: 'INTERNAL_CONTROL',
    type: 'EXPENSE',
    reference: null,
    returnedBy: 'staff-ic-1',
    comment: 'Attach the supplier quote.',
    returnedAt: '2026-03-02T07:00:00.000Z',
  },
});

export const approvalRequestResubmitted = event('request', 'resubmitted', {
  description:
    'The applicant amended a request returned for changes and resubmitted it (DOMAIN 3.2): it restarts at ' +
    'the step that returned it, routed again when the amount moved to another band.',
  data: z.object({
    requestId: z.uuid(),
    type: requestType,
    reference: approvalReferenceSchema.nullable(),
    amount: decimalSchema,
    currency: currencySchema,
    requiredAuthority: authority,
    policyVersion: z.number().int().positive().nullable(),
    round: z.number().int().positive(),
    rerouted: z.boolean().describe('the chain changed with the amount'),
    steps: z.array(openStep).describe('the steps still to decide, the first one now'),
    dueAt: timestampSchema,
    resubmittedAt: timestampSchema,
  }),
  example: {
    requestId: REQUEST_ID,
    type: 'EXPENSE',
    reference: null,
    amount: '28000.00',
    currency: 'CNY',
    requiredAuthority: 'VP',
    policyVersion: 1,
    round: 2,
    rerouted: false,
    steps: [
      { position: 2, authority: 'INTERNAL_CONTROL', department: null, dueAt: '2026-03-04T02:00:00.000Z' },
      { position: 3, authority: 'FINANCE', department: null, dueAt: '2026-03-04T08:00:00.000Z' },
      { position: 4, authority: 'VP', department: null, dueAt: '2026-03-05T05:00:00.000Z' },
    ],
    dueAt: '2026-03-05T05:00:00.000Z',
    resubmittedAt: '2026-03-03T05:00:00.000Z',
  },
});

export const approvalRequestWithdrawn = event('request', 'withdrawn', {
  description:
    'The person (or service) who asked took a pending or returned request back. The asking service acts ' +
    'on `request.decided` (outcome WITHDRAWN), published with it.',
  data: z.object({
    requestId: z.uuid(),
    type: requestType,
    reference: approvalReferenceSchema.nullable(),
    withdrawnBy: z.string(),
    reason: z.string().nullable(),
    withdrawnAt: timestampSchema,
  }),
  example: {
    requestId: REQUEST_ID,
    type: 'EXPENSE',
    reference: null,
    withdrawnBy: 'staff-sales-7',
    reason: 'Ordered elsewhere',
    withdrawnAt: '2026-03-02T08:00:00.000Z',
  },
});

export const authorityPolicyPublished = event('policy', 'published', {
  description:
    'The GM published a new version of the authority policy (DOMAIN 3.1, 3.2), in force from `effectiveFrom`; ' +
    'requests routed before keep their version. Read it with `authorityPolicy(version)`.',
  data: z.object({
    version: z.number().int().positive(),
    effectiveFrom: timestampSchema,
    publishedBy: z.string(),
    publishedAt: timestampSchema,
    supersedes: z.number().int().positive().nullable().describe('the version in force until then'),
  }),
  example: {
    version: 2,
    effectiveFrom: '2026-04-01T00:00:00.000+08:00',
    publishedBy: 'staff-gm',
    publishedAt: '2026-03-20T02:00:00.000Z',
    supersedes: 1,
  },
});

export const approvalStepOverdue = event('step', 'overdue', {
  description:
    'A step of a pending approval request passed its due time undecided (DOMAIN 3.3, 3.7), announced once. ' +
    'It now also appears in the queue of the next authority up (`escalatedTo`, which may decide it as a ' +
    'skip-level decision, DOMAIN 3.4); deciding it late needs a written explanation that internal control reviews.',
  data: z.object({
    ...stepOf,
    role: z.string().describe('the role that decides the step'),
    department: z.string().nullable().describe('the department whose head decides it; null: any holder'),
    type: requestType,
    expedited: z.boolean(),
    dueAt: timestampSchema,
    overdueAt: timestampSchema.describe('when the step was found past its due time'),
    escalatedTo: authority.nullable().describe('the next authority up, whose queue shows it; null: none'),
  }),
  example: {
    requestId: REQUEST_ID,
    round: 1,
    position: 2,
    authority: 'INTERNAL_CONTROL',
    role: 'internal_control',
    department: null,
    type: 'EXPENSE',
    expedited: false,
    dueAt: '2026-03-03T02:00:00.000Z',
    overdueAt: '2026-03-03T02:05:00.000Z',
    escalatedTo: null,
  },
});

export const emergencyRatificationOverdue = event('emergency', 'ratification_overdue', {
  description:
    'An emergency carried out at once through the expedited channel (an URGENT complaint’s compensation, ' +
    'DOMAIN 3.6) was not ratified by its approval before the ratification deadline (policy data, 2 working ' +
    'days by default), announced once. Governance turns it into a violation.',
  data: z.object({
    requestId: z.uuid(),
    type: requestType.describe('the business type'),
    reference: approvalReferenceSchema
      .nullable()
      .describe('the subject that went ahead (service, aggregate, id), e.g. a complaint’s solution'),
    amount: decimalSchema,
    currency: currencySchema,
    requestedBy: z.string().describe('who asked: the person behind the emergency'),
    submittedAt: timestampSchema,
    ratificationDueAt: timestampSchema.describe('the deadline for the approval that ratifies it'),
    overdueAt: timestampSchema.describe('when it was found unratified past the deadline'),
    status: z.enum(['PENDING', 'RETURNED']).describe('where the approval stands'),
    currentStep: openStep.nullable().describe('the step to decide now; null while returned for changes'),
  }),
  example: {
    requestId: REQUEST_ID,
    type: 'COMPENSATION',
    reference: { service: 'complaints', aggregate: 'solution', id: '5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b' },
    amount: '170.00',
    currency: 'CNY',
    requestedBy: 'staff-cs-director',
    submittedAt: '2026-03-02T02:00:00.000Z',
    ratificationDueAt: '2026-03-04T02:00:00.000Z',
    overdueAt: '2026-03-04T02:05:00.000Z',
    status: 'PENDING',
    currentStep: {
      position: 1,
      authority: 'DEPARTMENT_HEAD',
      department: 'CUSTOMER_SERVICE',
      dueAt: '2026-03-03T02:00:00.000Z',
    },
  },
});

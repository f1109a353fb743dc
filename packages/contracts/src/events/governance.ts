import { z } from 'zod';
import { serviceEvents } from '../define';
import { timestampSchema } from './shared';

const event = serviceEvents('governance');

export const auditNoteRecorded = event('audit', 'note_recorded', {
  description: 'Supervision recorded a note in the audit trail (DOMAIN 4.1), e.g. a paper step archived.',
  data: z.object({
    entryId: z.uuid(),
    action: z.string(),
    subjectType: z.string(),
    subjectId: z.string(),
  }),
  example: {
    entryId: '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d',
    action: 'paper.archived',
    subjectType: 'Contract',
    subjectId: 'K-2026-7',
  },
});

export const auditPurged = event('audit', 'purged', {
  description:
    'Audit entries past their retention (at least 6 months, DOMAIN 4.1) were deleted from the start of the ' +
    'chain; the last one deleted is the checkpoint from which the rest of the chain verifies.',
  data: z.object({
    throughPosition: z.number().int().positive(),
    throughHash: z.string().regex(/^[0-9a-f]{64}$/),
    deleted: z.number().int().positive(),
    cutoff: timestampSchema.describe('entries that happened after this were kept'),
    purgedAt: timestampSchema,
  }),
  example: {
    throughPosition: 18234,
    throughHash: '9f2c'.repeat(16),
    deleted: 18234,
    cutoff: '2025-09-02T02:00:00.000Z',
    purgedAt: '2026-03-02T02:00:00.000Z',
  },
});

// Violations and penalties (DOMAIN 4.5) live in their own file, part of this catalogue.
export * from './governance-violations';

// Checks: the monthly sample and the yearly review (DOMAIN 4.2), in their own file, part of this catalogue.
export * from './governance-checks';
// Emergencies and exception applications (DOMAIN 4.6) live in their own file, part of this catalogue.
export * from './governance-incidents';

// Rectification items (DOMAIN 4.3-4.4): one item type for every source.
const RECTIFICATION_ID = '5d6e7f80-91a2-4b3c-8d4e-5f60718293a4';
const rectificationSource = z.enum(['AUDIT', 'CHECK', 'VIOLATION', 'COMPLAINT_IMPROVEMENT_ACTION']);
const rectificationSeverity = z.enum(['ORDINARY', 'MAJOR']);
const rectificationStatus = z.enum(['AWAITING_OWNER', 'OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED']);

export const rectificationOpened = event('rectification', 'opened', {
  description:
    'A rectification item was opened from an audit, a check, a violation or a complaint improvement action ' +
    '(DOMAIN 4.3-4.4): an ordinary one owned by its department and due in 7 working days, a major one ' +
    'escalated to the GM office meeting (no owner and no deadline yet).',
  data: z.object({
    itemId: z.uuid(),
    source: rectificationSource,
    sourceId: z.string(),
    severity: rectificationSeverity,
    status: rectificationStatus,
    ownerDepartment: z.string().nullable(),
    deadline: timestampSchema.nullable(),
    openedAt: timestampSchema,
  }),
  example: {
    itemId: RECTIFICATION_ID,
    source: 'AUDIT',
    sourceId: 'AR-2026-004',
    severity: 'ORDINARY',
    status: 'OPEN',
    ownerDepartment: 'SALES',
    deadline: '2026-03-11T02:00:00.000Z',
    openedAt: '2026-03-02T02:00:00.000Z',
  },
});

export const rectificationOwnerNamed = event('rectification', 'owner_named', {
  description:
    'The GM office meeting named the owner of a major rectification item; its deadline runs (DOMAIN 4.4).',
  data: z.object({
    itemId: z.uuid(),
    owner: z.string(),
    ownerDepartment: z.string(),
    deadline: timestampSchema,
    namedAt: timestampSchema,
  }),
  example: {
    itemId: RECTIFICATION_ID,
    owner: 'staff-42',
    ownerDepartment: 'SALES',
    deadline: '2026-03-11T02:00:00.000Z',
    namedAt: '2026-03-02T02:00:00.000Z',
  },
});

export const rectificationProgressReported = event('rectification', 'progress_reported', {
  description: 'The owner reported progress on a rectification item (DOMAIN 4.4).',
  data: z.object({ itemId: z.uuid(), status: rectificationStatus, reportedAt: timestampSchema }),
  example: { itemId: RECTIFICATION_ID, status: 'IN_PROGRESS', reportedAt: '2026-03-04T02:00:00.000Z' },
});

export const rectificationCompleted = event('rectification', 'completed', {
  description:
    'The owner reported a rectification item fixed, on time or late (DOMAIN 4.4); supervision verifies it next.',
  data: z.object({
    itemId: z.uuid(),
    ownerDepartment: z.string().nullable(),
    deadline: timestampSchema.nullable(),
    completedAt: timestampSchema,
    late: z.boolean(),
  }),
  example: {
    itemId: RECTIFICATION_ID,
    ownerDepartment: 'SALES',
    deadline: '2026-03-11T02:00:00.000Z',
    completedAt: '2026-03-09T02:00:00.000Z',
    late: false,
  },
});

export const rectificationVerified = event('rectification', 'verified', {
  description:
    "Supervision checked a rectification item's fix: PASSED closes it, FAILED sends it back to its owner (DOMAIN 4.4).",
  data: z.object({
    itemId: z.uuid(),
    outcome: z.enum(['PASSED', 'FAILED']),
    status: rectificationStatus,
    failedVerifications: z.number().int().min(0),
    verifiedAt: timestampSchema,
  }),
  example: {
    itemId: RECTIFICATION_ID,
    outcome: 'PASSED',
    status: 'VERIFIED',
    failedVerifications: 0,
    verifiedAt: '2026-03-10T02:00:00.000Z',
  },
});

export const rectificationOverdue = event('rectification', 'overdue', {
  description:
    'A rectification item passed its deadline without being fixed (DOMAIN 4.4); emitted once per item by the overdue job.',
  data: z.object({
    itemId: z.uuid(),
    source: rectificationSource,
    sourceId: z.string(),
    severity: rectificationSeverity,
    ownerDepartment: z.string().nullable(),
    deadline: timestampSchema,
    detectedAt: timestampSchema,
  }),
  example: {
    itemId: RECTIFICATION_ID,
    source: 'AUDIT',
    sourceId: 'AR-2026-004',
    severity: 'ORDINARY',
    ownerDepartment: 'SALES',
    deadline: '2026-03-11T02:00:00.000Z',
    detectedAt: '2026-03-11T02:05:00.000Z',
  },
});

// Controlled documents (DOMAIN 4.7): the register's facts, never a document's content or a grant's reason.
const DOCUMENT_ID = '6e7f8091-a2b3-4c4d-9e5f-60718293a4b5';
const documentKind = z.enum(['CONTRACT', 'POLICY', 'REPORT', 'MEETING_MINUTES', 'OTHER']);

export const documentRegistered = event('document', 'registered', {
  description:
    'A controlled document was registered, its name carrying project, date and version, its content stored encrypted (DOMAIN 4.7).',
  data: z.object({
    documentId: z.uuid(),
    documentName: z.string(),
    project: z.string(),
    documentDate: z.iso.date(),
    documentVersion: z.string(),
    kind: documentKind,
    sizeBytes: z.number().int().positive(),
    registeredAt: timestampSchema,
  }),
  example: {
    documentId: DOCUMENT_ID,
    documentName: 'KH2026000123_20260315_v1.0.pdf',
    project: 'KH2026000123',
    documentDate: '2026-03-15',
    documentVersion: '1.0',
    kind: 'CONTRACT',
    sizeBytes: 182_044,
    registeredAt: '2026-03-16T02:00:00.000Z',
  },
});

export const documentAccessGranted = event('document', 'access_granted', {
  description:
    'A person was granted time-limited access to a controlled document, e.g. a contract (DOMAIN 4.7).',
  data: z.object({
    documentId: z.uuid(),
    grantId: z.uuid(),
    grantee: z.string(),
    validUntil: timestampSchema,
    grantedAt: timestampSchema,
  }),
  example: {
    documentId: DOCUMENT_ID,
    grantId: '7f8091a2-b3c4-4d5e-8f60-718293a4b5c6',
    grantee: 'staff-42',
    validUntil: '2026-03-20T10:00:00.000Z',
    grantedAt: '2026-03-16T02:00:00.000Z',
  },
});

export const documentAccessRevoked = event('document', 'access_revoked', {
  description: "A person's access to a controlled document was revoked before it ended (DOMAIN 4.7).",
  data: z.object({
    documentId: z.uuid(),
    grantId: z.uuid(),
    grantee: z.string(),
    revokedAt: timestampSchema,
  }),
  example: {
    documentId: DOCUMENT_ID,
    grantId: '7f8091a2-b3c4-4d5e-8f60-718293a4b5c6',
    grantee: 'staff-42',
    revokedAt: '2026-03-17T02:00:00.000Z',
  },
});

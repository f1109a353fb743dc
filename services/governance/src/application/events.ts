import {
  auditNoteRecorded,
  checkFindingRecorded,
  checkSampleDrawn,
  createEvent,
  documentAccessGranted,
  documentAccessRevoked,
  documentRegistered,
  type Envelope,
  type EventContext,
  rectificationCompleted,
  rectificationOpened,
  rectificationOverdue,
  rectificationOwnerNamed,
  rectificationProgressReported,
  rectificationVerified,
  violationAppealDecided,
  violationAppealed,
  violationAppealOverdue,
  violationDecided,
  violationDismissed,
  violationNotified,
  violationOpened,
  violationRecorded,
  violationReported,
  reviewCompleted,
  violationStatementSubmitted,
  exceptionDecided,
  exceptionSubmitted,
  type EventDefinition,
} from '@care/contracts';
import type { z } from 'zod';
import type { AuditEntry } from '../domain/audit-entry';
import type { AccessGrant, ControlledDocument } from '../domain/controlled-document';
import { versionLabel } from '../domain/document-name';
import type { RectificationItem, VerificationOutcome } from '../domain/rectification';
import { appealDecidedLate, finalPenalty, type Violation } from '../domain/violation';
import type { CheckSample, SampleFinding } from '../domain/check-sample';
import type { YearlyReview } from '../domain/yearly-review';
import {
  EXCEPTION_REFERENCE,
  type ExceptionApplication,
  type ExceptionOutcome,
} from '../domain/exception-application';
import type { Incident } from '../domain/incident';

/** `care.governance.audit.note_recorded`: supervision recorded a note in the audit trail (DOMAIN 4.1). */
export function noteRecordedEvent(entry: AuditEntry, context: EventContext) {
  return createEvent(
    auditNoteRecorded,
    entry.id,
    {
      entryId: entry.id,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
    },
    context,
  );
}

/** `care.governance.document.registered` */
export const registeredEvent = (d: ControlledDocument, context: EventContext): Envelope =>
  createEvent(
    documentRegistered,
    d.id,
    {
      documentId: d.id,
      documentName: d.name,
      project: d.project,
      documentDate: d.documentDate,
      documentVersion: versionLabel(d),
      kind: d.kind,
      sizeBytes: d.sizeBytes,
      registeredAt: d.registeredAt.toISOString(),
    },
    context,
  );

/** `care.governance.document.access_granted` */
export const accessGrantedEvent = (g: AccessGrant, context: EventContext): Envelope =>
  createEvent(
    documentAccessGranted,
    g.documentId,
    {
      documentId: g.documentId,
      grantId: g.id,
      grantee: g.grantee,
      validUntil: g.validUntil.toISOString(),
      grantedAt: g.grantedAt.toISOString(),
    },
    context,
  );

/** `care.governance.document.access_revoked` */
export const accessRevokedEvent = (g: AccessGrant, context: EventContext): Envelope =>
  createEvent(
    documentAccessRevoked,
    g.documentId,
    { documentId: g.documentId, grantId: g.id, grantee: g.grantee, revokedAt: g.revokedAt!.toISOString() },
    context,
  );

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/** `care.governance.rectification.opened` */
export const openedEvent = (item: RectificationItem, context: EventContext): Envelope =>
  createEvent(
    rectificationOpened,
    item.id,
    {
      itemId: item.id,
      source: item.source,
      sourceId: item.sourceId,
      severity: item.severity,
      status: item.status,
      ownerDepartment: item.ownerDepartment,
      deadline: isoOrNull(item.deadline),
      openedAt: iso(item.openedAt),
    },
    context,
  );

/** `care.governance.rectification.owner_named` */
export const ownerNamedEvent = (item: RectificationItem, context: EventContext): Envelope =>
  createEvent(
    rectificationOwnerNamed,
    item.id,
    {
      itemId: item.id,
      owner: item.owner!,
      ownerDepartment: item.ownerDepartment!,
      deadline: iso(item.deadline!),
      namedAt: iso(item.ownerNamedAt!),
    },
    context,
  );

/** `care.governance.rectification.progress_reported` */
export const progressReportedEvent = (item: RectificationItem, now: Date, context: EventContext): Envelope =>
  createEvent(
    rectificationProgressReported,
    item.id,
    { itemId: item.id, status: item.status, reportedAt: iso(now) },
    context,
  );

/** `care.governance.rectification.completed` */
export const completedEvent = (item: RectificationItem, context: EventContext): Envelope =>
  createEvent(
    rectificationCompleted,
    item.id,
    {
      itemId: item.id,
      ownerDepartment: item.ownerDepartment,
      deadline: isoOrNull(item.deadline),
      completedAt: iso(item.completedAt!),
      late: item.completedLate ?? false,
    },
    context,
  );

/** `care.governance.rectification.verified` */
export const verifiedEvent = (
  item: RectificationItem,
  outcome: VerificationOutcome,
  now: Date,
  context: EventContext,
): Envelope =>
  createEvent(
    rectificationVerified,
    item.id,
    {
      itemId: item.id,
      outcome,
      status: item.status,
      failedVerifications: item.failedVerifications,
      verifiedAt: iso(now),
    },
    context,
  );

/** `care.governance.rectification.overdue` */
export const overdueEvent = (item: RectificationItem, context: EventContext): Envelope =>
  createEvent(
    rectificationOverdue,
    item.id,
    {
      itemId: item.id,
      source: item.source,
      sourceId: item.sourceId,
      severity: item.severity,
      ownerDepartment: item.ownerDepartment,
      deadline: iso(item.deadline!),
      detectedAt: iso(item.overdueAt!),
    },
    context,
  );

/** What every violation event carries (DOMAIN 4.5). */
const common = (v: Violation, at: Date) => ({
  violationId: v.id,
  level: v.level,
  category: v.category,
  status: v.status,
  personId: v.personId,
  at: at.toISOString(),
});

/** The event that says what the change from `before` to `after` was; none when the status stayed. */
export function violationEvents(
  before: Violation | null,
  after: Violation,
  at: Date,
  context: EventContext,
): Envelope[] {
  /** The event of `definition`: what every violation event carries, and what this one adds. */
  const emit = <S extends z.ZodObject>(
    definition: EventDefinition<S>,
    extra: Omit<z.input<S>, keyof ReturnType<typeof common>>,
  ): Envelope => createEvent(definition, after.id, { ...common(after, at), ...extra } as z.input<S>, context);
  const event = (): Envelope | null => {
    if (!before)
      return emit(violationOpened, {
        cases: after.cases,
        source: after.source,
        detectedFrom: after.detectedFrom,
        subject: after.subject,
        proposedPenalty: after.proposedPenalty,
      });
    if (before.status === after.status) {
      if (!before.appeal?.overdueAt && after.appeal?.overdueAt)
        return emit(violationAppealOverdue, {
          appealDecisionDueAt: after.appeal.decisionDueAt.toISOString(),
        });
      return null;
    }
    switch (after.status) {
      case 'REPORTED':
        return emit(violationReported, { cases: after.cases, proposedPenalty: after.proposedPenalty });
      case 'NOTIFIED':
        return emit(violationNotified, { statementDueAt: after.notice!.statementDueAt.toISOString() });
      case 'STATED':
        return emit(violationStatementSubmitted, { waived: after.statement!.waived });
      case 'DECIDED':
        return emit(violationDecided, {
          penalty: after.decision!.penalty,
          appealDueAt: after.decision!.appealDueAt.toISOString(),
        });
      case 'RECORDED':
        return emit(violationRecorded, { penalty: after.decision!.penalty });
      case 'APPEALED':
        return emit(violationAppealed, { appealDecisionDueAt: after.appeal!.decisionDueAt.toISOString() });
      case 'RESOLVED':
        return emit(violationAppealDecided, {
          outcome: after.appeal!.outcome!,
          finalPenalty: finalPenalty(after),
          decidedLate: appealDecidedLate(after),
        });
      case 'DISMISSED':
        return emit(violationDismissed, {});
      default:
        return null;
    }
  };
  const built = event();
  return built ? [built] : [];
}

// The checks' events (DOMAIN 4.2): each contract keeps only its own fields of what it is given.

/** `care.governance.check.sample_drawn` */
export const sampleDrawnEvent = (s: CheckSample, context: EventContext): Envelope =>
  createEvent(checkSampleDrawn, s.id, { ...s, sampleId: s.id, drawnAt: iso(s.drawnAt) }, context);

/** `care.governance.check.finding_recorded` */
export const findingRecordedEvent = (f: SampleFinding, month: string, context: EventContext): Envelope =>
  createEvent(
    checkFindingRecorded,
    f.sampleId,
    { ...f, findingId: f.id, month, recordedAt: iso(f.recordedAt) },
    context,
  );

/** `care.governance.review.completed` */
export const reviewCompletedEvent = (r: YearlyReview, context: EventContext): Envelope =>
  createEvent(reviewCompleted, r.id, { ...r, reviewId: r.id, completedAt: iso(r.runAt) }, context);

/** An incident's event (DOMAIN 4.6): its id, kind and status at `at`, and what the event adds. */
export const incidentEvent = <S extends z.ZodObject>(
  definition: EventDefinition<S>,
  i: Incident,
  at: Date,
  extra: Omit<z.input<S>, 'incidentId' | 'kind' | 'status' | 'at'>,
  context: EventContext,
): Envelope =>
  createEvent(
    definition,
    i.id,
    { incidentId: i.id, kind: i.kind, status: i.status, at: iso(at), ...extra } as z.input<S>,
    context,
  );

/** `care.governance.exception.submitted`: approvals opens the request that decides it (DOMAIN 4.6). */
export const exceptionSubmittedEvent = (a: ExceptionApplication, context: EventContext): Envelope =>
  createEvent(
    exceptionSubmitted,
    a.id,
    {
      applicationId: a.id,
      kind: a.kind,
      title: a.title,
      riskLevel: a.riskAssessment.level,
      amount: a.amount,
      currency: a.currency,
      reference: { ...EXCEPTION_REFERENCE, id: a.id },
      submittedAt: iso(a.submittedAt),
    },
    context,
  );

/** `care.governance.exception.decided` */
export const exceptionDecidedEvent = (a: ExceptionApplication, context: EventContext): Envelope =>
  createEvent(
    exceptionDecided,
    a.id,
    {
      applicationId: a.id,
      kind: a.kind,
      outcome: a.status as ExceptionOutcome,
      approvalRequestId: a.approvalRequestId!,
      decidedAt: iso(a.decidedAt!),
    },
    context,
  );

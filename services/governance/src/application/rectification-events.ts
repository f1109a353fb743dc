import {
  createEvent,
  rectificationCompleted,
  rectificationOpened,
  rectificationOverdue,
  rectificationOwnerNamed,
  rectificationProgressReported,
  rectificationVerified,
  type Envelope,
  type EventContext,
} from '@care/contracts';
import type { RectificationItem, VerificationOutcome } from '../domain/rectification';

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

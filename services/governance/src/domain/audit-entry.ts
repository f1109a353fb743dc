import { refuse } from '@care/domain-kernel';

export interface AuditEntry {
  id: string;
  occurredAt: Date;
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  source: string;
  details: Record<string, unknown> | null;
  retainUntil: Date;
}

/** DOMAIN 4.1: every trace is kept at least 6 months. */
export const RETENTION_MONTHS = 6;

/** The instant 6 calendar months later (clamped to the month's last day: Aug 31 + 6 months = Feb 28/29). */
export function retentionEnd(occurredAt: Date, months = RETENTION_MONTHS): Date {
  const end = new Date(occurredAt.getTime());
  const day = end.getUTCDate();
  end.setUTCDate(1);
  end.setUTCMonth(end.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
  end.setUTCDate(Math.min(day, lastDay));
  return end;
}

const NAME = /^[A-Za-z][A-Za-z0-9_.:-]{0,99}$/;

export function auditNote(
  input: { action: string; subjectType: string; subjectId: string; details?: Record<string, unknown> | null },
  context: { id: string; actor: string; now: Date },
): AuditEntry {
  for (const field of ['action', 'subjectType'] as const) {
    if (!NAME.test(input[field]))
      throw refuse.input(field, `${field} must be a short identifier such as complaint.reviewed`);
  }
  if (input.subjectId.trim().length === 0 || input.subjectId.length > 200) {
    throw refuse.input('subjectId', 'subjectId must have 1 to 200 characters');
  }
  return {
    id: context.id,
    occurredAt: context.now,
    actor: context.actor,
    action: input.action,
    subjectType: input.subjectType,
    subjectId: input.subjectId.trim(),
    source: 'MANUAL',
    details: input.details ?? null,
    retainUntil: retentionEnd(context.now),
  };
}

/**
 * An audit entry of something governance itself did that no event of its own tells (a document read, a
 * grant, an approval request linked): recorded in the transaction of what it traces (DOMAIN 4.1).
 */
export function governanceTrace(
  action: string,
  subject: { type: string; id: string },
  details: Record<string, unknown>,
  context: { id: string; actor: string; now: Date },
): AuditEntry {
  return {
    id: context.id,
    occurredAt: context.now,
    actor: context.actor,
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    source: 'governance',
    details,
    retainUntil: retentionEnd(context.now),
  };
}

/** The part of an event envelope the audit trail keeps. */
export interface TracedEvent {
  id: string;
  type: string;
  source: string;
  subject: string;
  time: string;
  actor: { kind: string; id: string };
  data: Record<string, unknown>;
}

/**
 * DOMAIN 4.1: every action leaves a trace. An event of another service becomes one audit entry: who
 * (the actor), what (the event type), on what (the aggregate and its id), when, and the facts it carried.
 */
export function auditEntryFromEvent(event: TracedEvent): AuditEntry {
  const [, service, aggregate] = event.type.split('.');
  const occurredAt = new Date(event.time);
  return {
    id: event.id,
    occurredAt,
    actor: `${event.actor.kind}:${event.actor.id}`,
    action: event.type,
    subjectType: aggregate ?? 'unknown',
    subjectId: event.subject,
    source: event.source.replace(/^\/care\//, '') || service || 'unknown',
    details: event.data,
    retainUntil: retentionEnd(occurredAt),
  };
}

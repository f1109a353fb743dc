import { auditNoteRecorded, createEvent, type EventContext } from '@care/contracts';
import type { AuditEntry } from '../domain/audit-entry';

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

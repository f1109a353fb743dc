import { auditNoteRecorded, createEvent } from '@care/contracts';
import { badInput, eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { SUPERVISION_ROLES } from '../domain/access';
import { AuditRuleViolation, auditNote, type AuditEntry } from '../domain/audit-entry';
import type { Deps } from './ports';

export async function recordAuditNote(
  deps: Deps,
  caller: Caller,
  input: { action: string; subjectType: string; subjectId: string; details?: Record<string, unknown> | null },
): Promise<AuditEntry> {
  requireRole(caller.actor, ...SUPERVISION_ROLES);
  let entry: AuditEntry;
  try {
    entry = auditNote(input, { id: deps.newId(), actor: caller.actor.sub, now: deps.clock.now() });
  } catch (error) {
    if (error instanceof AuditRuleViolation) throw badInput(error.message, { field: error.field });
    throw error;
  }
  return deps.unitOfWork(async (tx) => {
    await tx.entries.insert(entry);
    await tx.outbox.enqueue(
      createEvent(
        auditNoteRecorded,
        entry.id,
        {
          entryId: entry.id,
          action: entry.action,
          subjectType: entry.subjectType,
          subjectId: entry.subjectId,
        },
        eventContextOf(caller),
      ),
    );
    return entry;
  });
}

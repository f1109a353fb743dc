import { authorised, eventContextOf, type Caller } from '@care/service-kit';
import { SUPERVISION_ROLES } from '../domain/access';
import type { SealedAuditEntry } from '../domain/audit-chain';
import { auditNote } from '../domain/audit-entry';
import { noteRecordedEvent } from './events';
import type { Deps } from './ports';

/** Supervision records a trace of its own, e.g. an important paper step photographed and archived (DOMAIN 4.1). */
export const recordAuditNote = authorised(
  SUPERVISION_ROLES,
  async (
    deps: Deps,
    caller: Caller,
    input: {
      action: string;
      subjectType: string;
      subjectId: string;
      details?: Record<string, unknown> | null;
    },
  ): Promise<SealedAuditEntry> => {
    const entry = auditNote(input, { id: deps.newId(), actor: caller.actor.sub, now: deps.clock.now() });
    return deps.unitOfWork(async (tx) => {
      const sealed = await tx.entries.insert(entry);
      await tx.outbox.enqueue(noteRecordedEvent(entry, eventContextOf(caller)));
      return sealed;
    });
  },
);

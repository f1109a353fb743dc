import type { Envelope } from '@care/contracts';
import type { UnitOfWork } from '@care/service-kit';
import { auditEntryFromEvent } from '../domain/audit-entry';
import type { Deps, Transaction } from './ports';

/**
 * The service's unit of work in which every event governance itself emits is also an entry of the audit
 * trail, in the same transaction (DOMAIN 4.1: every action leaves a trace; the audit-trail consumer reads
 * the other services' streams only).
 */
export const tracedUnitOfWork =
  (deps: Pick<Deps, 'unitOfWork'>): UnitOfWork<Transaction> =>
  (work) =>
    deps.unitOfWork((tx) =>
      work({
        ...tx,
        outbox: {
          enqueue: async (...events: Envelope[]) => {
            await tx.outbox.enqueue(...events);
            for (const event of events) await tx.entries.insert(auditEntryFromEvent(event));
          },
        },
      }),
    );

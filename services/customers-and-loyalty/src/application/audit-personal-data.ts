import { createEvent, personalDataViewed } from '@care/contracts';
import { eventContextOf, type Caller } from '@care/service-kit';
import type { Deps } from './ports';

/**
 * Every unmasked read of personal data leaves an audit event (DOMAIN 2.7, 4.1): one per batch of reads
 * (a request's page of customers), naming the customers and fields; the actor is in the envelope.
 */
export async function auditPersonalDataRead(
  deps: Deps,
  caller: Caller,
  reads: readonly { customerId: string; field: 'email' | 'phone' | 'birthday' }[],
): Promise<void> {
  if (reads.length === 0) return;
  const now = deps.clock.now();
  await deps.unitOfWork((tx) =>
    tx.outbox.enqueue(
      createEvent(
        personalDataViewed,
        reads[0]!.customerId,
        {
          customerIds: [...new Set(reads.map((r) => r.customerId))],
          fields: [...new Set(reads.map((r) => r.field))].sort(),
          viewedAt: now.toISOString(),
        },
        eventContextOf(caller),
      ),
    ),
  );
}

import { createEvent, customerChangeReviewed } from '@care/contracts';
import { eventContextOf, notFound, requireRole, type Caller } from '@care/service-kit';
import { CHANGE_ROLES } from '../domain/access';
import { reviewChange, type CustomerChange } from '../domain/customer-change';
import { guard, UUID } from './rules';
import { applyChanges } from './update-customer';
import type { Deps } from './ports';

/** DOMAIN 2.5: a second person (never the entry clerk) double-checks the request; applied, it changes the customer. */
export async function reviewCustomerChange(
  deps: Deps,
  caller: Caller,
  input: { id: string; approve: boolean; reason?: string | null },
): Promise<CustomerChange> {
  requireRole(caller.actor, ...CHANGE_ROLES);
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const current = UUID.test(input.id) ? await tx.customers.findChange(input.id, true) : null;
    if (!current) throw notFound('Customer change', input.id);
    const change = guard(() =>
      reviewChange(current, caller.actor.sub, input.approve, input.reason ?? null, now),
    );
    if (change.status === 'APPLIED') await applyChanges(tx, now, caller, change.customerId, change.changes);
    await tx.customers.updateChange(change);
    await tx.outbox.enqueue(
      createEvent(
        customerChangeReviewed,
        change.id,
        {
          changeId: change.id,
          customerId: change.customerId,
          outcome: change.status as 'APPLIED' | 'REJECTED',
          answeredAt: now.toISOString(),
          onTime: change.onTime!,
        },
        eventContextOf(caller),
      ),
    );
    return change;
  });
}

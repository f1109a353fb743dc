import { createEvent, customerChangeSubmitted } from '@care/contracts';
import { eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { CHANGE_ROLES } from '../domain/access';
import { applyProfileChanges, type ProfileChanges } from '../domain/customer';
import { submitChange, type CustomerChange } from '../domain/customer-change';
import { guard, lockCustomer } from './rules';
import type { Deps } from './ports';

/** DOMAIN 2.5: the entry clerk enters and verifies the request with its ID document; it waits for review. */
export async function submitCustomerChange(
  deps: Deps,
  caller: Caller,
  input: { customerId: string; changes: ProfileChanges; idDocumentReference: string },
): Promise<CustomerChange> {
  requireRole(caller.actor, ...CHANGE_ROLES);
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const customer = await lockCustomer(tx, input.customerId);
    // Validate now, so the reviewer only ever sees a request that can be applied.
    guard(() => applyProfileChanges(customer, input.changes, now));
    const change = guard(() =>
      submitChange(
        {
          id: deps.newId(),
          customerId: customer.id,
          changes: input.changes,
          idDocumentReference: input.idDocumentReference,
          enteredBy: caller.actor.sub,
        },
        now,
        deps.calendar,
      ),
    );
    await tx.customers.insertChange(change);
    await tx.outbox.enqueue(
      createEvent(
        customerChangeSubmitted,
        change.id,
        {
          changeId: change.id,
          customerId: customer.id,
          changedFields: Object.keys(input.changes).filter(
            (k) => input.changes[k as keyof ProfileChanges] !== undefined,
          ),
          submittedAt: now.toISOString(),
          dueAt: change.dueAt.toISOString(),
        },
        eventContextOf(caller),
      ),
    );
    return change;
  });
}

import { eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { CHANGE_ROLES } from '../domain/access';
import { applyProfileChanges, type ProfileChanges } from '../domain/customer';
import { submitChange, type CustomerChange } from '../domain/customer-change';
import { lockCustomer } from './change-customer';
import { changeSubmittedEvent } from './events';
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
    applyProfileChanges(customer, input.changes, now);
    const change = submitChange(
      { ...input, id: deps.newId(), customerId: customer.id, enteredBy: caller.actor.sub },
      now,
      deps.calendar,
    );
    await tx.changes.insert(change);
    const changedFields = Object.keys(input.changes).filter(
      (k) => input.changes[k as keyof ProfileChanges] !== undefined,
    );
    await tx.outbox.enqueue(changeSubmittedEvent(change, changedFields, eventContextOf(caller)));
    return change;
  });
}

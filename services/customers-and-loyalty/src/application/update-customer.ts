import { createEvent, customerUpdated } from '@care/contracts';
import { eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { CUSTOMER_WRITE_ROLES } from '../domain/access';
import { applyProfileChanges, type Customer, type ProfileChanges } from '../domain/customer';
import { guard, lockCustomer } from './rules';
import type { Deps, Transaction } from './ports';

export async function updateCustomer(
  deps: Deps,
  caller: Caller,
  id: string,
  changes: ProfileChanges,
): Promise<Customer> {
  requireRole(caller.actor, ...CUSTOMER_WRITE_ROLES);
  return deps.unitOfWork((tx) => applyChanges(tx, deps.clock.now(), caller, id, changes));
}

/** Applies profile changes to a customer in the caller's transaction, with the event naming the fields. */
export async function applyChanges(
  tx: Transaction,
  now: Date,
  caller: Caller,
  id: string,
  changes: ProfileChanges,
): Promise<Customer> {
  const current = await lockCustomer(tx, id);
  const { customer, changed } = guard(() => applyProfileChanges(current, changes, now));
  if (changed.length === 0) return current;
  await tx.customers.update(customer);
  await tx.outbox.enqueue(
    createEvent(
      customerUpdated,
      customer.id,
      {
        customerId: customer.id,
        changedFields: changed,
        region: customer.region,
        updatedAt: now.toISOString(),
      },
      eventContextOf(caller),
    ),
  );
  return { ...customer, version: customer.version + 1 };
}

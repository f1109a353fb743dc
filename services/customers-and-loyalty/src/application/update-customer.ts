import { authorised, eventContextOf, type Caller, type UnitOfWork } from '@care/service-kit';
import { CUSTOMER_WRITE_ROLES } from '../domain/access';
import { applyProfileChanges, type Customer, type ProfileChanges } from '../domain/customer';
import { changeCustomer } from './change-customer';
import { customerUpdatedEvent } from './events';
import type { Deps, Transaction } from './ports';

export const updateCustomer = authorised(
  CUSTOMER_WRITE_ROLES,
  async (deps: Deps, caller, { id, changes }: { id: string; changes: ProfileChanges }) =>
    changeProfile(deps.unitOfWork, deps.clock.now(), caller, id, changes),
);

/**
 * Applies profile changes to a customer, with the event naming the fields that really changed; changes
 * that change nothing write nothing.
 */
export function changeProfile(
  unitOfWork: UnitOfWork<Transaction>,
  now: Date,
  caller: Caller,
  id: string,
  changes: ProfileChanges,
): Promise<Customer> {
  return changeCustomer(unitOfWork, id, (current) => {
    const { customer, changed } = applyProfileChanges(current, changes, now);
    if (changed.length === 0) return { next: current };
    return { next: customer, events: [customerUpdatedEvent(customer, changed, now, eventContextOf(caller))] };
  });
}

import { eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { CUSTOMER_WRITE_ROLES } from '../domain/access';
import { registerCustomer as register, type Customer, type RegistrationInput } from '../domain/customer';
import { customerRegisteredEvent } from './events';
import type { Deps } from './ports';

export async function registerCustomer(
  deps: Deps,
  caller: Caller,
  input: RegistrationInput,
): Promise<Customer> {
  requireRole(caller.actor, ...CUSTOMER_WRITE_ROLES);
  const customer = register(input, deps.newId(), deps.clock.now());
  return deps.unitOfWork(async (tx) => {
    await tx.customers.insert(customer);
    await tx.outbox.enqueue(customerRegisteredEvent(customer, eventContextOf(caller)));
    return customer;
  });
}

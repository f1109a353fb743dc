import { authorised, eventContextOf } from '@care/service-kit';
import { CUSTOMER_WRITE_ROLES } from '../domain/access';
import { registerCustomer as register, type RegistrationInput } from '../domain/customer';
import { customerRegisteredEvent } from './events';
import type { Deps } from './ports';

export const registerCustomer = authorised(
  CUSTOMER_WRITE_ROLES,
  async (deps: Deps, caller, input: RegistrationInput) => {
    const customer = register(input, deps.newId(), deps.clock.now());
    return deps.unitOfWork(async (tx) => {
      await tx.customers.insert(customer);
      await tx.outbox.enqueue(customerRegisteredEvent(customer, eventContextOf(caller)));
      return customer;
    });
  },
);

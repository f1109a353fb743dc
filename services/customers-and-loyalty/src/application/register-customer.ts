import { createEvent, customerRegistered } from '@care/contracts';
import { badInput, eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { CUSTOMER_WRITE_ROLES } from '../domain/access';
import {
  CustomerRuleViolation,
  registerCustomer as register,
  type Customer,
  type RegistrationInput,
} from '../domain/customer';
import type { Deps } from './ports';

export async function registerCustomer(
  deps: Deps,
  caller: Caller,
  input: RegistrationInput,
): Promise<Customer> {
  requireRole(caller.actor, ...CUSTOMER_WRITE_ROLES);
  let customer: Customer;
  try {
    customer = register(input, deps.newId(), deps.clock.now());
  } catch (error) {
    if (error instanceof CustomerRuleViolation) throw badInput(error.message, { field: error.field });
    throw error;
  }
  return deps.unitOfWork(async (tx) => {
    await tx.customers.insert(customer);
    await tx.outbox.enqueue(
      createEvent(
        customerRegistered,
        customer.id,
        {
          customerId: customer.id,
          tier: customer.tier,
          region: customer.region,
          registeredAt: customer.registeredAt.toISOString(),
        },
        eventContextOf(caller),
      ),
    );
    return customer;
  });
}

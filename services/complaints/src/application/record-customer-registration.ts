import type { CustomerDirectory } from './ports';

/** Loyalty's `customer.registered`: from now on a complaint may name this customer. */
export function recordCustomerRegistration(
  customers: CustomerDirectory,
  event: { customerId: string; registeredAt: string },
): Promise<void> {
  return customers.record(event.customerId, new Date(event.registeredAt));
}

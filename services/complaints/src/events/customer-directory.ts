import { customerRegistered } from '@care/contracts';
import { onEvent, subscription } from '@care/messaging';
import { recordCustomerRegistration } from '../application/record-customer-registration';
import { SqlCustomerDirectory } from '../persistence';

/**
 * Keeps the local projection of the customers loyalty registered, so that a complaint names a customer
 * the platform knows. A new durable reads the loyalty stream from its first event, so every customer
 * registered before this consumer existed is known once it has caught up.
 */
export const customerDirectory = subscription(
  'customer-directory',
  onEvent(customerRegistered, (data, _event, tx) =>
    recordCustomerRegistration(new SqlCustomerDirectory(tx), data),
  ),
);

import { customerRegistered, SERVICES } from '@care/contracts';
import { EventConsumer } from '@care/messaging';
import type { MessagingContext } from '@care/service-kit';
import { recordCustomerRegistration } from '../application/record-customer-registration';
import { SqlCustomerDirectory } from '../persistence';

/**
 * Keeps the local projection of the customers loyalty registered, so that a complaint names a customer
 * the platform knows. A new durable reads the loyalty stream from its first event, so every customer
 * registered before this consumer existed is known once it has caught up.
 */
export function customerDirectoryConsumer(context: MessagingContext): EventConsumer {
  return new EventConsumer({
    ...context,
    service: 'complaints',
    purpose: 'customer-directory',
    sources: [{ stream: SERVICES.loyalty.stream, subjects: [customerRegistered.subject] }],
    handle: async (event, tx) => {
      if (event.type !== customerRegistered.type) return;
      const data = customerRegistered.data.parse(event.data);
      await recordCustomerRegistration(new SqlCustomerDirectory(tx), data);
    },
  });
}

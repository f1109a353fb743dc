import { authorised, eventContextOf } from '@care/service-kit';
import { CHANGE_ROLES } from '../domain/access';
import { applyProfileChanges, type ProfileChanges } from '../domain/customer';
import { submitChange } from '../domain/customer-change';
import { withCustomer } from './change-customer';
import { changeSubmittedEvent } from './events';
import type { Deps } from './ports';

/** DOMAIN 2.5: the entry clerk enters and verifies the request with its ID document; it waits for review. */
export const submitCustomerChange = authorised(
  CHANGE_ROLES,
  async (
    deps: Deps,
    caller,
    input: { customerId: string; changes: ProfileChanges; idDocumentReference: string },
  ) => {
    const now = deps.clock.now();
    return withCustomer(deps, input.customerId, async (customer, tx) => {
      // Validate now, so the reviewer only ever sees a request that can be applied.
      applyProfileChanges(customer, input.changes, now);
      const change = submitChange(
        { ...input, id: deps.newId(), customerId: customer.id, enteredBy: caller.actor.sub },
        now,
        deps.calendar,
      );
      await tx.changes.insert(change);
      await tx.outbox.enqueue(changeSubmittedEvent(change, eventContextOf(caller)));
      return change;
    });
  },
);

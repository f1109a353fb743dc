import { authorised, eventContextOf } from '@care/service-kit';
import { UNFREEZE_ROLES } from '../domain/access';
import { unfreezeAccount as unfreeze } from '../domain/freeze';
import { changeCustomer } from './change-customer';
import { accountUnfrozenEvent } from './events';
import type { Deps } from './ports';

/** Releases a frozen account after the investigation, with the reason; closes its open freezes. */
export const unfreezeAccount = authorised(
  UNFREEZE_ROLES,
  async (deps: Deps, caller, { customerId, reason }: { customerId: string; reason: string }) => {
    const now = deps.clock.now();
    return changeCustomer(deps.unitOfWork, customerId, async (customer, tx) => {
      const released = unfreeze(customer, reason);
      const closed = await tx.freezes.closeOpen(customer.id, now, caller.actor.sub, released.reason);
      const context = eventContextOf(caller);
      return { next: released.customer, events: closed.map((f) => accountUnfrozenEvent(f, context)) };
    });
  },
);

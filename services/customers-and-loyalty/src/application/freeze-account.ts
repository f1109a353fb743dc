import { authorised, eventContextOf } from '@care/service-kit';
import { FREEZE_ROLES } from '../domain/access';
import { freezeAccount as freeze } from '../domain/freeze';
import { changeCustomer } from './change-customer';
import { accountFrozenEvent } from './events';
import type { Deps } from './ports';

/** A manual freeze by sales, with its reason (DOMAIN 2.6). */
export const freezeAccount = authorised(
  FREEZE_ROLES,
  async (deps: Deps, caller, { customerId, reason }: { customerId: string; reason: string }) => {
    const now = deps.clock.now();
    return changeCustomer(deps.unitOfWork, customerId, async (customer, tx) => {
      const frozen = freeze(
        customer,
        { id: deps.newId(), reason, frozenBy: caller.actor.sub },
        now,
        deps.calendar,
      );
      await tx.freezes.insert(frozen.freeze);
      return { next: frozen.customer, events: [accountFrozenEvent(frozen.freeze, eventContextOf(caller))] };
    });
  },
);

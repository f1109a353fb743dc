import { authorised, eventContextOf } from '@care/service-kit';
import { TIER_OVERRIDE_ROLES } from '../domain/access';
import type { Tier } from '../domain/customer';
import { overrideReason, overrideTier as override } from '../domain/tier';
import { changeCustomer } from './change-customer';
import { tierChangedEvent } from './events';
import type { Deps } from './ports';

/** A manual tier override: it needs a reason and leaves an audited tier change and event (DOMAIN 2.1). */
export const overrideTier = authorised(
  TIER_OVERRIDE_ROLES,
  async (deps: Deps, caller, input: { customerId: string; tier: Tier; reason: string }) => {
    const note = overrideReason(input.reason);
    const now = deps.clock.now();
    return changeCustomer(deps.unitOfWork, input.customerId, async (customer, tx) => {
      const overridden = override(
        customer,
        { tier: input.tier, note, changeId: deps.newId(), changedBy: caller.actor.sub },
        now,
      );
      await tx.tiers.insertChange(overridden.change);
      return {
        next: overridden.customer,
        events: [tierChangedEvent(overridden.change, eventContextOf(caller))],
      };
    });
  },
);

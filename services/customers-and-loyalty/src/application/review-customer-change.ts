import { authorised, eventContextOf, notFound } from '@care/service-kit';
import { CHANGE_ROLES } from '../domain/access';
import { reviewChange } from '../domain/customer-change';
import { within } from './change-aggregate';
import { changeReviewedEvent } from './events';
import { isUuid } from './read-access';
import { changeProfile } from './update-customer';
import type { Deps } from './ports';

/** DOMAIN 2.5: a second person (never the entry clerk) double-checks the request; applied, it changes the customer. */
export const reviewCustomerChange = authorised(
  CHANGE_ROLES,
  async (deps: Deps, caller, input: { id: string; approve: boolean; reason?: string | null }) => {
    const now = deps.clock.now();
    return deps.unitOfWork(async (tx) => {
      const current = isUuid(input.id) ? await tx.changes.find(input.id, true) : null;
      if (!current) throw notFound('Customer change', input.id);
      const change = reviewChange(current, caller.actor.sub, input.approve, input.reason ?? null, now);
      if (change.status === 'APPLIED')
        await changeProfile(within(tx), now, caller, change.customerId, change.changes);
      await tx.changes.update(change);
      await tx.outbox.enqueue(changeReviewedEvent(change, eventContextOf(caller)));
      return change;
    });
  },
);

import type { EventContext } from '@care/contracts';
import { freezeOnComplaint as freeze, freezesAccount } from '../domain/freeze';
import { within } from './change-aggregate';
import { changeCustomer } from './change-customer';
import { accountFrozenEvent } from './events';
import type { Deps, Transaction } from './ports';

/**
 * DOMAIN 2.6: a points-anomaly complaint freezes the customer's account, recorded with the 2-hour
 * deadline counted from the classification and the 3-day investigation deadline. Once per complaint;
 * an unknown or deactivated customer is left alone.
 */
export async function freezeOnComplaint(
  deps: Pick<Deps, 'clock' | 'calendar' | 'newId'>,
  tx: Transaction,
  complaint: {
    complaintId: string;
    customerId: string;
    category: string;
    urgency: string;
    complexity: string;
    classifiedAt: string;
  },
  context: EventContext,
): Promise<'frozen' | 'ignored'> {
  const now = deps.clock.now();
  if (!freezesAccount(complaint.category)) return 'ignored';
  if (await tx.freezes.byComplaint(complaint.complaintId)) return 'ignored';
  const locked = await tx.customers.lock(complaint.customerId);
  const reported = { ...complaint, id: deps.newId(), classifiedAt: new Date(complaint.classifiedAt) };
  const frozen = locked && freeze(locked, reported, now, deps.calendar);
  if (!frozen) return 'ignored';
  await changeCustomer(
    within(tx),
    locked.id,
    async () => {
      await tx.freezes.insert(frozen.freeze);
      return { next: frozen.customer, events: [accountFrozenEvent(frozen.freeze, context)] };
    },
    { locked },
  );
  return 'frozen';
}

import { authorised, eventContextOf } from '@care/service-kit';
import { PURCHASE_ROLES } from '../domain/access';
import {
  recordPurchase as record,
  repeatedPurchase,
  reportedPurchase,
  type PurchaseInput,
} from '../domain/purchase';
import { withCustomer } from './change-customer';
import { purchaseRecordedEvent } from './events';
import { postCredit } from './post-points';
import type { Deps } from './ports';

/**
 * Records a purchase once per order number (the same order again is the same purchase; another amount for
 * it is a CONFLICT); it counts towards the annual spend and earns points by the policy (DOMAIN 2.1).
 */
export const recordPurchase = authorised(PURCHASE_ROLES, async (deps: Deps, caller, input: PurchaseInput) => {
  const now = deps.clock.now();
  const reported = reportedPurchase(input, now);
  return withCustomer(deps, input.customerId, async (customer, tx) => {
    const existing = await tx.purchases.find(reported.orderNumber, true);
    if (existing) return repeatedPurchase(existing, customer.id, reported);
    // The policy in force when the purchase was made decides what it earns.
    const policy = await tx.tiers.policyAt(reported.purchasedAt);
    const purchase = record(customer, reported, deps.newId(), policy, deps.timeZone);
    await tx.purchases.insert(purchase);
    const context = eventContextOf(caller);
    await tx.outbox.enqueue(purchaseRecordedEvent(purchase, context));
    const earn = {
      id: deps.newId(),
      kind: 'EARN' as const,
      points: purchase.pointsEarned,
      source: 'PURCHASE' as const,
    };
    const credit = { ...earn, sourceId: purchase.orderNumber, reason: null };
    await postCredit(tx, customer, credit, { now, policy, timeZone: deps.timeZone }, context);
    return purchase;
  });
});

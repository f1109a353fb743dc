import { authorised, eventContextOf, notFound } from '@care/service-kit';
import { PURCHASE_ROLES } from '../domain/access';
import { reportedReturn, returnPurchase } from '../domain/purchase';
import { within } from './change-aggregate';
import { lockCustomer } from './change-customer';
import { changePurchase } from './change-purchase';
import { purchaseReturnedEvent } from './events';
import type { Deps } from './ports';
import { postDebit } from './post-points';

/** A return or refund reduces the purchase's spend and takes back the points it earned, in proportion. */
export const recordReturn = authorised(
  PURCHASE_ROLES,
  async (deps: Deps, caller, input: { orderNumber: string; returnNumber: string; amountCny: string }) => {
    const { returnNumber, amount } = reportedReturn(input);
    const now = deps.clock.now();
    return deps.unitOfWork(async (tx) => {
      const found = await tx.purchases.find(input.orderNumber.trim());
      if (!found) throw notFound('Purchase', input.orderNumber);
      // The wallet's lock first (the order every change to it takes), then the purchase's.
      const customer = await lockCustomer(tx, found.customerId);
      const current = (await tx.purchases.find(found.orderNumber, true))!;
      const returned = returnPurchase(current, amount, customer.points);
      const ret = {
        id: deps.newId(),
        purchaseId: current.id,
        returnNumber,
        amountCny: amount.toFixed(2),
        returnedAt: now,
      };
      if (!(await tx.purchases.insertReturn(ret))) return current; // the same return again
      const context = eventContextOf(caller);
      const purchase = await changePurchase(
        within(tx),
        current.orderNumber,
        () => ({ next: returned.purchase, events: [purchaseReturnedEvent(current, ret, context)] }),
        { locked: current },
      );
      const reverse = {
        id: deps.newId(),
        kind: 'REVERSE' as const,
        points: returned.reversible,
        source: 'RETURN' as const,
      };
      const debit = { ...reverse, sourceId: returnNumber, reason: `return of order ${purchase.orderNumber}` };
      await postDebit(tx, customer, debit, now, context);
      return purchase;
    });
  },
);

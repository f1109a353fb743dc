import { createEvent, purchaseReturned } from '@care/contracts';
import { badInput, DomainError, eventContextOf, notFound, requireRole, type Caller } from '@care/service-kit';
import { Decimal } from 'decimal.js';
import { PURCHASE_ROLES } from '../domain/access';
import { parseAmount } from '../domain/campaign';
import { pointsToReverse } from '../domain/points';
import { postDebit } from './points-postings';
import { guard, lockCustomer } from './rules';
import type { Deps, Purchase } from './ports';

/** A return or refund reduces the purchase's spend and takes back the points it earned, in proportion. */
export async function recordReturn(
  deps: Deps,
  caller: Caller,
  input: { orderNumber: string; returnNumber: string; amountCny: string },
): Promise<Purchase> {
  requireRole(caller.actor, ...PURCHASE_ROLES);
  const returnNumber = input.returnNumber.trim();
  if (!returnNumber) throw badInput('returnNumber is required', { field: 'returnNumber' });
  const amount = guard(() => parseAmount(input.amountCny, 'amountCny'));
  if (amount.lessThanOrEqualTo(0)) throw badInput('amountCny must be positive', { field: 'amountCny' });
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const found = await tx.ledger.findPurchase(input.orderNumber.trim());
    if (!found) throw notFound('Purchase', input.orderNumber);
    const customer = await lockCustomer(tx, found.customerId);
    const purchase = (await tx.ledger.findPurchase(found.orderNumber, true))!;
    const returned = new Decimal(purchase.returnedCny).plus(amount);
    if (returned.greaterThan(purchase.amountCny))
      throw new DomainError(
        'LIMIT_EXCEEDED',
        `returns would exceed the purchase of ${purchase.amountCny} CNY`,
        { field: 'amountCny' },
      );
    const inserted = await tx.ledger.insertReturn({
      id: deps.newId(),
      purchaseId: purchase.id,
      returnNumber,
      amountCny: amount.toFixed(2),
      returnedAt: now,
    });
    if (!inserted) return purchase; // the same return again
    const owed = pointsToReverse(purchase, amount.toFixed(2));
    const reversible = Math.min(owed, customer.points.balance - customer.points.locked);
    const updated: Purchase = {
      ...purchase,
      returnedCny: returned.toFixed(2),
      pointsReversed: purchase.pointsReversed + reversible,
    };
    await tx.ledger.updatePurchase(updated);
    const context = eventContextOf(caller);
    await tx.outbox.enqueue(
      createEvent(
        purchaseReturned,
        customer.id,
        {
          purchaseId: purchase.id,
          customerId: customer.id,
          returnNumber,
          amountCny: amount.toFixed(2),
          returnedAt: now.toISOString(),
        },
        context,
      ),
    );
    await postDebit(
      tx,
      customer,
      {
        id: deps.newId(),
        kind: 'REVERSE',
        points: reversible,
        source: 'RETURN',
        sourceId: returnNumber,
        reason: `return of order ${purchase.orderNumber}`,
      },
      now,
      context,
    );
    return updated;
  });
}

import { createEvent, purchaseRecorded } from '@care/contracts';
import { badInput, DomainError, eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { Decimal } from 'decimal.js';
import { PURCHASE_ROLES } from '../domain/access';
import { parseAmount } from '../domain/campaign';
import { pointsForPurchase } from '../domain/points';
import { companyLocal } from '../domain/policy';
import { postCredit } from './points-postings';
import { guard, lockCustomer } from './rules';
import type { Deps, Purchase } from './ports';

export interface PurchaseInput {
  customerId: string;
  orderNumber: string;
  amount: string;
  currency?: string | null;
  amountCny?: string | null;
  purchasedAt?: Date | null;
}

/**
 * Records a purchase once per order number (the same order again is the same purchase; another amount for
 * it is a CONFLICT); it counts towards the annual spend and earns points by the policy (DOMAIN 2.1).
 */
export async function recordPurchase(deps: Deps, caller: Caller, input: PurchaseInput): Promise<Purchase> {
  requireRole(caller.actor, ...PURCHASE_ROLES);
  const orderNumber = input.orderNumber.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9_./-]{0,63}$/.test(orderNumber))
    throw badInput('orderNumber must be 1 to 64 letters, digits or - _ . /', { field: 'orderNumber' });
  const currency = (input.currency ?? 'CNY').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency))
    throw badInput('currency must be an ISO 4217 code', { field: 'currency' });
  const amount = guard(() => parseAmount(input.amount, 'amount'));
  if (amount.lessThanOrEqualTo(0)) throw badInput('amount must be positive', { field: 'amount' });
  let amountCny: Decimal = amount;
  if (currency !== 'CNY') {
    if (!input.amountCny)
      throw badInput('amountCny is required for a purchase in another currency', { field: 'amountCny' });
    amountCny = guard(() => parseAmount(input.amountCny!, 'amountCny'));
    if (amountCny.lessThanOrEqualTo(0)) throw badInput('amountCny must be positive', { field: 'amountCny' });
  } else if (input.amountCny && !new Decimal(input.amountCny).equals(amount)) {
    throw badInput('amountCny must equal amount for a purchase in CNY', { field: 'amountCny' });
  }
  const now = deps.clock.now();
  const purchasedAt = input.purchasedAt ?? now;
  if (purchasedAt.getTime() > now.getTime())
    throw badInput('purchasedAt cannot be in the future', { field: 'purchasedAt' });
  return deps.unitOfWork(async (tx) => {
    const customer = await lockCustomer(tx, input.customerId);
    const existing = await tx.ledger.findPurchase(orderNumber, true);
    if (existing) {
      if (
        existing.customerId === customer.id &&
        existing.currency === currency &&
        new Decimal(existing.amount).equals(amount) &&
        new Decimal(existing.amountCny).equals(amountCny)
      )
        return existing;
      throw new DomainError('CONFLICT', `order ${orderNumber} was recorded already with other details`, {
        field: 'orderNumber',
      });
    }
    const policy = await tx.tiers.policyAt(purchasedAt);
    const { points } = guard(() =>
      pointsForPurchase(amountCny.toFixed(2), customer.tier, customer.birthday, purchasedAt, policy),
    );
    const purchase: Purchase = {
      id: deps.newId(),
      customerId: customer.id,
      orderNumber,
      amount: amount.toFixed(2),
      currency,
      amountCny: amountCny.toFixed(2),
      returnedCny: '0.00',
      pointsEarned: points,
      pointsReversed: 0,
      purchasedAt,
      spendYear: companyLocal(purchasedAt).year,
    };
    await tx.ledger.insertPurchase(purchase);
    const context = eventContextOf(caller);
    await tx.outbox.enqueue(
      createEvent(
        purchaseRecorded,
        customer.id,
        {
          purchaseId: purchase.id,
          customerId: customer.id,
          orderNumber,
          amount: purchase.amount,
          currency,
          amountCny: purchase.amountCny,
          purchasedAt: purchasedAt.toISOString(),
        },
        context,
      ),
    );
    await postCredit(
      tx,
      customer,
      { id: deps.newId(), kind: 'EARN', points, source: 'PURCHASE', sourceId: orderNumber, reason: null },
      now,
      policy,
      context,
    );
    return purchase;
  });
}

import { refuse } from '@care/domain-kernel';
import { Decimal } from 'decimal.js';
import { companyLocal } from './company-time';
import type { Customer } from './customer';
import { parseAmount } from './money';
import { pointsForPurchase, pointsToReverse, type Wallet } from './points';
import type { LoyaltyPolicy } from './policy';

/** A purchase: its spend counts towards the tier of its year (company time), and it earns points. */
export interface Purchase {
  id: string;
  customerId: string;
  orderNumber: string;
  amount: string;
  currency: string;
  amountCny: string;
  returnedCny: string;
  pointsEarned: number;
  pointsReversed: number;
  purchasedAt: Date;
  spendYear: number;
  /** Counts the saved changes: a change is saved only over the version it read. */
  version: number;
}

export interface PurchaseInput {
  customerId: string;
  orderNumber: string;
  amount: string;
  currency?: string | null;
  amountCny?: string | null;
  purchasedAt?: Date | null;
}

/** A purchase as reported, checked before anything is read. */
export interface ReportedPurchase {
  orderNumber: string;
  currency: string;
  amount: Decimal;
  amountCny: Decimal;
  purchasedAt: Date;
}

const ORDER_NUMBER = /^[A-Za-z0-9][A-Za-z0-9_./-]{0,63}$/;

/** The order, its amount in its currency and in CNY (the spend, DOMAIN 2.1), and when it was bought. */
export function reportedPurchase(input: PurchaseInput, now: Date): ReportedPurchase {
  const orderNumber = input.orderNumber.trim();
  if (!ORDER_NUMBER.test(orderNumber))
    throw refuse.input('orderNumber', 'orderNumber must be 1 to 64 letters, digits or - _ . /');
  const currency = (input.currency ?? 'CNY').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw refuse.input('currency', 'currency must be an ISO 4217 code');
  const amount = parseAmount(input.amount, 'amount');
  if (amount.lessThanOrEqualTo(0)) throw refuse.input('amount', 'amount must be positive');
  let amountCny: Decimal = amount;
  if (currency !== 'CNY') {
    if (!input.amountCny)
      throw refuse.input('amountCny', 'amountCny is required for a purchase in another currency');
    amountCny = parseAmount(input.amountCny, 'amountCny');
    if (amountCny.lessThanOrEqualTo(0)) throw refuse.input('amountCny', 'amountCny must be positive');
  } else if (input.amountCny && !new Decimal(input.amountCny).equals(amount)) {
    throw refuse.input('amountCny', 'amountCny must equal amount for a purchase in CNY');
  }
  const purchasedAt = input.purchasedAt ?? now;
  if (purchasedAt.getTime() > now.getTime())
    throw refuse.input('purchasedAt', 'purchasedAt cannot be in the future');
  return { orderNumber, currency, amount, amountCny, purchasedAt };
}

/** An order is recorded once: the same order again is the same purchase, other details are a CONFLICT. */
export function repeatedPurchase(
  existing: Purchase,
  customerId: string,
  reported: ReportedPurchase,
): Purchase {
  if (
    existing.customerId === customerId &&
    existing.currency === reported.currency &&
    new Decimal(existing.amount).equals(reported.amount) &&
    new Decimal(existing.amountCny).equals(reported.amountCny)
  )
    return existing;
  throw refuse.conflict(`order ${reported.orderNumber} was recorded already with other details`, {
    field: 'orderNumber',
  });
}

/**
 * A new purchase: it counts towards the spend of its year and earns points by the policy in force when it
 * was bought (DOMAIN 2.1: double in a Diamond customer's birthday month), all in company time.
 */
export function recordPurchase(
  customer: Customer,
  reported: ReportedPurchase,
  id: string,
  policy: Pick<LoyaltyPolicy, 'pointsPerCny'>,
  timeZone: string,
): Purchase {
  const { orderNumber, currency, purchasedAt } = reported;
  const amountCny = reported.amountCny.toFixed(2);
  const { points } = pointsForPurchase(
    amountCny,
    customer.tier,
    customer.birthday,
    purchasedAt,
    policy,
    timeZone,
  );
  return {
    id,
    customerId: customer.id,
    orderNumber,
    amount: reported.amount.toFixed(2),
    currency,
    amountCny,
    returnedCny: '0.00',
    pointsEarned: points,
    pointsReversed: 0,
    purchasedAt,
    spendYear: companyLocal(purchasedAt, timeZone).year,
    version: 1,
  };
}

/** A return or refund as reported: its number and its amount in CNY. */
export function reportedReturn(input: { returnNumber: string; amountCny: string }): {
  returnNumber: string;
  amount: Decimal;
} {
  const returnNumber = input.returnNumber.trim();
  if (!returnNumber) throw refuse.input('returnNumber', 'returnNumber is required');
  const amount = parseAmount(input.amountCny, 'amountCny');
  if (amount.lessThanOrEqualTo(0)) throw refuse.input('amountCny', 'amountCny must be positive');
  return { returnNumber, amount };
}

/**
 * A return reduces the purchase's spend (never below nothing: LIMIT_EXCEEDED) and takes back the points
 * it earned, in proportion, as far as the points not locked by redemptions allow.
 */
export function returnPurchase(
  purchase: Purchase,
  amount: Decimal,
  wallet: Wallet,
): { purchase: Purchase; reversible: number } {
  const returned = new Decimal(purchase.returnedCny).plus(amount);
  if (returned.greaterThan(purchase.amountCny))
    throw refuse.limit(`returns would exceed the purchase of ${purchase.amountCny} CNY`, {
      field: 'amountCny',
    });
  const owed = pointsToReverse(purchase, amount.toFixed(2));
  const reversible = Math.min(owed, wallet.balance - wallet.locked);
  return {
    purchase: {
      ...purchase,
      returnedCny: returned.toFixed(2),
      pointsReversed: purchase.pointsReversed + reversible,
    },
    reversible,
  };
}

import { refuse } from '@care/domain-kernel';
import { Decimal } from 'decimal.js';
import type { ApprovalRequest } from './approval-request';

/** A fund payment made against an approved request (DOMAIN 3.8). */
export interface Payment {
  id: string;
  requestId: string;
  orderNumber: string;
  amount: string;
  currency: string;
  paidBy: string;
  paidAt: Date;
}

/**
 * Checks a payment against its approval and its order: the request is approved, the payment is for the
 * approved order and currency, and everything paid on it never exceeds the approved amount (DOMAIN 3.8).
 */
export function checkPayment(
  request: ApprovalRequest,
  alreadyPaid: string,
  input: { orderNumber: string; amount: string; currency?: string | null },
  context: { id: string; paidBy: string; now: Date },
): Payment {
  if (request.status !== 'APPROVED')
    throw refuse.transition(`only an approved request is paid; this one is ${request.status}`);
  const amount = new Decimal(input.amount);
  if (!amount.isFinite() || amount.lessThanOrEqualTo(0))
    throw refuse.input('amount', 'a payment is a positive amount');
  const currency = (input.currency ?? request.currency).toUpperCase();
  if (currency !== request.currency) throw refuse.input('currency', `the approval is in ${request.currency}`);
  const orderNumber = input.orderNumber.trim();
  if (request.orderNumber && orderNumber !== request.orderNumber)
    throw refuse.input('orderNumber', `the approval is for order ${request.orderNumber}`, {
      approvedOrder: request.orderNumber,
    });
  if (!orderNumber) throw refuse.input('orderNumber', 'name the order the payment is for');
  const remaining = new Decimal(request.amount).minus(alreadyPaid);
  if (amount.greaterThan(remaining))
    throw refuse.limit('the payment would exceed the approved amount', {
      approved: new Decimal(request.amount).toFixed(2),
      alreadyPaid: new Decimal(alreadyPaid).toFixed(2),
      remaining: remaining.toFixed(2),
    });
  return {
    id: context.id,
    requestId: request.id,
    orderNumber,
    amount: amount.toFixed(2),
    currency,
    paidBy: context.paidBy,
    paidAt: context.now,
  };
}

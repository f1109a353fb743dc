import { createEvent, paymentRecorded } from '@care/contracts';
import { DomainError, eventContextOf, notFound, requireRole, type Caller } from '@care/service-kit';
import { Decimal } from 'decimal.js';
import { checkPayment, PaymentRefused, type Payment } from '../domain/payment';
import type { Deps } from './ports';

function refusal(error: PaymentRefused): DomainError {
  switch (error.reason) {
    case 'NOT_APPROVED':
      return new DomainError('INVALID_TRANSITION', error.message);
    case 'OVER_APPROVED':
      return new DomainError('LIMIT_EXCEEDED', error.message, error.details);
    case 'WRONG_ORDER':
      return new DomainError('BAD_USER_INPUT', error.message, { field: 'orderNumber', ...error.details });
    case 'WRONG_CURRENCY':
      return new DomainError('BAD_USER_INPUT', error.message, { field: 'currency' });
    case 'BAD_AMOUNT':
      return new DomainError('BAD_USER_INPUT', error.message, { field: 'amount' });
  }
}

/**
 * Finance pays against an approved request: checked against the approval and its order, never more than
 * approved, even when two payments are recorded at once (the request row is locked) (DOMAIN 3.8).
 */
export async function recordPayment(
  deps: Deps,
  caller: Caller,
  input: { requestId: string; orderNumber: string; amount: string; currency?: string | null },
): Promise<Payment> {
  const actor = requireRole(caller.actor, 'finance');
  return deps.unitOfWork(async (tx) => {
    await tx.payments.lockRequest(input.requestId);
    const request = await tx.requests.findById(input.requestId);
    if (!request) throw notFound('Approval request', input.requestId);
    const paid = await tx.payments.paidOn(request.id);
    let payment: Payment;
    try {
      payment = checkPayment(request, paid, input, {
        id: deps.newId(),
        paidBy: actor.sub,
        now: deps.clock.now(),
      });
    } catch (error) {
      if (error instanceof PaymentRefused) throw refusal(error);
      throw error;
    }
    await tx.payments.insert(payment);
    await tx.outbox.enqueue(
      createEvent(
        paymentRecorded,
        payment.id,
        {
          paymentId: payment.id,
          requestId: request.id,
          orderNumber: payment.orderNumber,
          amount: payment.amount,
          currency: payment.currency,
          paidTotal: new Decimal(paid).plus(payment.amount).toFixed(),
          approvedAmount: request.amount,
          paidAt: payment.paidAt.toISOString(),
        },
        eventContextOf(caller),
      ),
    );
    return payment;
  });
}

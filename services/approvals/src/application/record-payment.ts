import { refuse } from '@care/domain-kernel';
import { authorised, eventContextOf } from '@care/service-kit';
import { checkPayment, type Payment } from '../domain/payment';
import { paymentEvent } from './events';
import type { Deps } from './ports';

/**
 * Finance pays against an approved request: checked against the approval and its order, never more than
 * approved, even when two payments are recorded at once (the request row is locked) (DOMAIN 3.8). A
 * payment is a new record beside the request, which it does not change: no version to check or bump.
 */
export const recordPayment = authorised(
  ['finance'],
  async (
    deps: Deps,
    caller,
    input: { requestId: string; orderNumber: string; amount: string; currency?: string | null },
  ): Promise<Payment> =>
    deps.unitOfWork(async (tx) => {
      await tx.payments.lockRequest(input.requestId);
      const request = await tx.requests.findById(input.requestId);
      if (!request) throw refuse.notFound('Approval request', input.requestId);
      const paid = await tx.payments.paidOn(request.id);
      const payment = checkPayment(request, paid, input, {
        id: deps.newId(),
        paidBy: caller.actor.sub,
        now: deps.clock.now(),
      });
      await tx.payments.insert(payment);
      await tx.outbox.enqueue(paymentEvent(payment, request, paid, eventContextOf(caller)));
      return payment;
    }),
);

import { createEvent, discountIssued, discountRefused, type EventContext } from '@care/contracts';
import type { Discount } from '../domain/discount';
import type { Transaction } from './ports';

/** The department head's decision on a Platinum discount: issued on approval, refused otherwise. */
export async function decideDiscount(
  tx: Transaction,
  decision: { discountId: string; outcome: 'APPROVED' | 'REJECTED' | 'WITHDRAWN'; reason: string | null },
  now: Date,
  context: EventContext,
): Promise<Discount | null> {
  const discount = await tx.ledger.findDiscount(decision.discountId, true);
  if (!discount || discount.status !== 'PENDING_APPROVAL') return discount;
  const customer = await tx.customers.lock(discount.customerId);
  const issue = decision.outcome === 'APPROVED' && customer?.status === 'ACTIVE';
  const decided: Discount = {
    ...discount,
    status: issue ? 'ISSUED' : 'REFUSED',
    issuedAt: issue ? now : null,
  };
  await tx.ledger.updateDiscount(decided);
  await tx.outbox.enqueue(
    issue
      ? createEvent(
          discountIssued,
          discount.id,
          {
            discountId: discount.id,
            customerId: discount.customerId,
            kind: discount.kind,
            tier: discount.tier,
            period: discount.period,
            value: discount.value,
            currency: discount.currency,
            issuedAt: now.toISOString(),
          },
          context,
        )
      : createEvent(
          discountRefused,
          discount.id,
          {
            discountId: discount.id,
            customerId: discount.customerId,
            reason:
              decision.outcome === 'APPROVED'
                ? `the account is ${customer?.status}`
                : (decision.reason ?? decision.outcome),
            decidedAt: now.toISOString(),
          },
          context,
        ),
  );
  return decided;
}

import type { EventContext } from '@care/contracts';
import type { ApprovalOutcome } from '../domain/approval';
import { decideDiscount as decide, type Discount } from '../domain/discount';
import { whilePendingApproval } from './change-aggregate';
import { changeDiscount } from './change-discount';
import { discountIssuedEvent, discountRefusedEvent } from './events';
import type { Transaction } from './ports';

/**
 * The department head's decision on a Platinum discount: issued on approval, refused otherwise. A
 * decision for a discount that is unknown or no longer pending changes nothing (events may come twice).
 */
export async function decideDiscount(
  tx: Transaction,
  decision: { discountId: string; outcome: ApprovalOutcome; reason: string | null },
  now: Date,
  context: EventContext,
): Promise<Discount | null> {
  const discount = await tx.discounts.find(decision.discountId, true);
  return whilePendingApproval(tx, changeDiscount, discount, async (current) => {
    const customer = await tx.customers.lock(current.customerId);
    const { discount: decided, refusedBecause } = decide(current, customer, decision, now);
    const event =
      refusedBecause === null
        ? discountIssuedEvent(decided, context)
        : discountRefusedEvent(decided, refusedBecause, now, context);
    return { next: decided, events: [event] };
  });
}

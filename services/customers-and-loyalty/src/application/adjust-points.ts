import { eventContextOf, requireRole, type Caller } from '@care/service-kit';
import type { Customer } from '../domain/customer';
import { adjustment } from '../domain/points';
import { lockCustomer } from './change-customer';
import type { Deps } from './ports';
import { postCredit, postDebit } from './post-points';

/**
 * A manual points correction by internal control (an ADJUST entry with its reason): a credit is a new lot,
 * a debit is taken oldest-expiring first and can never take the balance below zero or the locked points.
 */
export async function adjustPoints(
  deps: Deps,
  caller: Caller,
  input: { customerId: string; points: number; reason: string },
): Promise<Customer> {
  requireRole(caller.actor, 'internal_control');
  const { points, reason } = adjustment(input);
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const customer = await lockCustomer(tx, input.customerId);
    const posting = {
      id: deps.newId(),
      kind: 'ADJUST' as const,
      source: 'MANUAL' as const,
      sourceId: null,
      reason,
    };
    const context = eventContextOf(caller);
    if (points < 0) return postDebit(tx, customer, { ...posting, points: -points }, now, context);
    const at = { now, policy: await tx.tiers.policyAt(now), timeZone: deps.timeZone };
    return postCredit(tx, customer, { ...posting, points }, at, context);
  });
}

import { badInput, eventContextOf, requireRole, type Caller } from '@care/service-kit';
import type { Customer } from '../domain/customer';
import { postCredit, postDebit } from './points-postings';
import { lockCustomer } from './rules';
import type { Deps } from './ports';

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
  if (!Number.isInteger(input.points) || input.points === 0)
    throw badInput('points must be a whole number other than 0', { field: 'points' });
  const reason = input.reason.trim();
  if (reason.length < 5) throw badInput('an adjustment needs a reason', { field: 'reason' });
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
    if (input.points > 0)
      return postCredit(
        tx,
        customer,
        { ...posting, points: input.points },
        now,
        await tx.tiers.policyAt(now),
        eventContextOf(caller),
      );
    return postDebit(tx, customer, { ...posting, points: -input.points }, now, eventContextOf(caller));
  });
}

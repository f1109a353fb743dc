import { eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { JOB_ROLES } from '../domain/access';
import { expiredLots } from '../domain/points';
import { serviceContext } from './events';
import type { Deps } from './ports';
import { postDebit } from './post-points';

/**
 * The expiry job: every lot whose validity has ended is debited by an EXPIRE entry, one transaction per
 * customer. Returns the number of points expired.
 */
export async function expirePoints(deps: Deps, caller?: Caller): Promise<number> {
  if (caller) requireRole(caller.actor, ...JOB_ROLES, 'internal_control');
  const now = deps.clock.now();
  let total = 0;
  for (const customerId of await deps.ledger.customersWithExpiredLots(now)) {
    total += await deps.unitOfWork(async (tx) => {
      let customer = await tx.customers.lock(customerId);
      if (!customer) return 0;
      const context = caller ? eventContextOf(caller) : serviceContext();
      let sum = 0;
      for (const lot of expiredLots(await tx.ledger.lots(customerId), now)) {
        const debit = {
          id: deps.newId(),
          kind: 'EXPIRE' as const,
          points: lot.remaining,
          source: 'EXPIRY' as const,
          sourceId: lot.id,
          reason: `expired ${lot.expiresAt.toISOString()}`,
        };
        customer = await postDebit(tx, customer, debit, now, context, [
          { lotId: lot.id, points: lot.remaining },
        ]);
        sum += lot.remaining;
      }
      return sum;
    });
  }
  return total;
}

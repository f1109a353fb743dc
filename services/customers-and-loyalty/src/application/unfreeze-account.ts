import { accountUnfrozen, createEvent } from '@care/contracts';
import { badInput, DomainError, eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { UNFREEZE_ROLES } from '../domain/access';
import type { Customer } from '../domain/customer';
import { lockCustomer } from './rules';
import type { Deps } from './ports';

/** Releases a frozen account after the investigation, with the reason; closes its open freezes. */
export async function unfreezeAccount(
  deps: Deps,
  caller: Caller,
  customerId: string,
  reason: string,
): Promise<Customer> {
  requireRole(caller.actor, ...UNFREEZE_ROLES);
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const customer = await lockCustomer(tx, customerId);
    if (customer.status !== 'FROZEN')
      throw new DomainError('INVALID_TRANSITION', `the account is ${customer.status}, not FROZEN`);
    if (reason.trim().length < 3) throw badInput('unfreezing needs a reason', { field: 'reason' });
    const active: Customer = { ...customer, status: 'ACTIVE' };
    await tx.customers.update(active);
    const closed = await tx.customers.closeOpenFreezes(customer.id, now, caller.actor.sub, reason.trim());
    for (const f of closed)
      await tx.outbox.enqueue(
        createEvent(
          accountUnfrozen,
          customer.id,
          { freezeId: f.id, customerId: customer.id, unfrozenAt: now.toISOString() },
          eventContextOf(caller),
        ),
      );
    return active;
  });
}

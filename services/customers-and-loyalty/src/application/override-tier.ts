import { createEvent, tierChanged } from '@care/contracts';
import { badInput, DomainError, eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { TIER_OVERRIDE_ROLES } from '../domain/access';
import type { Customer, Tier } from '../domain/customer';
import { lockCustomer } from './rules';
import type { Deps } from './ports';

/** A manual tier override: it needs a reason and leaves an audited tier change and event (DOMAIN 2.1). */
export async function overrideTier(
  deps: Deps,
  caller: Caller,
  input: { customerId: string; tier: Tier; reason: string },
): Promise<Customer> {
  requireRole(caller.actor, ...TIER_OVERRIDE_ROLES);
  const reason = input.reason.trim();
  if (reason.length < 5) throw badInput('an override needs a reason', { field: 'reason' });
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const customer = await lockCustomer(tx, input.customerId);
    if (customer.tier === input.tier)
      throw new DomainError('INVALID_TRANSITION', `the customer is ${input.tier} already`);
    const updated = { ...customer, tier: input.tier };
    await tx.customers.update(updated);
    await tx.tiers.insertChange({
      id: deps.newId(),
      customerId: customer.id,
      from: customer.tier,
      to: input.tier,
      reason: 'OVERRIDE',
      note: reason,
      evaluationYear: null,
      annualSpend: null,
      changedBy: caller.actor.sub,
      effectiveAt: now,
    });
    await tx.outbox.enqueue(
      createEvent(
        tierChanged,
        customer.id,
        {
          customerId: customer.id,
          from: customer.tier,
          to: input.tier,
          reason: 'OVERRIDE',
          evaluationYear: null,
          annualSpend: null,
          effectiveAt: now.toISOString(),
        },
        eventContextOf(caller),
      ),
    );
    return updated;
  });
}

import { createEvent, identityVerified } from '@care/contracts';
import { badInput, eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { maskDocumentNumber, type Customer } from '../domain/customer';
import { guard, lockCustomer } from './rules';
import type { Deps } from './ports';

/** The real-name check redemption needs (DOMAIN 2.3): only a masked reference of the number is kept. */
export async function verifyIdentity(
  deps: Deps,
  caller: Caller,
  input: { customerId: string; documentType: string; documentNumber: string },
): Promise<Customer> {
  requireRole(caller.actor, 'sales', 'cs_specialist', 'cs_manager');
  const documentType = input.documentType.trim().toUpperCase();
  if (!/^[A-Z_]{2,30}$/.test(documentType))
    throw badInput('documentType must be a word such as ID_CARD or PASSPORT', { field: 'documentType' });
  const documentReference = guard(() => maskDocumentNumber(input.documentNumber));
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const current = await lockCustomer(tx, input.customerId);
    const customer: Customer = {
      ...current,
      identity: { documentType, documentReference, verifiedBy: caller.actor.sub, verifiedAt: now },
    };
    await tx.customers.update(customer);
    await tx.outbox.enqueue(
      createEvent(
        identityVerified,
        customer.id,
        { customerId: customer.id, verifiedAt: now.toISOString() },
        eventContextOf(caller),
      ),
    );
    return customer;
  });
}

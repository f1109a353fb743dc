import { authorised, eventContextOf } from '@care/service-kit';
import { identityDocument, verifyIdentity as verify } from '../domain/customer';
import { changeCustomer } from './change-customer';
import { identityVerifiedEvent } from './events';
import type { Deps } from './ports';

/** The real-name check redemption needs (DOMAIN 2.3): only a masked reference of the number is kept. */
export const verifyIdentity = authorised(
  ['sales', 'cs_specialist', 'cs_manager'],
  async (deps: Deps, caller, input: { customerId: string; documentType: string; documentNumber: string }) => {
    const document = identityDocument(input);
    const now = deps.clock.now();
    return changeCustomer(deps.unitOfWork, input.customerId, (current) => {
      const customer = verify(current, document, caller.actor.sub, now);
      return { next: customer, events: [identityVerifiedEvent(customer, eventContextOf(caller))] };
    });
  },
);

import { consentChanged, createEvent } from '@care/contracts';
import { authorised, eventContextOf } from '@care/service-kit';
import { CUSTOMER_WRITE_ROLES } from '../domain/access';
import { consentOf, type ConsentKind } from '../domain/consent';
import { withCustomer } from './change-customer';
import type { Deps } from './ports';

/**
 * Records a consent given or withdrawn (DOMAIN 2.3, 2.7): the privacy authorisation names its lawful basis
 * (GDPR art. 6; CCPA for overseas customers); withdrawing marketing e-mail is the unsubscribe. History is kept.
 */
export const recordConsent = authorised(
  [...CUSTOMER_WRITE_ROLES, 'service'],
  async (
    deps: Deps,
    caller,
    input: {
      customerId: string;
      kind: ConsentKind;
      granted: boolean;
      lawfulBasis?: string | null;
      source?: string | null;
    },
  ) => {
    const consent = consentOf(input);
    const now = deps.clock.now();
    return withCustomer(deps, input.customerId, async (customer, tx) => {
      const recordedBy = caller.actor.sub;
      await tx.consents.insert({
        ...consent,
        id: deps.newId(),
        customerId: customer.id,
        recordedBy,
        recordedAt: now,
      });
      await tx.outbox.enqueue(
        createEvent(
          consentChanged,
          customer.id,
          {
            customerId: customer.id,
            kind: consent.kind,
            granted: consent.granted,
            lawfulBasis: consent.lawfulBasis,
            recordedAt: now.toISOString(),
          },
          eventContextOf(caller),
        ),
      );
      return customer;
    });
  },
);

import { consentChanged, createEvent } from '@care/contracts';
import { badInput, eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { CUSTOMER_WRITE_ROLES } from '../domain/access';
import type { Customer } from '../domain/customer';
import { lockCustomer } from './rules';
import type { Consent, Deps } from './ports';

export const LAWFUL_BASES = [
  'CONSENT',
  'CONTRACT',
  'LEGAL_OBLIGATION',
  'VITAL_INTERESTS',
  'PUBLIC_TASK',
  'LEGITIMATE_INTERESTS',
  'CCPA_NOTICE',
];

/**
 * Records a consent given or withdrawn (DOMAIN 2.3, 2.7): the privacy authorisation names its lawful basis
 * (GDPR art. 6; CCPA for overseas customers); withdrawing marketing e-mail is the unsubscribe. History is kept.
 */
export async function recordConsent(
  deps: Deps,
  caller: Caller,
  input: {
    customerId: string;
    kind: Consent['kind'];
    granted: boolean;
    lawfulBasis?: string | null;
    source?: string | null;
  },
): Promise<Customer> {
  requireRole(caller.actor, ...CUSTOMER_WRITE_ROLES, 'service');
  const lawfulBasis = input.lawfulBasis?.trim().toUpperCase() || null;
  if (input.kind === 'PRIVACY' && input.granted && !lawfulBasis)
    throw badInput('a privacy authorisation needs its lawful basis', { field: 'lawfulBasis' });
  if (lawfulBasis && !LAWFUL_BASES.includes(lawfulBasis))
    throw badInput(`lawfulBasis must be one of ${LAWFUL_BASES.join(', ')}`, { field: 'lawfulBasis' });
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const customer = await lockCustomer(tx, input.customerId);
    await tx.customers.insertConsent({
      id: deps.newId(),
      customerId: customer.id,
      kind: input.kind,
      granted: input.granted,
      lawfulBasis,
      source: input.source?.trim() || null,
      recordedBy: caller.actor.sub,
      recordedAt: now,
    });
    await tx.outbox.enqueue(
      createEvent(
        consentChanged,
        customer.id,
        {
          customerId: customer.id,
          kind: input.kind,
          granted: input.granted,
          lawfulBasis,
          recordedAt: now.toISOString(),
        },
        eventContextOf(caller),
      ),
    );
    return customer;
  });
}

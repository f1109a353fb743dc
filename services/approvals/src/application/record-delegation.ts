import { delegationRecorded } from '@care/contracts';
import { eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { recordDelegation as record, type Delegation, type DelegationInput } from '../domain/delegation';
import { delegationEvent } from './events';
import type { Deps } from './ports';

/** The GM signs and records a written delegation of at most 30 days (DOMAIN 3.5). */
export async function recordDelegation(
  deps: Deps,
  caller: Caller,
  input: DelegationInput,
): Promise<Delegation> {
  const actor = requireRole(caller.actor, 'gm');
  const now = deps.clock.now();
  const delegation = record(input, { id: deps.newId(), signedBy: actor.sub, now });
  return deps.unitOfWork(async (tx) => {
    await tx.delegations.insert(delegation);
    await tx.outbox.enqueue(delegationEvent(delegationRecorded, delegation, now, eventContextOf(caller)));
    return delegation;
  });
}

import { delegationRecorded } from '@care/contracts';
import { authorised, eventContextOf } from '@care/service-kit';
import { recordDelegation as record, type Delegation, type DelegationInput } from '../domain/delegation';
import { delegationEvent } from './events';
import type { Deps } from './ports';
import { policyInForce } from './routing';

/**
 * The GM signs and records a written delegation of at most 30 days (DOMAIN 3.5): named business types up
 * to an amount within the delegated authority (by the policy in force), no two at once for the same
 * delegator and scope, no chains. Delegations naming the same people are recorded one at a time.
 */
export const recordDelegation = authorised(
  ['gm'],
  async (deps: Deps, caller, input: DelegationInput): Promise<Delegation> => {
    const now = deps.clock.now();
    const people = [input.delegator.trim(), input.delegate.trim()];
    return deps.unitOfWork(async (tx) => {
      await tx.delegations.lockPeople(people);
      const delegation = record(input, {
        id: deps.newId(),
        signedBy: caller.actor.sub,
        now,
        policy: (await policyInForce(tx.policies, now)).document,
        recorded: await tx.delegations.notEndedNaming(input.authority, people),
      });
      await tx.delegations.insert(delegation);
      await tx.outbox.enqueue(delegationEvent(delegationRecorded, delegation, now, eventContextOf(caller)));
      return delegation;
    });
  },
);

import { delegationEnded } from '@care/contracts';
import { Refusal } from '@care/domain-kernel';
import { changeAggregate, eventContextOf, type Caller } from '@care/service-kit';
import { endDelegation as end, type Delegation } from '../domain/delegation';
import { delegationEvent } from './events';
import type { Deps } from './ports';

/** The delegate hands the authority back (or the delegator or the GM ends it) before its end date (DOMAIN 3.5). */
export function endDelegation(deps: Deps, caller: Caller, id: string): Promise<Delegation> {
  // Who may end it depends on the delegation itself: the rule decides, after reading it.
  if (!caller.actor) throw new Refusal('UNAUTHENTICATED', 'Sign in first');
  const actor = caller.actor;
  const now = deps.clock.now();
  return changeAggregate(deps.unitOfWork, {
    what: 'Delegation',
    id,
    load: (tx) => tx.delegations.lockById(id),
    apply: (current) => {
      const ended = end(current, actor, now);
      return { next: ended, events: [delegationEvent(delegationEnded, ended, now, eventContextOf(caller))] };
    },
    save: (tx, next, version) => tx.delegations.update(next, version),
  });
}

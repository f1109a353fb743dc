import { eventContextOf, type Caller } from '@care/service-kit';
import { assertOwnerActs } from '../domain/access';
import type { OwnerRule, RectificationItem } from '../domain/rectification';
import type { Deps } from './ports';
import { changeTraced, type TracedChange, type TracedRegister, type Versioned } from './traced-unit-of-work';

/** Rectification items are read locked for a change (changeTraced). */
export const RECTIFICATION_ITEMS: TracedRegister<RectificationItem> = {
  what: 'Rectification item',
  load: (tx, id) => tx.rectifications.lockById(id),
  save: (tx, next, version) => tx.rectifications.update(next, version),
};

/** A step of the item's owner: what the owner does, the pure rule of the step and its events. */
export interface OwnerStep<I> {
  action: 'progress' | 'complete';
  rule: OwnerRule<I>;
  events: TracedChange<RectificationItem>['events'];
}

/**
 * The use case of a step the owner takes (the named owner, or the owner department). Who owns an item is
 * known only once it is read (its department, its named owner), so the access check is part of the rule,
 * inside the transaction.
 */
export const ownerStep =
  <I>(step: OwnerStep<I>) =>
  (deps: Deps, caller: Caller, input: I & Versioned): Promise<RectificationItem> =>
    changeTraced(deps, RECTIFICATION_ITEMS, eventContextOf(caller), {
      id: input.id,
      expectedVersion: input.expectedVersion,
      apply: (item, now) => {
        assertOwnerActs(caller.actor, item, step.action);
        return step.rule(item, input, { actor: caller.actor.sub, now });
      },
      events: step.events,
    });

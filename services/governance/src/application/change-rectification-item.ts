import type { Envelope, EventContext } from '@care/contracts';
import { changeAggregate, eventContextOf, type Caller } from '@care/service-kit';
import { assertOwnerActs } from '../domain/access';
import type { RectificationItem } from '../domain/rectification';
import type { Deps } from './ports';
import { tracedUnitOfWork } from './traced-unit-of-work';

export interface RectificationChange {
  id: string;
  /** The version the caller read: an item changed since is a CONFLICT, not a silent overwrite. */
  expectedVersion?: number | null;
  /** The pure rule (with its access check), given the time. */
  apply: (item: RectificationItem, now: Date) => RectificationItem;
  /** The events that say what happened. */
  events: (after: RectificationItem, now: Date, context: EventContext) => Envelope[];
}

/**
 * Every change to a rectification item after the use case's role check: load it locked (NOT_FOUND),
 * check the version the caller read (CONFLICT), apply the rule, save with the optimistic lock and
 * publish, in one transaction with the events' audit entries (DOMAIN 4.1).
 */
export function changeRectificationItem(
  deps: Deps,
  caller: Caller,
  change: RectificationChange,
): Promise<RectificationItem> {
  const now = deps.clock.now();
  return changeAggregate(tracedUnitOfWork(deps), {
    what: 'Rectification item',
    id: change.id,
    expectedVersion: change.expectedVersion,
    load: (tx) => tx.rectifications.lockById(change.id),
    apply: (item) => ({ next: change.apply(item, now) }),
    save: (tx, next, version) => tx.rectifications.update(next, version),
    events: (_before, after) => change.events(after, now, eventContextOf(caller)),
  });
}

/** A step of the item's owner: what the owner does, the pure rule of the step and its events. */
export interface OwnerStep<I> {
  action: 'progress' | 'complete';
  rule: (item: RectificationItem, input: I, context: { actor: string; now: Date }) => RectificationItem;
  events: RectificationChange['events'];
}

/**
 * The use case of a step the owner takes (the named owner, or the owner department). Who owns an item is
 * known only once it is read (its department, its named owner), so the access check is part of the rule,
 * inside the transaction.
 */
export const ownerStep =
  <I>(step: OwnerStep<I>) =>
  (
    deps: Deps,
    caller: Caller,
    input: I & { id: string; expectedVersion?: number | null },
  ): Promise<RectificationItem> =>
    changeRectificationItem(deps, caller, {
      id: input.id,
      expectedVersion: input.expectedVersion,
      apply: (item, now) => {
        assertOwnerActs(caller.actor, item, step.action);
        return step.rule(item, input, { actor: caller.actor.sub, now });
      },
      events: step.events,
    });

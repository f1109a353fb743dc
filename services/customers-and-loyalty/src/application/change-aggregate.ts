import { changeAggregate, type Changed, type UnitOfWork } from '@care/service-kit';
import type { Transaction } from './ports';

/** The rule of a change, applied in its transaction: the aggregate's new state and the events that say so. */
export type Rule<A> = (current: A, tx: Transaction) => Changed<A> | Promise<Changed<A>>;

export interface ChangeOptions<A> {
  /** The version the caller saw: CONFLICT when the aggregate changed since. Absent: the row lock orders the changes. */
  expectedVersion?: number | null;
  /** The aggregate as this transaction has locked it already: not read again. */
  locked?: A;
}

/** A change to one aggregate, by id, in the unit of work: a transaction of its own, or `within` one open. */
export type Change<A> = (
  unitOfWork: UnitOfWork<Transaction>,
  id: string,
  apply: Rule<A>,
  options?: ChangeOptions<A>,
) => Promise<A>;

/** Where an aggregate is kept: read locked for the transaction (null when unknown), saved over a version. */
export interface Store<A> {
  lock: (tx: Transaction, id: string) => Promise<A | null>;
  /** Writes it unless it changed since `version` (the optimistic lock's CONFLICT); returns it saved. */
  save: (tx: Transaction, next: A, version: number) => Promise<A>;
}

/** A unit of work that is the transaction already open: a change made as part of a larger one. */
export const within =
  (tx: Transaction): UnitOfWork<Transaction> =>
  (work) =>
    work(tx);

/**
 * How every aggregate of loyalty changes: the kit's changeAggregate over its row, locked for the
 * transaction so that concurrent changes queue (NOT_FOUND when unknown), the version the caller saw
 * checked (CONFLICT), the rule applied, saved with the optimistic lock and the events enqueued, all in
 * one transaction. A rule that returns the aggregate as it was (the same object) writes nothing: the
 * version stays.
 */
export function changeOf<A extends { version: number }>(what: string, store: Store<A>): Change<A> {
  return (unitOfWork, id, apply, options = {}) => {
    let loaded: A | null = null;
    return changeAggregate(unitOfWork, {
      what,
      id,
      expectedVersion: options.expectedVersion,
      load: async (tx) => (loaded = options.locked ?? (await store.lock(tx, id))),
      apply,
      save: (tx, next, version) => (next === loaded ? Promise.resolve(next) : store.save(tx, next, version)),
    });
  };
}

/**
 * An approval decision's change to the aggregate waiting for it (`found`, read locked in `tx`): applied
 * while it is PENDING_APPROVAL; an unknown one, or one no longer pending, changes nothing and is
 * answered as found (decision events may come twice).
 */
export function whilePendingApproval<A extends { id: string; status: string; version: number }>(
  tx: Transaction,
  change: Change<A>,
  found: A | null,
  apply: Rule<A>,
): Promise<A | null> {
  if (!found || found.status !== 'PENDING_APPROVAL') return Promise.resolve(found);
  return change(within(tx), found.id, apply, { locked: found });
}

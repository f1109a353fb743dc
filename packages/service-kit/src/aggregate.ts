import type { Envelope, Outbox } from '@care/contracts';
import { Refusal, refuse } from '@care/domain-kernel';

/** Runs work in one database transaction: everything it writes, its events included, commits together. */
export type UnitOfWork<Tx> = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

/** What a pure rule returns: the aggregate as it is now, and the events that say so. */
export interface Changed<A> {
  next: A;
  events?: Envelope[];
}

export interface AggregateChange<A extends { version: number }, Tx extends { outbox: Outbox }> {
  /** For messages: `Complaint`, `Approval request`. */
  what: string;
  id: string;
  /** How a conflict names the aggregate the caller knows (`complaint CP-2026-000123`); default: what and id. */
  label?: (current: A) => string;
  /** The version the caller saw: CONFLICT when the aggregate changed since. Null or absent: no check. */
  expectedVersion?: number | null;
  /** Reads the aggregate, locked for the transaction. */
  load: (tx: Tx) => Promise<A | null>;
  /** Applies the rule: the pure function of the domain, given what else it needs from the transaction. */
  apply: (current: A, tx: Tx) => Changed<A> | Promise<Changed<A>>;
  /** Writes the new state unless someone else wrote since `version` was read (the repository's CONFLICT). */
  save: (tx: Tx, next: A, version: number) => Promise<A>;
  /** Events that need the saved aggregate (e.g. its new version). */
  events?: (before: A, after: A) => Envelope[];
}

/**
 * The one shape of every change to an aggregate, in every service: load it in a transaction (NOT_FOUND),
 * check the version the caller saw (CONFLICT), apply the pure rule (its Refusal reaches the caller as
 * it is), save with the optimistic lock, enqueue the events; all or nothing. Authorization happens
 * before, in the use case, with no I/O.
 */
export async function changeAggregate<A extends { version: number }, Tx extends { outbox: Outbox }>(
  unitOfWork: UnitOfWork<Tx>,
  change: AggregateChange<A, Tx>,
): Promise<A> {
  return unitOfWork(async (tx) => {
    const current = await change.load(tx);
    if (!current) throw refuse.notFound(change.what, change.id);
    const expected = change.expectedVersion;
    if (expected !== null && expected !== undefined && expected !== current.version)
      throw new Refusal(
        'CONFLICT',
        `${change.label?.(current) ?? `${change.what} ${change.id}`} is at version ${current.version}, not ${expected}: reload and try again`,
        { id: change.id, version: current.version },
      );
    const { next, events = [] } = await change.apply(current, tx);
    const saved = await change.save(tx, next, current.version);
    await tx.outbox.enqueue(...events, ...(change.events?.(current, saved) ?? []));
    return saved;
  });
}

import type { Envelope, EventContext } from '@care/contracts';
import { changeAggregate, type UnitOfWork } from '@care/service-kit';
import { auditEntryFromEvent } from '../domain/audit-entry';
import type { Deps, Transaction } from './ports';

/**
 * The service's unit of work in which every event governance itself emits is also an entry of the audit
 * trail, in the same transaction (DOMAIN 4.1: every action leaves a trace; the audit-trail consumer reads
 * the other services' streams only).
 */
export const tracedUnitOfWork =
  (deps: Pick<Deps, 'unitOfWork'>): UnitOfWork<Transaction> =>
  (work) =>
    deps.unitOfWork((tx) =>
      work({
        ...tx,
        outbox: {
          enqueue: async (...events: Envelope[]) => {
            await tx.outbox.enqueue(...events);
            for (const event of events) await tx.entries.insert(auditEntryFromEvent(event));
          },
        },
      }),
    );

/** The aggregate a change names, and the version the caller read (changed since: CONFLICT). */
export interface Versioned {
  id: string;
  expectedVersion?: number | null;
}

/** Where an aggregate is kept: its name in messages, how a change reads it and saves it at a version. */
export interface TracedRegister<T> {
  what: string;
  load: (tx: Transaction, id: string) => Promise<T | null>;
  save: (tx: Transaction, next: T, expectedVersion: number) => Promise<T>;
}

/** One change of an aggregate: its pure rule at the time it is taken, and the events of its outcome. */
export interface TracedChange<T> extends Versioned {
  apply: (current: T, now: Date) => T;
  /** The events, in the context of who (or what) made the change. */
  events: (before: T, after: T, now: Date, context: EventContext) => Envelope[];
}

/**
 * Every change of an aggregate of governance after the use case's role check: load it (NOT_FOUND), check
 * the version the caller read (CONFLICT, not a silent overwrite), apply the rule at the time, save with
 * the optimistic lock and publish the events, in one transaction with their audit entries (DOMAIN 4.1).
 */
export function changeTraced<T extends { version: number }>(
  deps: Pick<Deps, 'unitOfWork' | 'clock'>,
  register: TracedRegister<T>,
  context: EventContext,
  change: TracedChange<T>,
): Promise<T> {
  const now = deps.clock.now();
  return changeAggregate<T, Transaction>(tracedUnitOfWork(deps), {
    what: register.what,
    id: change.id,
    expectedVersion: change.expectedVersion,
    load: (tx) => register.load(tx, change.id),
    apply: (current) => ({ next: change.apply(current, now) }),
    save: register.save,
    events: (before, after) => change.events(before, after, now, context),
  });
}

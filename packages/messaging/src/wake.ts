import {
  EventSubscriber,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';

/**
 * Waking the relay when events commit, without a NOTIFY in the writing transaction.
 *
 * A NOTIFY makes Postgres serialise the commits of every notifying transaction of the cluster (it holds a
 * global lock from before its commit record is flushed until after): at 1,000 commits/s from 8
 * connections, the outbox's insert trigger tripled the commit latency (3.4 -> 10 ms on average) and cost
 * Postgres 35 % more CPU than the same inserts without it. A service's relay runs in the service's own
 * process, so the commit wakes it there, for nothing. A process that runs no relay for the schema (a
 * script, a job, a test's second data source) still tells the relays elsewhere, with a NOTIFY sent after
 * its commit on a transaction of its own. Polling stays the safety net.
 */

/** The relays of this process, by the schema of their outbox. */
const relays = new Map<string, Set<() => void>>();

/** A query runner's `data` key: its transaction enqueued events. */
const HOLDS_EVENTS = 'care.outbox.holdsEvents';

/** The notification a relay listens for: `outbox_<schema>`, the schema of the writing session. */
export const NOTIFY_OUTBOX_SQL = `SELECT pg_notify('outbox_' || current_schema(), '')`;

/** Calls `wake` after every commit of this process that enqueued events in `schema`; returns the undo. */
export function onOutboxCommit(schema: string, wake: () => void): () => void {
  const set = relays.get(schema) ?? new Set();
  relays.set(schema, set);
  set.add(wake);
  return () => {
    set.delete(wake);
    if (set.size === 0) relays.delete(schema);
  };
}

/**
 * Marks the transaction `tx` runs in as holding events, so that its commit wakes the relay. False when
 * that cannot be done (not a TypeORM transaction, or a data source without `OutboxCommitSubscriber`): the
 * caller then notifies inside the transaction, as a trigger would.
 */
export function markHoldsEvents(tx: object): boolean {
  const runner: QueryRunner | undefined =
    'queryRunner' in tx ? (tx.queryRunner as QueryRunner | undefined) : undefined;
  if (!runner?.isTransactionActive) return false;
  if (!runner.dataSource.subscribers.some((s) => s instanceof OutboxCommitSubscriber)) return false;
  runner.data[HOLDS_EVENTS] = true;
  return true;
}

/**
 * List it in a data source's `subscribers`: after the commit of a transaction that enqueued events, it
 * wakes this process's relay of the schema, or notifies the others when none runs here.
 */
@EventSubscriber()
export class OutboxCommitSubscriber implements EntitySubscriberInterface {
  async afterTransactionCommit({ queryRunner, dataSource }: TransactionCommitEvent): Promise<void> {
    // A released savepoint is not the commit.
    if (queryRunner.isTransactionActive || !queryRunner.data[HOLDS_EVENTS]) return;
    delete queryRunner.data[HOLDS_EVENTS];
    const schema = (dataSource.options as { schema?: string }).schema;
    const local = schema === undefined ? undefined : relays.get(schema);
    if (local) {
      for (const wake of local) wake();
      return;
    }
    // The events are committed whatever happens here: a failed notification leaves them to polling.
    await queryRunner.query(NOTIFY_OUTBOX_SQL).catch(() => undefined);
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    if (!queryRunner.isTransactionActive) delete queryRunner.data[HOLDS_EVENTS];
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first outbox's trigger: `outbox_<schema>` notified by every transaction that inserts events. */
async function createInsertNotification(q: QueryRunner): Promise<void> {
  await q.query(`
    CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('outbox_' || TG_TABLE_SCHEMA, '');
      RETURN NULL;
    END $$`);
  await q.query(
    `CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`,
  );
}

/**
 * The outbox and the inbox, in the service's own schema (search_path). Every service lists this migration
 * with its own. The outbox notified `outbox_<schema>` on insert (delivered on commit) until
 * OutboxWakeAfterCommit1767830400000.
 */
export class MessagingTables1767225600001 implements MigrationInterface {
  name = 'MessagingTables1767225600001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        subject text NOT NULL,
        type text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        parked_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX outbox_pending_idx ON outbox (seq) WHERE published_at IS NULL AND parked_at IS NULL`,
    );
    await createInsertNotification(q);
    await q.query(`
      CREATE TABLE inbox (
        consumer text NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE inbox`);
    await q.query(`DROP TABLE outbox`);
    await q.query(`DROP FUNCTION outbox_notify()`);
  }
}

/**
 * The W3C trace context (`traceparent`, `tracestate`) of the enqueue, kept with each outbox row so that
 * the relay publishes the event as part of the trace that caused it. Null for rows written before.
 */
export class OutboxTraceContext1767312000000 implements MigrationInterface {
  name = 'OutboxTraceContext1767312000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN trace_context jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox DROP COLUMN trace_context`);
  }
}

/**
 * The outbox no longer notifies from inside the writing transaction: a NOTIFY serialises the commits of
 * every notifying transaction, the WAL flush included. The commit wakes the relay of its own process
 * instead, and a process without one notifies after its commit (wake.ts).
 */
export class OutboxWakeAfterCommit1767830400000 implements MigrationInterface {
  name = 'OutboxWakeAfterCommit1767830400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER outbox_notify ON outbox`);
    await q.query(`DROP FUNCTION outbox_notify()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await createInsertNotification(q);
  }
}

/** Housekeeping deletes the inbox rows past retention oldest first (housekeeping.ts). */
export class InboxReceivedAtIndex1767916800000 implements MigrationInterface {
  name = 'InboxReceivedAtIndex1767916800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX inbox_received_at_idx ON inbox (received_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX inbox_received_at_idx`);
  }
}

/**
 * The relay holds an aggregate's later events while an earlier one waits to be published again (relay.ts):
 * the rows waiting for a retry, found by when it is due without reading the rest of the backlog.
 */
export class OutboxAggregateOrder1768003200000 implements MigrationInterface {
  name = 'OutboxAggregateOrder1768003200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX outbox_retry_idx ON outbox (next_attempt_at) WHERE published_at IS NULL AND parked_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_retry_idx`);
  }
}

/** The messaging tables' migrations, for every service's list (TypeORM orders them by timestamp). */
export const messagingMigrations = [
  MessagingTables1767225600001,
  OutboxTraceContext1767312000000,
  OutboxWakeAfterCommit1767830400000,
  InboxReceivedAtIndex1767916800000,
  OutboxAggregateOrder1768003200000,
];

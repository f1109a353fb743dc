import type { JetStreamManager } from '@nats-io/jetstream';
import type { Registry } from 'prom-client';
import { messagingMetrics } from './metrics';
import type { SqlExecutor } from './outbox';
import type { Topology } from './topology';

/**
 * Keeping the outbox and the inbox to the size they need. Without it both grow by a row per event, for
 * ever.
 *
 * - The outbox: a published row has done its work (the stream holds the event); it is kept
 *   `outboxRetentionDays` for tracing, then deleted. A row not yet published, or parked, is never deleted.
 * - The inbox: a row must outlive every redelivery of its event, or a replay would apply the event again.
 *   An event is applied after the stream stored it and leaves the stream at the latest its `max_age`
 *   later, so a row older than the longest `max_age` of the topology's streams (read from the server) and
 *   a day can go. A stream that keeps events for ever keeps the inbox rows for ever too.
 *
 * Both delete in batches, each a statement of its own, so that no run holds locks for long; several
 * instances of a service may run it at once.
 */

const DAY_MS = 86_400_000;

/** Rows deleted per statement. */
export const HOUSEKEEPING_BATCH = 1_000;

/**
 * Deletes the outbox rows published before `cutoff`; returns how many. The rows are walked from the oldest
 * (by `seq`) and the walk stops at the first row created at or after `cutoff`: no later row was published
 * before it, but for the odd row of a transaction that began before the cutoff and committed after, which
 * the next run takes.
 */
export async function pruneOutbox(
  db: SqlExecutor,
  cutoff: Date,
  batchSize = HOUSEKEEPING_BATCH,
): Promise<number> {
  let after = '0';
  let deleted = 0;
  for (;;) {
    const [batch] = (await db.query(
      `WITH head AS (
         SELECT seq, created_at, published_at FROM outbox WHERE seq > $1 ORDER BY seq LIMIT $2),
       gone AS (
         DELETE FROM outbox WHERE seq IN (SELECT seq FROM head WHERE published_at < $3) RETURNING 1)
       SELECT (SELECT count(*)::int FROM gone) AS deleted,
              (SELECT count(*)::int FROM head) AS walked,
              (SELECT max(seq)::text FROM head) AS last,
              coalesce((SELECT bool_or(created_at >= $3) FROM head), false) AS reached`,
      [after, batchSize, cutoff],
    )) as { deleted: number; walked: number; last: string | null; reached: boolean }[];
    deleted += batch!.deleted;
    if (batch!.walked < batchSize || batch!.reached || batch!.last === null) return deleted;
    after = batch!.last;
  }
}

/** Deletes the inbox rows received before `cutoff`, oldest first; returns how many. */
export async function pruneInbox(
  db: SqlExecutor,
  cutoff: Date,
  batchSize = HOUSEKEEPING_BATCH,
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const [batch] = (await db.query(
      `WITH gone AS (
         DELETE FROM inbox WHERE (consumer, event_id) IN (
           SELECT consumer, event_id FROM inbox WHERE received_at < $1 ORDER BY received_at LIMIT $2)
         RETURNING 1)
       SELECT count(*)::int AS deleted FROM gone`,
      [cutoff, batchSize],
    )) as { deleted: number }[];
    deleted += batch!.deleted;
    if (batch!.deleted < batchSize) return deleted;
  }
}

/**
 * How long an inbox row must be kept, in ms: the longest `max_age` of the topology's streams as the server
 * has them, and a day; null when a stream keeps its events for ever (or does not exist yet).
 */
export async function inboxRetentionMs(jsm: JetStreamManager, topology: Topology): Promise<number | null> {
  let longest = 0;
  for (const stream of topology.streams()) {
    const info = await jsm.streams.info(stream.name).catch(() => undefined);
    const maxAgeNanos = info?.config.max_age ?? 0;
    if (maxAgeNanos <= 0) return null;
    longest = Math.max(longest, maxAgeNanos / 1_000_000);
  }
  return longest + DAY_MS;
}

export interface HousekeepingOptions {
  /** The service's data source (or any executor on its schema), outside any transaction. */
  db: SqlExecutor;
  jsm: JetStreamManager;
  topology: Topology;
  /** Published outbox rows are kept this many days. */
  outboxRetentionDays: number;
  now?: () => Date;
  batchSize?: number;
  /** Counts the deleted rows as `messaging_housekeeping_deleted_total{schema,table}`. */
  metrics?: { registry: Registry; schema: string };
}

export interface HousekeepingResult {
  outboxDeleted: number;
  inboxDeleted: number;
  /** The inbox rows received before this were deleted; null: the inbox is kept whole. */
  inboxCutoff: Date | null;
}

/** One housekeeping run over a service's outbox and inbox. */
export async function messagingHousekeeping(options: HousekeepingOptions): Promise<HousekeepingResult> {
  const now = (options.now ?? (() => new Date()))().getTime();
  const outboxDeleted = await pruneOutbox(
    options.db,
    new Date(now - options.outboxRetentionDays * DAY_MS),
    options.batchSize,
  );
  const keepInbox = await inboxRetentionMs(options.jsm, options.topology);
  const inboxCutoff = keepInbox === null ? null : new Date(now - keepInbox);
  const inboxDeleted = inboxCutoff ? await pruneInbox(options.db, inboxCutoff, options.batchSize) : 0;
  if (options.metrics) {
    const { registry, schema } = options.metrics;
    const deleted = messagingMetrics(registry).housekeepingDeleted;
    deleted.inc({ schema, table: 'outbox' }, outboxDeleted);
    deleted.inc({ schema, table: 'inbox' }, inboxDeleted);
  }
  return { outboxDeleted, inboxDeleted, inboxCutoff };
}

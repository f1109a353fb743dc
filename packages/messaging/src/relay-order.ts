import type { TraceCarrier } from './trace-context';

/*
 * The order the outbox relay publishes in (relay.ts): an aggregate's events (one envelope `subject`) in
 * the order of their commits, also when the server refuses one; the others close to outbox order.
 */

/** A row of the outbox as a pass claims it. */
export interface OutboxRow {
  id: string;
  subject: string;
  type: string;
  payload: Record<string, unknown>;
  attempts: number;
  /** The enqueue's trace context; null for rows written before it was kept. */
  trace_context: TraceCarrier | null;
}

/**
 * A pass's rows: the due ones in outbox order, but not those of an aggregate whose earlier event waits to
 * be published again (after a refusal). The waiting rows are few and read first, once, through their own
 * index: a check per row against the whole backlog would cost a pass seconds when a large backlog has no
 * planner statistics yet (after an outage).
 */
export const CLAIM_SQL = `
  WITH waiting AS MATERIALIZED (
    SELECT payload->>'subject' AS aggregate, min(seq) AS seq FROM outbox
     WHERE published_at IS NULL AND parked_at IS NULL AND next_attempt_at > now()
     GROUP BY 1)
  SELECT id, subject, type, payload, attempts, trace_context FROM outbox o
   WHERE published_at IS NULL AND parked_at IS NULL AND next_attempt_at <= now()
     AND NOT EXISTS (SELECT 1 FROM waiting w WHERE w.aggregate = o.payload->>'subject' AND w.seq < o.seq)
   ORDER BY seq LIMIT $1 FOR UPDATE OF o SKIP LOCKED`;

/** The aggregate an outbox row is about: its envelope's `subject` (the row itself when it has none). */
export const aggregateOf = (row: OutboxRow): string =>
  typeof row.payload.subject === 'string' ? row.payload.subject : row.id;

/**
 * The batch's rows (their indexes, in outbox order) in waves: the first of each aggregate, then the
 * second of each, and so on. A batch of different aggregates is one wave.
 */
export function wavesByAggregate(rows: readonly OutboxRow[]): number[][] {
  const waves: number[][] = [];
  const seen = new Map<string, number>();
  for (const [i, row] of rows.entries()) {
    const aggregate = aggregateOf(row);
    const wave = seen.get(aggregate) ?? 0;
    seen.set(aggregate, wave + 1);
    (waves[wave] ??= []).push(i);
  }
  return waves;
}

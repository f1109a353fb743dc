import type { Envelope } from '@care/contracts';
import { eventByType, type Outbox } from '@care/contracts';
import { context, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { carrierOfSpan, MESSAGING, tracer } from './trace-context';
import { markHoldsEvents, NOTIFY_OUTBOX_SQL } from './wake';

/** Anything that runs SQL inside the caller's transaction (a TypeORM EntityManager or QueryRunner). */
export interface SqlExecutor {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Writes events to the outbox inside the caller's transaction: they are published if and only if the
 * transaction commits. Each row keeps the trace context of its enqueue span (a child of the request or
 * event being handled), so the relay can publish the event as part of the same trace. The commit wakes
 * the relay (wake.ts); a transaction that cannot be followed to its commit notifies the relay inside it,
 * which Postgres delivers at the commit.
 */
export async function enqueue(tx: SqlExecutor, ...events: Envelope[]): Promise<void> {
  const followed = events.length > 0 && markHoldsEvents(tx);
  for (const event of events) {
    const definition = eventByType(event.type);
    if (!definition) throw new Error(`unknown event type ${event.type}: add it to packages/contracts`);
    const span = tracer.startSpan(
      `create ${definition.subject}`,
      {
        kind: SpanKind.PRODUCER,
        attributes: {
          [MESSAGING.system]: 'nats',
          [MESSAGING.operationType]: 'create',
          [MESSAGING.destination]: definition.subject,
          [MESSAGING.messageId]: event.id,
        },
      },
      context.active(),
    );
    try {
      const traceContext = carrierOfSpan(span);
      await tx.query(
        `INSERT INTO outbox (id, subject, type, payload, trace_context) VALUES ($1, $2, $3, $4, $5)`,
        [
          event.id,
          definition.subject,
          event.type,
          JSON.stringify(event),
          traceContext ? JSON.stringify(traceContext) : null,
        ],
      );
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) });
      throw error;
    } finally {
      span.end();
    }
  }
  // After the rows: without a transaction around them, they are committed before the notification.
  if (events.length > 0 && !followed) await tx.query(NOTIFY_OUTBOX_SQL);
}

/** The Outbox port of a use case, bound to the transaction it runs in. */
export function outboxOf(tx: SqlExecutor): Outbox {
  return { enqueue: (...events) => enqueue(tx, ...events) };
}

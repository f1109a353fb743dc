import type { Envelope } from '@care/contracts';
import { eventByType, type Outbox } from '@care/contracts';

/** Anything that runs SQL inside the caller's transaction (a TypeORM EntityManager or QueryRunner). */
export interface SqlExecutor {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Writes events to the outbox inside the caller's transaction: they are published if and only if the
 * transaction commits.
 */
export async function enqueue(tx: SqlExecutor, ...events: Envelope[]): Promise<void> {
  for (const event of events) {
    const definition = eventByType(event.type);
    if (!definition) throw new Error(`unknown event type ${event.type}: add it to packages/contracts`);
    await tx.query(`INSERT INTO outbox (id, subject, type, payload) VALUES ($1, $2, $3, $4)`, [
      event.id,
      definition.subject,
      event.type,
      JSON.stringify(event),
    ]);
  }
}

/** The Outbox port of a use case, bound to the transaction it runs in. */
export function outboxOf(tx: SqlExecutor): Outbox {
  return { enqueue: (...events) => enqueue(tx, ...events) };
}

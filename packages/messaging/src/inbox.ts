import type { Envelope } from '@care/contracts';
import type { DataSource, EntityManager } from 'typeorm';

/** An event of a batch that waits behind an earlier event of its aggregate that failed in the batch. */
export const HELD = Symbol('held');

/** What became of an event in a batch: applied (true), a repeat (false), failed, or held. */
export type Outcome = boolean | Error | typeof HELD;

/**
 * A consumer's inbox: each event's row (consumer, event id) commits with the handler's effects, so an
 * event is applied once however often it is delivered. `handle` runs the consumer's handler for one
 * delivery inside the transaction; `keyOf` names a delivery's aggregate.
 */
export class Inbox<D extends { event: Envelope }> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly consumer: string,
    private readonly handle: (delivery: D, tx: EntityManager) => Promise<void>,
    private readonly keyOf: (delivery: D) => string,
  ) {}

  /** One event in a transaction of its own; false for a repeat. */
  applyOne(delivery: D): Promise<boolean> {
    return this.dataSource.transaction((tx) => this.applyIn(tx, delivery));
  }

  /**
   * The fast path: the batch's inbox rows in one statement, then each new event's handler, one commit.
   * A repeat (already in the inbox, or twice in the batch) is only acknowledged. Any failure rolls the
   * whole batch back for `applyEach`.
   */
  async applyAll(deliveries: D[]): Promise<boolean[]> {
    const events = deliveries.map((d) => d.event);
    return this.dataSource.transaction(async (tx) => {
      const inserted: { event_id: string }[] = await tx.query(
        `INSERT INTO inbox (consumer, event_id, event_type)
         SELECT $1, e.id, e.type FROM unnest($2::uuid[], $3::text[]) AS e(id, type)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.consumer, events.map((e) => e.id), events.map((e) => e.type)],
      );
      const fresh = new Set(inserted.map((r) => r.event_id));
      const applied: boolean[] = [];
      for (const delivery of deliveries) {
        const first = fresh.delete(delivery.event.id);
        if (first) await this.handle(delivery, tx);
        applied.push(first);
      }
      return applied;
    });
  }

  /**
   * One savepoint per event: a handler that fails takes back its own writes only, and its event goes
   * the way of any failure (retry, then dead letter) while the rest of the batch commits. The later
   * events of a failed event's aggregate are not applied: they are HELD behind it.
   */
  async applyEach(deliveries: D[]): Promise<Outcome[]> {
    return this.dataSource.transaction(async (tx) => {
      const results: Outcome[] = [];
      const failed = new Set<string>();
      for (const delivery of deliveries) {
        const key = this.keyOf(delivery);
        if (failed.has(key)) {
          results.push(HELD);
          continue;
        }
        await tx.query('SAVEPOINT consumer_event');
        try {
          results.push(await this.applyIn(tx, delivery));
          await tx.query('RELEASE SAVEPOINT consumer_event');
        } catch (error) {
          await tx.query('ROLLBACK TO SAVEPOINT consumer_event');
          results.push(error instanceof Error ? error : new Error(String(error)));
          failed.add(key);
        }
      }
      return results;
    });
  }

  /** The inbox row and the handler's effects, inside the caller's transaction; false for a repeat. */
  private async applyIn(tx: EntityManager, delivery: D): Promise<boolean> {
    const { event } = delivery;
    const inserted: unknown[] = await tx.query(
      `INSERT INTO inbox (consumer, event_id, event_type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING event_id`,
      [this.consumer, event.id, event.type],
    );
    if (inserted.length === 0) return false;
    await this.handle(delivery, tx);
    return true;
  }
}

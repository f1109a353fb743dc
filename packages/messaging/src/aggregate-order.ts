/**
 * Keeps a consumer's events of one aggregate (one envelope `subject`) in the order of their stream when one
 * of them fails. The failed event waits for its retry; the later events of its aggregate that reach the
 * consumer meanwhile are handed back to the stream (held) and wait behind it, and behind each other, while
 * the events of other aggregates go on. Pure: the consumer tells it what happened and when.
 *
 * It knows only what reaches this consumer process. A retry or a held event may go to another replica of
 * the service: the waits then end by time (the grace periods below), so nothing waits for ever.
 */

/** Where an event stands: its aggregate (with its stream), its id and its stream sequence. */
export interface Position {
  key: string;
  eventId: string;
  seq: number;
}

/** Events of a batch that will be applied before the one asked about. */
export interface AheadInBatch {
  ids: ReadonlySet<string>;
  seqs: ReadonlySet<number>;
}

/** An aggregate stays blocked this long past its failed event's retry time. */
export const FAILED_GRACE_MS = 1_000;
/** A held event comes back this long after what it waits for. */
export const HOLD_MARGIN_MS = 50;
/** A held event not back this long after it was due went elsewhere: the later ones stop waiting for it. */
export const HELD_GRACE_MS = 1_000;
/** The most aggregates and held events remembered; past that, what has expired is forgotten. */
const MAX_TRACKED = 10_000;

interface Waiting {
  /** Its event that failed and waits for its retry, and until when the others wait for it. */
  failed?: { eventId: string; until: number };
  /** Its events handed back to the stream, by stream sequence: when each should be back. */
  held: Map<number, number>;
}

export class AggregateOrder {
  private readonly waiting = new Map<string, Waiting>();
  /** How often each held event was handed back: deliveries that were not tries. */
  private readonly holds = new Map<string, number>();

  /**
   * Until when the event must wait (a time that may already have passed: it waits a moment more), or
   * undefined when it may be applied now: no earlier event of its aggregate failed or is held, except those
   * `ahead` of it in its batch.
   */
  waitUntil(p: Position, now: number, ahead?: AheadInBatch): number | undefined {
    const w = this.waiting.get(p.key);
    if (!w) return undefined;
    let until: number | undefined;
    if (w.failed && w.failed.until <= now) w.failed = undefined;
    if (w.failed && w.failed.eventId !== p.eventId && !ahead?.ids.has(w.failed.eventId))
      until = w.failed.until;
    for (const [seq, back] of w.held) {
      if (back + HELD_GRACE_MS <= now) w.held.delete(seq);
      else if (seq < p.seq && !ahead?.seqs.has(seq)) until = Math.max(until ?? back, back);
    }
    if (!w.failed && w.held.size === 0) this.waiting.delete(p.key);
    return until;
  }

  /** The event is handed back to wait until `until`: how long to ask the stream to wait, in ms. */
  hold(p: Position, until: number, now: number): number {
    const delay = Math.max(0, until - now) + HOLD_MARGIN_MS;
    this.prune(now);
    this.entry(p.key).held.set(p.seq, now + delay);
    this.holds.set(p.eventId, (this.holds.get(p.eventId) ?? 0) + 1);
    return delay;
  }

  /** The event failed and is retried in `retryInMs`: the later events of its aggregate wait for it. */
  failed(p: Position, retryInMs: number, now: number): void {
    this.prune(now);
    const w = this.entry(p.key);
    w.held.delete(p.seq);
    w.failed = { eventId: p.eventId, until: now + retryInMs + FAILED_GRACE_MS };
  }

  /** The event is settled (applied, found applied, or dead-lettered): nothing waits for it any more. */
  settled(p: Position): void {
    this.holds.delete(p.eventId);
    const w = this.waiting.get(p.key);
    if (!w) return;
    w.held.delete(p.seq);
    if (w.failed?.eventId === p.eventId) w.failed = undefined;
    if (!w.failed && w.held.size === 0) this.waiting.delete(p.key);
  }

  /** The tries behind a delivery count: the deliveries that ended in a hold were not tries. */
  tries(eventId: string, deliveryCount: number): number {
    return deliveryCount - (this.holds.get(eventId) ?? 0);
  }

  /** Nothing waits and nothing was held: the consumer's usual state, checked before any of the above. */
  get idle(): boolean {
    return this.waiting.size === 0 && this.holds.size === 0;
  }

  private entry(key: string): Waiting {
    let w = this.waiting.get(key);
    if (!w) this.waiting.set(key, (w = { held: new Map() }));
    return w;
  }

  /** Forgets what has expired once too much is remembered (events that went to other replicas). */
  private prune(now: number) {
    if (this.holds.size >= MAX_TRACKED) this.holds.clear();
    if (this.waiting.size < MAX_TRACKED) return;
    for (const [key, w] of this.waiting) {
      if (w.failed && w.failed.until <= now) w.failed = undefined;
      for (const [seq, back] of w.held) if (back + HELD_GRACE_MS <= now) w.held.delete(seq);
      if (!w.failed && w.held.size === 0) this.waiting.delete(key);
    }
  }
}

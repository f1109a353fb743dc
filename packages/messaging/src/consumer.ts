import { dlqSubject, envelopeSchema, redriveSubject, type Envelope } from '@care/contracts';
import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import { headers as natsHeaders, nanos, type NatsConnection } from '@nats-io/transport-node';
import { context, ROOT_CONTEXT, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { DataSource, EntityManager } from 'typeorm';
import { AggregateOrder, type Position } from './aggregate-order';
import { messagingMetrics, scrapedGauge, type MessagingMetrics } from './metrics';
import type { Topology } from './topology';
import { carrierOfHeaders, processSpan, setTraceHeaders } from './trace-context';

export type EventHandler = (event: Envelope, tx: EntityManager) => Promise<void>;

export interface ConsumerOptions {
  nats: NatsConnection;
  dataSource: DataSource;
  topology: Topology;
  /** The consuming service, e.g. `governance`. */
  service: string;
  /** What this consumer is for, e.g. `audit-trail`: one durable consumer per (service, purpose, stream). */
  purpose: string;
  /** Base stream names (e.g. CARE_LOYALTY) and optionally the base subjects to take from each. */
  sources: { stream: string; subjects?: string[] }[];
  handle: EventHandler;
  logger: Logger;
  registry?: Registry;
  /** Deliveries before an event goes to the dead-letter subject. */
  maxDeliver?: number;
  ackWaitMs?: number;
  /** Delay before redelivery after a failure on delivery `n`. */
  retryDelayMs?: (delivery: number) => number;
}

const SAFE = /[^A-Za-z0-9_-]/g;

/** The most events applied in one transaction (and pulled ahead of the one being applied). */
const MAX_BATCH = 64;

/** An event of a batch that waits behind an earlier event of its aggregate that failed in the batch. */
const HELD = Symbol('held');

/** A message that parsed as an event, with the span of its handling (a child of the publish span). */
interface Delivery {
  msg: JsMsg;
  event: Envelope;
  span: Span;
}

/** The delivery's place among the events of its aggregate; streams never wait for each other. */
const positionOf = ({ msg, event }: Pick<Delivery, 'msg' | 'event'>): Position => ({
  key: `${msg.info.stream} ${event.subject}`,
  eventId: event.id,
  seq: msg.info.streamSequence,
});

/** Header values must be one line. */
const oneLine = (text: string, max: number) => text.replace(/[\r\n]+/g, ' ').slice(0, max);

/**
 * A durable JetStream consumer that applies each event exactly once: the inbox row (event id) and the
 * handler's effects commit in one transaction, the ack follows the commit, a redelivered event finds its
 * inbox row and is only acknowledged. A failure is retried with a delay; after `maxDeliver` deliveries the
 * event goes to `care.dlq.<service>.<purpose>` with the reason and stops blocking the others. While an
 * event waits for its retry, the later events of its aggregate (its `subject`) that reach this consumer wait
 * behind it (they are handed back to the stream until it is applied), so an aggregate's events are applied
 * in stream order; the events of other aggregates go on.
 */
export class EventConsumer {
  readonly name: string;
  private js!: JetStreamClient;
  private jsm!: JetStreamManager;
  private readonly metrics: MessagingMetrics | undefined;
  private readonly running: { stop: () => void; done: Promise<void> }[] = [];
  private stopped = false;
  /** The events that wait behind an earlier event of their aggregate. */
  private readonly order = new AggregateOrder();

  constructor(private readonly options: ConsumerOptions) {
    this.name = `${options.service}.${options.purpose}`;
    if (options.registry) {
      this.metrics = messagingMetrics(options.registry);
      scrapedGauge(
        options.registry,
        `consumer_lag`,
        'Events in the stream not yet delivered to the consumer',
        ['consumer', 'stream'],
        async (g) => {
          for (const { stream, durable } of this.durables()) {
            const info = await this.jsm.consumers.info(stream, durable).catch(() => undefined);
            if (info) g.set({ consumer: this.name, stream }, info.num_pending + info.num_ack_pending);
          }
        },
      );
    }
  }

  /** The durable consumers this consumer owns: one per source stream, one for re-driven dead letters. */
  durables(): { stream: string; durable: string; subjects: string[] }[] {
    const { topology, service, purpose } = this.options;
    const base = `${service}_${purpose}`.replace(SAFE, '_');
    return [
      ...this.options.sources.flatMap((s) => {
        const stream = topology.stream(s.stream);
        const subjects = s.subjects ?? [];
        if (subjects.length <= 1)
          return [
            { stream, durable: `${base}_${s.stream}`, subjects: subjects.map((x) => topology.subject(x)) },
          ];
        // One durable per subject: a consumer filtering several subjects needs NATS 2.10 or later.
        return subjects.map((subject) => ({
          stream,
          durable: `${base}_${s.stream}_${subject.split('.').slice(2).join('_').replace(SAFE, '_')}`,
          subjects: [topology.subject(subject)],
        }));
      }),
      {
        stream: topology.stream('CARE_INTERNAL'),
        durable: `${base}_redrive`,
        subjects: [topology.subject(redriveSubject(service, purpose))],
      },
    ];
  }

  async start(): Promise<void> {
    this.js = jetstream(this.options.nats);
    this.jsm = await jetstreamManager(this.options.nats);
    for (const d of this.durables()) {
      await this.ensureDurable(d.stream, d.durable, d.subjects);
      this.running.push(this.consume(d.stream, d.durable));
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const r of this.running) r.stop();
    await Promise.all(this.running.map((r) => r.done));
  }

  private async ensureDurable(stream: string, durable: string, subjects: string[]) {
    const existing = await this.jsm.consumers.info(stream, durable).catch(() => undefined);
    if (existing) return;
    await this.jsm.consumers.add(stream, {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: nanos(this.options.ackWaitMs ?? 30_000),
      max_deliver: -1, // the dead-letter decision is ours, so that the reason travels with the event
      ...(subjects[0] ? { filter_subject: subjects[0] } : {}),
    });
  }

  private consume(stream: string, durable: string): { stop: () => void; done: Promise<void> } {
    let messages:
      Awaited<ReturnType<Awaited<ReturnType<JetStreamClient['consumers']['get']>>['consume']>> | undefined;
    const done = (async () => {
      while (!this.stopped) {
        try {
          const consumer = await this.js.consumers.get(stream, durable);
          messages = await consumer.consume({ max_messages: MAX_BATCH });
          // Stopped while attaching: stop() found nothing to close yet, so close here. Not awaited:
          // the iterator settles its close only once iterated, and nobody will iterate it now.
          if (this.stopped) {
            void messages.close();
            break;
          }
          await this.groupCommit(messages);
        } catch (error) {
          if (this.stopped) break;
          this.options.logger.warn({ err: error, stream, durable }, 'consumer interrupted: re-attaching');
          await this.ensureDurable(
            stream,
            durable,
            this.durables().find((d) => d.durable === durable)?.subjects ?? [],
          ).catch(() => undefined);
          await new Promise((r) => setTimeout(r, 1_000));
        }
      }
    })();
    return {
      stop: () => {
        void messages?.close();
      },
      done,
    };
  }

  /**
   * Group commit: while one transaction is being applied, the messages that arrive queue up and are
   * applied together in the next one, in stream order. At a low rate every batch is one event (no added
   * latency); under load the batches grow and the consumer keeps up instead of paying one commit per
   * event. A bad event is retried and dead-lettered on its own and holds back only the later events of
   * its own aggregate.
   */
  private async groupCommit(messages: AsyncIterable<JsMsg>): Promise<void> {
    const pending: JsMsg[] = [];
    let flushing: Promise<void> | undefined;
    // The flag is cleared in the same step that finds the queue empty, so a message queued at any
    // moment is either seen by the running flush or starts a new one.
    const flush = async () => {
      try {
        while (pending.length > 0) await this.processBatch(pending.splice(0, MAX_BATCH));
      } finally {
        flushing = undefined;
      }
    };
    const kick = () => (flushing ??= flush());
    try {
      for await (const msg of messages) {
        pending.push(msg);
        const running = kick();
        if (pending.length >= MAX_BATCH) await running; // back-pressure: the queue stays bounded
      }
    } finally {
      await flushing;
      if (pending.length > 0) await kick();
    }
  }

  private async processBatch(batch: JsMsg[]): Promise<void> {
    const valid: Delivery[] = [];
    for (const msg of batch) {
      const event = await this.parse(msg);
      if (event) valid.push({ msg, event, span: processSpan(msg.subject, msg.headers, event.id, this.name) });
    }
    // An event waits behind an earlier event of its aggregate that failed or waits, unless that one comes
    // before it in this batch.
    let ready = valid;
    if (!this.order.idle) {
      ready = [];
      const ahead = { ids: new Set<string>(), seqs: new Set<number>() };
      for (const delivery of valid) {
        const until = this.order.waitUntil(positionOf(delivery), Date.now(), ahead);
        if (until !== undefined) this.hold(delivery, until);
        else {
          ready.push(delivery);
          ahead.ids.add(delivery.event.id);
          ahead.seqs.add(delivery.msg.info.streamSequence);
        }
      }
    }
    try {
      await this.applyBatch(ready);
    } finally {
      for (const { span } of valid) span.end();
    }
  }

  private async applyBatch(valid: Delivery[]): Promise<void> {
    if (valid.length === 1) return this.apply(valid[0]!);
    if (valid.length === 0) return;
    let outcomes: (boolean | Error | typeof HELD)[];
    try {
      outcomes = await this.applyAll(valid);
    } catch {
      try {
        outcomes = await this.applyEach(valid);
      } catch {
        // The transaction itself failed (e.g. the connection): each event on its own, as usual.
        for (const delivery of valid) {
          const until = this.order.waitUntil(positionOf(delivery), Date.now());
          if (until !== undefined) this.hold(delivery, until);
          else await this.apply(delivery);
        }
        return;
      }
    }
    // The failures first: each blocks its aggregate, and the events held behind it wait for that block.
    for (const [i, delivery] of valid.entries()) {
      const outcome = outcomes[i]!;
      if (outcome instanceof Error) await this.failed(delivery, outcome);
    }
    for (const [i, delivery] of valid.entries()) {
      const outcome = outcomes[i]!;
      if (outcome instanceof Error) continue;
      if (outcome === HELD) {
        const now = Date.now();
        this.hold(delivery, this.order.waitUntil(positionOf(delivery), now) ?? now);
        continue;
      }
      this.done(delivery, outcome);
    }
  }

  /** An event applied (or found applied): acknowledged, and nothing waits for it any more. */
  private done(delivery: Delivery, applied: boolean) {
    delivery.msg.ack();
    if (!this.order.idle) this.order.settled(positionOf(delivery));
    this.metrics?.consumed.inc({ consumer: this.name, outcome: applied ? 'applied' : 'duplicate' });
  }

  /** Hands the delivery back to the stream, to come back when what it waits for should be settled. */
  private hold(delivery: Delivery, until: number) {
    const { msg, event } = delivery;
    const delay = this.order.hold(positionOf(delivery), until, Date.now());
    this.metrics?.consumed.inc({ consumer: this.name, outcome: 'held' });
    this.options.logger.debug(
      { eventId: event.id, type: event.type, retryInMs: delay },
      'event held behind an earlier event of its aggregate',
    );
    msg.nak(delay);
  }

  /** The handler, with the delivery's span active: its logs and the events it enqueues join the trace. */
  private handle(delivery: Delivery, tx: EntityManager): Promise<void> {
    return context.with(trace.setSpan(ROOT_CONTEXT, delivery.span), () =>
      this.options.handle(delivery.event, tx),
    );
  }

  /**
   * The fast path: the batch's inbox rows in one statement, then each new event's handler, one commit.
   * A repeat (already in the inbox, or twice in the batch) is only acknowledged. Any failure rolls the
   * whole batch back for `applyEach`.
   */
  private async applyAll(deliveries: Delivery[]): Promise<boolean[]> {
    const events = deliveries.map((d) => d.event);
    return this.options.dataSource.transaction(async (tx) => {
      const inserted: { event_id: string }[] = await tx.query(
        `INSERT INTO inbox (consumer, event_id, event_type)
         SELECT $1, e.id, e.type FROM unnest($2::uuid[], $3::text[]) AS e(id, type)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.name, events.map((e) => e.id), events.map((e) => e.type)],
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
   * the way of any failure (retry, then dead letter) while the rest of the batch commits.
   */
  private async applyEach(deliveries: Delivery[]): Promise<(boolean | Error | typeof HELD)[]> {
    return this.options.dataSource.transaction(async (tx) => {
      const results: (boolean | Error | typeof HELD)[] = [];
      const failed = new Set<string>();
      for (const delivery of deliveries) {
        const { key } = positionOf(delivery);
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

  /** The envelope, or undefined after dead-lettering a message that is not one. */
  private async parse(msg: JsMsg): Promise<Envelope | undefined> {
    try {
      return envelopeSchema.parse(msg.json()) as Envelope;
    } catch (error) {
      await this.deadLetter(
        msg,
        `not a valid event envelope: ${error instanceof Error ? error.message : String(error)}`,
      );
      return undefined;
    }
  }

  /** The inbox row and the handler's effects, inside the caller's transaction; false for a duplicate. */
  private async applyIn(tx: EntityManager, delivery: Delivery): Promise<boolean> {
    const { event } = delivery;
    const inserted: unknown[] = await tx.query(
      `INSERT INTO inbox (consumer, event_id, event_type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING event_id`,
      [this.name, event.id, event.type],
    );
    if (inserted.length === 0) return false;
    await this.handle(delivery, tx);
    return true;
  }

  /** Applies one event in its own transaction, acks after the commit, retries or dead-letters a failure. */
  private async apply(delivery: Delivery): Promise<void> {
    try {
      const applied = await this.options.dataSource.transaction((tx) => this.applyIn(tx, delivery));
      this.done(delivery, applied);
    } catch (error) {
      await this.failed(delivery, error);
    }
  }

  /** A failed event is redelivered after a delay, or dead-lettered after `maxDeliver` deliveries. */
  private async failed(d: Delivery, error: unknown): Promise<void> {
    const { msg, event, span } = d;
    const reason = error instanceof Error ? error.message : String(error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: reason });
    const delivery = this.order.tries(event.id, msg.info.deliveryCount);
    if (delivery >= (this.options.maxDeliver ?? 5)) {
      await this.deadLetter(msg, reason, event);
      return;
    }
    const delay = (this.options.retryDelayMs ?? ((n) => Math.min(500 * 2 ** (n - 1), 30_000)))(delivery);
    this.order.failed(positionOf(d), delay, Date.now());
    this.options.logger.warn(
      { eventId: event.id, type: event.type, delivery, reason, retryInMs: delay },
      'event failed: will retry',
    );
    this.metrics?.consumed.inc({ consumer: this.name, outcome: 'retried' });
    msg.nak(delay);
  }

  /** Moves an event to the dead-letter subject with the reason; only then is it taken off the consumer. */
  private async deadLetter(msg: JsMsg, reason: string, event?: Envelope) {
    const h = natsHeaders();
    h.set('Care-Dlq-Reason', oneLine(reason, 1_000));
    h.set('Care-Dlq-Consumer', this.name);
    h.set('Care-Original-Subject', msg.subject);
    h.set('Care-Original-Stream', msg.info.stream);
    h.set('Care-Original-Sequence', String(msg.info.streamSequence));
    h.set('Care-Delivery-Count', String(msg.info.deliveryCount));
    if (event) h.set('Ce-Type', event.type);
    setTraceHeaders(h, carrierOfHeaders(msg.headers));
    try {
      await this.js.publish(
        this.options.topology.subject(dlqSubject(this.options.service, this.options.purpose)),
        msg.data,
        {
          headers: h,
          msgID: `dlq:${this.name}:${msg.info.stream}:${msg.info.streamSequence}`,
        },
      );
    } catch (error) {
      this.options.logger.error(
        { err: error, eventId: event?.id },
        'cannot dead-letter the event now: it will be redelivered',
      );
      msg.nak(5_000);
      return;
    }
    msg.term(oneLine(reason, 200));
    if (event && !this.order.idle) this.order.settled(positionOf({ msg, event }));
    this.metrics?.deadLetters.inc({ consumer: this.name });
    this.metrics?.consumed.inc({ consumer: this.name, outcome: 'dead_lettered' });
    this.options.logger.error(
      { eventId: event?.id, type: event?.type, reason, deliveries: msg.info.deliveryCount },
      'event dead-lettered',
    );
  }
}

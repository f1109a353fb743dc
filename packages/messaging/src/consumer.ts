import { dlqSubject, envelopeSchema, type Envelope } from '@care/contracts';
import {
  jetstream,
  jetstreamManager,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { context, ROOT_CONTEXT, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { DataSource, EntityManager } from 'typeorm';
import { AggregateOrder, type Position } from './aggregate-order';
import { deadLetterOf, oneLine } from './dead-letter';
import { durablesOf, ensureDurable, type Durable } from './durables';
import { HELD, Inbox, type Outcome } from './inbox';
import { messagingMetrics, scrapedGauge, type MessagingMetrics } from './metrics';
import type { Topology } from './topology';
import { processSpan } from './trace-context';

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

/** The most events applied in one transaction (and pulled ahead of the one being applied). */
const MAX_BATCH = 64;

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
  private readonly inbox: Inbox<Delivery>;

  constructor(private readonly options: ConsumerOptions) {
    this.name = `${options.service}.${options.purpose}`;
    this.inbox = new Inbox(
      options.dataSource,
      this.name,
      (d, tx) => this.handle(d, tx),
      (d) => positionOf(d).key,
    );
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
  durables(): Durable[] {
    return durablesOf(this.options);
  }

  async start(): Promise<void> {
    this.js = jetstream(this.options.nats);
    this.jsm = await jetstreamManager(this.options.nats);
    for (const d of this.durables()) {
      await this.ensureDurable(d);
      this.running.push(this.consume(d));
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const r of this.running) r.stop();
    await Promise.all(this.running.map((r) => r.done));
  }

  private ensureDurable(d: Durable): Promise<void> {
    return ensureDurable(this.jsm, d, this.options.ackWaitMs ?? 30_000);
  }

  private consume(d: Durable): { stop: () => void; done: Promise<void> } {
    const { stream, durable } = d;
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
          await this.ensureDurable(d).catch(() => undefined);
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
    let outcomes: Outcome[];
    try {
      outcomes = await this.inbox.applyAll(valid);
    } catch {
      try {
        outcomes = await this.inbox.applyEach(valid);
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

  /** Applies one event in its own transaction, acks after the commit, retries or dead-letters a failure. */
  private async apply(delivery: Delivery): Promise<void> {
    try {
      const applied = await this.inbox.applyOne(delivery);
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
    try {
      await this.js.publish(
        this.options.topology.subject(dlqSubject(this.options.service, this.options.purpose)),
        msg.data,
        deadLetterOf(msg, this.name, reason, event),
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

import { jetstream, type JetStreamClient } from '@nats-io/jetstream';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { SpanKind, SpanStatusCode, type Span } from '@opentelemetry/api';
import { Pool, type PoolClient } from 'pg';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { messagingMetrics, scrapedGauge, type MessagingMetrics } from './metrics';
import { carrierOfSpan, contextOfCarrier, MESSAGING, setTraceHeaders, tracer } from './trace-context';
import type { Topology } from './topology';
import { aggregateOf, CLAIM_SQL, wavesByAggregate, type OutboxRow } from './relay-order';
import { onOutboxCommit } from './wake';

export interface RelayOptions {
  /** Connection URL of the service's database (its own role). */
  databaseUrl: string;
  /** The service's schema, where its outbox lives. */
  schema: string;
  nats: NatsConnection;
  topology: Topology;
  logger: Logger;
  registry?: Registry;
  batchSize?: number;
  /** The safety net: how often the relay looks without a notification. */
  pollIntervalMs?: number;
  /** After this many failed publishes (while connected) an event is parked, never dropped. */
  maxAttempts?: number;
  publishTimeoutMs?: number;
  /** Delay before retry `attempt` (1-based). */
  backoffMs?: (attempt: number) => number;
}

/**
 * A relay's turn on its outbox: relays of one schema (one per replica of the service) take turns on this
 * transaction-scoped advisory lock, each pass to its commit. Concurrent passes would claim different rows
 * (FOR UPDATE SKIP LOCKED) and publish them at the same time, so a later event of an aggregate could reach
 * the stream before an earlier one (after a NATS outage, when every replica catches up at once). Taken in
 * turns, an aggregate's events reach the stream in the order of their commits (a change of an aggregate
 * waits for the commit of the change before it, so its row comes later in the outbox), the others close
 * to outbox order (publishBatch). BEGIN and the turn go in one round trip.
 */
export const RELAY_TURN_SQL = `BEGIN; SELECT pg_advisory_xact_lock(hashtext('care.outbox.relay'), hashtext(current_schema()))`;

const defaultBackoff = (attempt: number) =>
  Math.min(1_000 * 2 ** (attempt - 1), 5 * 60_000) * (0.8 + Math.random() * 0.4);

/**
 * Publishes committed outbox rows to JetStream with `Nats-Msg-Id` = event id, marking each published only
 * after its PubAck. Woken by the commits of its own process (wake.ts) and by LISTEN for the others',
 * polling as the safety net. Several relays can run on one outbox: they take turns (RELAY_TURN_SQL), and
 * an aggregate's events reach the stream in commit order. While NATS is unreachable it waits (attempts are
 * not spent) and catches up on reconnect; an event the server keeps refusing is retried with backoff, the
 * later events of its aggregate held until it is published, and parked after `maxAttempts`, with a log line
 * and a metric (then the ones it held go on).
 */
export class OutboxRelay {
  private readonly pool: Pool;
  private readonly js: JetStreamClient;
  private readonly metrics: MessagingMetrics | undefined;
  private listener: PoolClient | undefined;
  private wake: (() => void) | undefined;
  /** A notification came while a pass was running: its rows may have missed that pass's SELECT. */
  private notified = false;
  private stopped = false;
  private loop: Promise<void> | undefined;
  private unwatchCommits: (() => void) | undefined;
  private readonly batchSize: number;
  private readonly channel: string;

  constructor(private readonly options: RelayOptions) {
    this.pool = new Pool({
      connectionString: options.databaseUrl,
      max: 2,
      // Marking rows published need not wait for the disk: if Postgres lost that commit in a crash, the
      // rows would be published again with their ids, which JetStream (within its duplicate window) and every
      // consumer's inbox drop.
      // A relay that stops mid-pass (a frozen process whose connection stays open) would hold its turn
      // and its rows for ever: Postgres ends a transaction idle for longer than a pass can wait for acks.
      options:
        `-c search_path=${options.schema} -c synchronous_commit=off ` +
        `-c idle_in_transaction_session_timeout=${(options.publishTimeoutMs ?? 5_000) + 25_000}`,
    });
    this.pool.on('error', (error) => options.logger.warn({ err: error }, 'relay database connection lost'));
    this.js = jetstream(options.nats, { timeout: options.publishTimeoutMs ?? 5_000 });
    this.batchSize = options.batchSize ?? 200;
    this.channel = `outbox_${options.schema}`;
    if (options.registry) {
      this.metrics = messagingMetrics(options.registry);
      this.registerGauges(options.registry);
    }
  }

  start(): void {
    if (this.loop) return;
    this.unwatchCommits = onOutboxCommit(this.options.schema, () => this.notify());
    this.loop = this.run();
    void this.watchNats();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unwatchCommits?.();
    this.wake?.();
    await this.loop;
    this.listener?.release(true);
    this.listener = undefined;
    await this.pool.end();
  }

  /** Publishes what is due now; returns how many rows it claimed. Exposed for tests and the CLI. */
  async drainOnce(): Promise<number> {
    if (this.options.nats.isClosed() || !this.connected()) return 0;
    const client = await this.pool.connect();
    // A checked-out client that loses its connection while idle (awaiting the PubAcks) emits 'error':
    // without a listener that would crash the process. The transaction is lost with the connection,
    // so the rows stay due and the client is discarded rather than returned to the pool.
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken = error;
      this.options.logger.warn({ err: error }, 'relay database connection lost mid-batch');
    };
    client.on('error', onError);
    try {
      await client.query(RELAY_TURN_SQL);
      // Prepared once per connection: planned once, not on every pass.
      const { rows } = await client.query<OutboxRow>({
        name: 'outbox-claim',
        text: CLAIM_SQL,
        values: [this.batchSize],
      });
      if (rows.length > 0) await this.publishBatch(client, rows);
      await client.query('COMMIT');
      return rows.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.off('error', onError);
      client.release(broken ?? false);
    }
  }

  /** The client reports disconnects through status events; `isClosed` says nothing about reconnecting. */
  private natsUp = true;

  private connected(): boolean {
    return this.natsUp;
  }

  private async watchNats() {
    for await (const status of this.options.nats.status()) {
      if (status.type === 'disconnect') this.natsUp = false;
      if (status.type === 'reconnect') {
        this.natsUp = true;
        this.options.logger.info('NATS is back: relay catching up');
        this.wake?.();
      }
    }
  }

  /**
   * Publishes the rows in waves: the first event of each aggregate in the batch, pipelined on the one
   * connection in outbox order, then, once they are acknowledged, the second of each, and so on. An
   * aggregate whose event was refused sends no later one in this pass: they wait for its retry (the
   * claim above skips them meanwhile), so an aggregate's events reach the stream in commit order.
   */
  private async publishBatch(client: PoolClient, rows: OutboxRow[]) {
    // A span for each publish made: a row held back is not sent, and has none.
    const spans: (Span | undefined)[] = rows.map(() => undefined);
    const results: (PromiseSettledResult<unknown> | undefined)[] = rows.map(() => undefined);
    const refused = new Set<string>();
    for (const wave of wavesByAggregate(rows)) {
      const sent = wave.filter((i) => !refused.has(aggregateOf(rows[i]!)));
      for (const i of sent) spans[i] = this.publishSpan(rows[i]!);
      const settled = await Promise.allSettled(sent.map((i) => this.publish(rows[i]!, spans[i])));
      for (const [k, result] of settled.entries()) {
        results[sent[k]!] = result;
        if (result.status === 'rejected') refused.add(aggregateOf(rows[sent[k]!]!));
      }
    }
    for (const [i, span] of spans.entries()) {
      const result = results[i];
      if (!span) continue;
      if (result?.status === 'rejected')
        span.setStatus({ code: SpanStatusCode.ERROR, message: String(result.reason) });
      span.end();
    }
    const published = rows.filter((_, i) => results[i]?.status === 'fulfilled').map((r) => r.id);
    if (published.length > 0) {
      await client.query(
        `UPDATE outbox SET published_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::uuid[])`,
        [published],
      );
      this.metrics?.published.inc({ schema: this.options.schema }, published.length);
    }
    if (!this.connected()) return; // an outage, not the events' fault: they stay due, attempts unspent
    const maxAttempts = this.options.maxAttempts ?? 10;
    for (const [i, row] of rows.entries()) {
      const result = results[i];
      // Published, or held behind its aggregate's refused event (not sent: no attempt spent).
      if (result === undefined || result.status === 'fulfilled') continue;
      const attempt = row.attempts + 1;
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      this.metrics?.publishFailures.inc({ schema: this.options.schema });
      if (attempt >= maxAttempts) {
        await client.query(
          `UPDATE outbox SET attempts = $2, last_error = $3, parked_at = now() WHERE id = $1`,
          [row.id, attempt, reason],
        );
        this.metrics?.parked.inc({ schema: this.options.schema });
        this.options.logger.error(
          { eventId: row.id, type: row.type, attempts: attempt, reason },
          'event parked after repeated publish failures',
        );
      } else {
        const delay = Math.round((this.options.backoffMs ?? defaultBackoff)(attempt));
        await client.query(
          `UPDATE outbox SET attempts = $2, last_error = $3, next_attempt_at = now() + make_interval(secs => $4) WHERE id = $1`,
          [row.id, attempt, reason, delay / 1000],
        );
        this.options.logger.warn(
          { eventId: row.id, type: row.type, attempts: attempt, reason, retryInMs: delay },
          'publish failed: will retry',
        );
      }
    }
  }

  private publish(row: OutboxRow, span: Span | undefined) {
    const h = natsHeaders();
    h.set('Ce-Type', row.type);
    h.set('Ce-Id', row.id);
    // The publish span is the parent a partner's or a consumer's handling joins.
    setTraceHeaders(h, span ? carrierOfSpan(span) : undefined);
    return this.js.publish(this.options.topology.subject(row.subject), JSON.stringify(row.payload), {
      msgID: row.id,
      headers: h,
    });
  }

  /** A child of the enqueue span; none for a row without a trace context (it is sent without one). */
  private publishSpan(row: OutboxRow): Span | undefined {
    if (!row.trace_context?.traceparent) return undefined;
    const subject = this.options.topology.subject(row.subject);
    return tracer.startSpan(
      `send ${row.subject}`,
      {
        kind: SpanKind.PRODUCER,
        attributes: {
          [MESSAGING.system]: 'nats',
          [MESSAGING.operationType]: 'send',
          [MESSAGING.destination]: subject,
          [MESSAGING.messageId]: row.id,
        },
      },
      contextOfCarrier(row.trace_context),
    );
  }

  private async run() {
    await this.listen();
    while (!this.stopped) {
      let claimed = 0;
      this.notified = false;
      try {
        claimed = await this.drainOnce();
      } catch (error) {
        this.options.logger.warn({ err: error }, 'relay pass failed: will retry');
      }
      if (claimed >= this.batchSize || this.notified || this.stopped) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollIntervalMs ?? 1_000);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  /** Events were committed: a pass now, or another one after the running pass. */
  private notify() {
    this.notified = true;
    this.wake?.();
  }

  /** A dedicated connection for LISTEN; if it breaks, polling carries on and the next pass re-listens. */
  private async listen() {
    try {
      const client = await this.pool.connect();
      await client.query(`LISTEN "${this.channel}"`);
      client.on('notification', () => this.notify());
      client.on('error', () => {
        if (this.listener === client) this.listener = undefined;
        client.release(true);
        if (!this.stopped) setTimeout(() => void this.listen(), 1_000);
      });
      this.listener = client;
    } catch (error) {
      this.options.logger.warn(
        { err: error },
        'cannot LISTEN for outbox notifications: polling only, will try again',
      );
      if (!this.stopped) setTimeout(() => void this.listen(), 5_000);
    }
  }

  private registerGauges(registry: Registry) {
    const schema = this.options.schema;
    scrapedGauge(
      registry,
      'outbox_backlog',
      'Events committed but not yet published',
      ['schema'],
      async (g) => {
        const { rows } = await this.pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL AND parked_at IS NULL`,
        );
        g.set({ schema }, rows[0]?.n ?? 0);
      },
    );
    scrapedGauge(
      registry,
      'outbox_oldest_unpublished_seconds',
      'Age of the oldest unpublished event',
      ['schema'],
      async (g) => {
        const { rows } = await this.pool.query<{ age: number | null }>(
          `SELECT extract(epoch FROM now() - min(created_at))::float8 AS age FROM outbox WHERE published_at IS NULL AND parked_at IS NULL`,
        );
        g.set({ schema }, rows[0]?.age ?? 0);
      },
    );
    scrapedGauge(
      registry,
      'outbox_parked',
      'Events parked after repeated publish failures',
      ['schema'],
      async (g) => {
        const { rows } = await this.pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM outbox WHERE parked_at IS NOT NULL`,
        );
        g.set({ schema }, rows[0]?.n ?? 0);
      },
    );
  }
}

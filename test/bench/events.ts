/**
 * Event backbone benchmark (real Postgres and NATS):
 *  - commit-to-consumer lag at a fixed rate of 200 and 1,000 events/s: each event is committed in its own
 *    transaction through the outbox; the lag runs from that commit to the consumer's handler;
 *  - the relay's maximum throughput: a backlog of events published as fast as one relay can.
 */
import { randomUUID } from 'node:crypto';
import { createEvent, customerRegistered, type Envelope } from '@care/contracts';
import {
  EventConsumer,
  MessagingTables1767225600001,
  OutboxRelay,
  OutboxTraceContext1767312000000,
  Topology,
  deleteStreams,
  enqueue,
  ensureStreams,
} from '@care/messaging';
import { createLogger } from '@care/service-kit';
import { connectTestNats, createTestSchema, uniquePrefix } from '@care/testing';
import { jetstreamManager } from '@nats-io/jetstream';
import { DataSource } from 'typeorm';

const logger = createLogger('bench', 'silent');

function event(): Envelope {
  const id = randomUUID();
  return createEvent(
    customerRegistered,
    id,
    { customerId: id, tier: 'GOLD', region: 'DE', registeredAt: new Date().toISOString() },
    {
      actor: { kind: 'service', id: 'bench' },
      correlationId: id,
    },
  );
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export async function benchEvents(): Promise<void> {
  const db = await createTestSchema('bench');
  const dataSource = new DataSource({
    type: 'postgres',
    url: db.url,
    schema: db.schema,
    migrations: [MessagingTables1767225600001, OutboxTraceContext1767312000000],
    extra: { options: `-c search_path=${db.schema}`, max: 20 },
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  const nc = await connectTestNats();
  const jsm = await jetstreamManager(nc);
  const topology = new Topology(uniquePrefix('bench'));
  await ensureStreams(jsm, topology, {
    maxAgeDays: 1,
    maxBytes: 512 * 1024 ** 2,
    duplicateWindowMs: 120_000,
  });

  const committedAt = new Map<string, number>();
  const lags: number[] = [];
  const consumer = new EventConsumer({
    nats: nc,
    dataSource,
    topology,
    service: 'bench',
    purpose: 'lag',
    sources: [{ stream: 'CARE_LOYALTY' }],
    logger,
    handle: async (e) => {
      const at = committedAt.get(e.id);
      if (at !== undefined) lags.push(Date.now() - at);
    },
  });
  await consumer.start();
  const relay = new OutboxRelay({ databaseUrl: db.url, schema: db.schema, nats: nc, topology, logger });
  relay.start();
  // A plain subscriber sees each event as the relay publishes it: the commit-to-stream part of the lag.
  const streamLags: number[] = [];
  const published = nc.subscribe(topology.subject('care.loyalty.>'));
  void (async () => {
    for await (const m of published) {
      const at = committedAt.get((m.json() as Envelope).id);
      if (at !== undefined) streamLags.push(Date.now() - at);
    }
  })();

  try {
    for (const rate of [200, 1_000]) {
      lags.length = 0;
      streamLags.length = 0;
      const seconds = 5;
      const total = rate * seconds;
      const started = Date.now();
      const writes: Promise<void>[] = [];
      for (let i = 0; i < total; i++) {
        const due = started + (i * 1_000) / rate;
        const wait = due - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const e = event();
        writes.push(
          dataSource
            .transaction((tx) => enqueue(tx, e))
            .then(() => {
              committedAt.set(e.id, Date.now());
            }),
        );
      }
      await Promise.all(writes);
      const achieved = total / ((Date.now() - started) / 1_000);
      const deadline = Date.now() + 60_000;
      while (lags.length < total && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const sorted = [...lags].sort((a, b) => a - b);
      const toStream = [...streamLags].sort((a, b) => a - b);
      console.log(
        `events: commit-to-consumer lag at ${rate} events/s (achieved ${achieved.toFixed(0)}/s, ${lags.length}/${total} delivered): ` +
          `p50 ${percentile(sorted, 50)} ms, p99 ${percentile(sorted, 99)} ms, max ${sorted[sorted.length - 1]} ms; ` +
          `of which commit-to-stream p50 ${percentile(toStream, 50)} ms, p99 ${percentile(toStream, 99)} ms`,
      );
    }

    published.unsubscribe();
    await relay.stop();
    await consumer.stop();
    const backlog = 20_000;
    for (let i = 0; i < backlog; i += 500) {
      await dataSource.transaction((tx) => enqueue(tx, ...Array.from({ length: 500 }, event)));
    }
    const maxRelay = new OutboxRelay({
      databaseUrl: db.url,
      schema: db.schema,
      nats: nc,
      topology,
      logger,
      batchSize: 500,
    });
    const started = Date.now();
    let claimed = 0;
    do {
      claimed = await maxRelay.drainOnce();
    } while (claimed > 0);
    const seconds = (Date.now() - started) / 1_000;
    await maxRelay.stop();
    const [left] = await dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`);
    console.log(
      `events: relay maximum throughput: ${backlog} events in ${seconds.toFixed(2)} s = ${(backlog / seconds).toFixed(0)} events/s ` +
        `(one relay, batches of 500, ${left.n} left unpublished)`,
    );
  } finally {
    await deleteStreams(jsm, topology);
    await nc.drain();
    await dataSource.destroy();
    await db.drop();
  }
}

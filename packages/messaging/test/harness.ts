import { randomUUID } from 'node:crypto';
import { createEvent, customerRegistered, type Envelope } from '@care/contracts';
import { connectTestNats, createTestSchema, uniquePrefix, type TestSchema } from '@care/testing';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { messagingMigrations } from '../src/migration';
import { EventConsumer, type ConsumerOptions, type EventHandler } from '../src/consumer';
import { OutboxRelay } from '../src/relay';
import { OutboxCommitSubscriber } from '../src/wake';
import { deleteStreams, ensureStreams } from '../src/streams';
import { NATS_CLIENT_OPTIONS } from '../src/nats-url';
import { Topology } from '../src/topology';

export const quiet = pino({
  level: process.env.TEST_LOG_LEVEL ?? 'silent',
  base: { service: 'messaging-test' },
});

export interface Bench {
  db: TestSchema;
  dataSource: DataSource;
  nc: NatsConnection;
  jsm: JetStreamManager;
  topology: Topology;
  close: () => Promise<void>;
}

/** A fresh schema with the outbox and inbox, an `effect` table for the consumer, and streams under a fresh namespace. */
export async function startBench(label: string): Promise<Bench> {
  const db = await createTestSchema(label);
  const dataSource = new DataSource({
    type: 'postgres',
    url: db.url,
    schema: db.schema,
    migrations: messagingMigrations,
    subscribers: [OutboxCommitSubscriber],
    migrationsTableName: 'migrations',
    extra: { options: `-c search_path=${db.schema}`, max: 8 },
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  // No unique key on purpose: an effect applied twice would show as two rows.
  await dataSource.query(
    `CREATE TABLE effect (event_id uuid NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  const nc = await connectTestNats(NATS_CLIENT_OPTIONS);
  const jsm = await jetstreamManager(nc);
  const topology = new Topology(uniquePrefix('t'));
  await ensureStreams(jsm, topology, {
    maxAgeDays: 1,
    maxBytes: 256 * 1024 ** 2,
    duplicateWindowMs: 120_000,
  });
  return {
    db,
    dataSource,
    nc,
    jsm,
    topology,
    close: async () => {
      await deleteStreams(jsm, topology);
      await nc.drain();
      await dataSource.destroy();
      await db.drop();
    },
  };
}

/** A relay over the bench's outbox, polling every 200 ms (not started); `options` override. */
export function benchRelay(
  bench: Bench,
  options: Partial<ConstructorParameters<typeof OutboxRelay>[0]> = {},
): OutboxRelay {
  return new OutboxRelay({
    databaseUrl: bench.db.url,
    schema: bench.db.schema,
    nats: bench.nc,
    topology: bench.topology,
    logger: quiet,
    pollIntervalMs: 200,
    ...options,
  });
}

/** A consumer of the bench's CARE_LOYALTY stream as service `test` (not started); `options` override. */
export function benchConsumer(
  bench: Bench,
  purpose: string,
  handle: EventHandler,
  options: Partial<ConsumerOptions> = {},
): EventConsumer {
  return new EventConsumer({
    nats: bench.nc,
    dataSource: bench.dataSource,
    topology: bench.topology,
    service: 'test',
    purpose,
    sources: [{ stream: 'CARE_LOYALTY' }],
    handle,
    logger: quiet,
    ...options,
  });
}

/** A registration of `customerId` (a new customer when not given): the customer is its aggregate. */
export function anEvent(customerId: string = randomUUID()): Envelope {
  return createEvent(
    customerRegistered,
    customerId,
    { customerId, tier: 'GOLD', region: 'DE', registeredAt: new Date().toISOString() },
    {
      actor: { kind: 'service', id: 'test' },
      correlationId: randomUUID(),
    },
  );
}

export async function effects(bench: Bench): Promise<{ event_id: string }[]> {
  return bench.dataSource.query(`SELECT event_id FROM effect`);
}

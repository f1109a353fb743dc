/**
 * The consuming service of the event benchmark, in a process of its own as in production (the producer,
 * its outbox relay and the consumer are different services). It applies every event of CARE_LOYALTY
 * through a durable `EventConsumer` (inbox row and commit per batch, ack after the commit) and tells the
 * parent, every 50 ms, which events it applied and when.
 *
 * Environment: BENCH_DB_URL, BENCH_DB_SCHEMA, BENCH_TOPOLOGY, BENCH_PURPOSE.
 */
import 'reflect-metadata';
import { EventConsumer, NATS_CLIENT_OPTIONS, Topology } from '@care/messaging';
import { createLogger } from '@care/service-kit';
import { connectTestNats } from '@care/testing';
import { DataSource } from 'typeorm';

/** What the consumer tells the parent. */
export type ConsumerReport =
  { kind: 'ready' } | { kind: 'applied'; ids: string[]; at: number[] } | { kind: 'stopped' };

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

async function main() {
  const schema = env('BENCH_DB_SCHEMA');
  const dataSource = new DataSource({
    type: 'postgres',
    url: env('BENCH_DB_URL'),
    schema,
    extra: { options: `-c search_path=${schema}`, max: 10 },
  });
  await dataSource.initialize();
  const nats = await connectTestNats(NATS_CLIENT_OPTIONS);
  const send = (report: ConsumerReport) => process.send?.(report);
  let ids: string[] = [];
  let at: number[] = [];
  const consumer = new EventConsumer({
    nats,
    dataSource,
    topology: new Topology(env('BENCH_TOPOLOGY')),
    service: 'bench',
    purpose: env('BENCH_PURPOSE'),
    sources: [{ stream: 'CARE_LOYALTY' }],
    logger: createLogger('bench-consumer', 'silent'),
    handle: async (event) => {
      ids.push(event.id);
      at.push(Date.now());
    },
  });
  const flush = () => {
    if (ids.length === 0) return;
    send({ kind: 'applied', ids, at });
    ids = [];
    at = [];
  };
  const timer = setInterval(flush, 50);
  await consumer.start();
  send({ kind: 'ready' });
  const stop = async () => {
    await consumer.stop();
    clearInterval(timer);
    flush();
    await nats.drain();
    await dataSource.destroy();
    send({ kind: 'stopped' });
    process.disconnect?.();
  };
  process.on('message', (message) => {
    if (message === 'stop') void stop();
  });
  // The parent is this process's lifeline.
  process.on('disconnect', () => process.exit(0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

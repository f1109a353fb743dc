import { jetstream } from '@nats-io/jetstream';
import { expectEventually } from '@care/testing';
import type { Envelope } from '@care/contracts';
import { listDeadLetters, redriveDeadLetters, replayConsumer } from '../src/admin';
import { run } from '../src/cli';
import { EventConsumer } from '../src/consumer';
import { enqueue } from '../src/outbox';
import { OutboxRelay } from '../src/relay';
import { anEvent, effects, quiet, startBench, type Bench } from './harness';

let bench: Bench;
let relay: OutboxRelay;
let consumer: EventConsumer;
let poisoned = new Set<string>();

beforeAll(async () => {
  bench = await startBench('consumer');
  relay = new OutboxRelay({
    databaseUrl: bench.db.url,
    schema: bench.db.schema,
    nats: bench.nc,
    topology: bench.topology,
    logger: quiet,
    pollIntervalMs: 200,
  });
  relay.start();
  consumer = new EventConsumer({
    nats: bench.nc,
    dataSource: bench.dataSource,
    topology: bench.topology,
    service: 'test',
    purpose: 'effects',
    sources: [{ stream: 'CARE_LOYALTY', subjects: ['care.loyalty.customer.registered'] }],
    handle: async (event: Envelope, tx) => {
      await tx.query(`INSERT INTO effect (event_id) VALUES ($1)`, [event.id]);
      if (poisoned.has(event.id)) throw new Error(`cannot apply ${event.id}: the customer is unknown`);
    },
    logger: quiet,
    maxDeliver: 3,
    retryDelayMs: () => 100,
  });
  await consumer.start();
});

afterAll(async () => {
  await consumer?.stop();
  await relay?.stop();
  await bench?.close();
});

const publish = (...events: Envelope[]) => bench.dataSource.transaction((tx) => enqueue(tx, ...events));

describe('exactly-once consumers', () => {
  it('applies the others while one event fails, dead-letters the failing one with its reason, and applies it once after a re-drive', async () => {
    const events = Array.from({ length: 10 }, anEvent);
    const bad = events[4]!;
    poisoned = new Set([bad.id]);
    await publish(...events);

    await expectEventually(async () => {
      const applied = (await effects(bench)).map((e) => e.event_id);
      expect(applied.sort()).toEqual(
        events
          .filter((e) => e !== bad)
          .map((e) => e.id)
          .sort(),
      );
    });
    const letters = await expectEventually(async () => {
      const found = await listDeadLetters(bench.nc, bench.topology, 'test', 'effects');
      expect(found).toHaveLength(1);
      return found;
    });
    expect(letters[0]).toMatchObject({
      reason: `cannot apply ${bad.id}: the customer is unknown`,
      originalSubject: bench.topology.subject('care.loyalty.customer.registered'),
      data: { id: bad.id, type: 'care.loyalty.customer.registered.v1' },
    });

    poisoned = new Set(); // the fix
    expect(await redriveDeadLetters(bench.nc, bench.topology, 'test', 'effects')).toBe(1);
    await expectEventually(async () =>
      expect((await effects(bench)).filter((e) => e.event_id === bad.id)).toHaveLength(1),
    );
    expect(await listDeadLetters(bench.nc, bench.topology, 'test', 'effects')).toEqual([]);
    const inbox = await bench.dataSource.query(
      `SELECT count(*)::int AS n FROM inbox WHERE consumer = 'test.effects' AND event_id = $1`,
      [bad.id],
    );
    expect(inbox).toEqual([{ n: 1 }]);
  });

  it('absorbs a duplicate that slipped past the stream (a repeat outside the duplicate window)', async () => {
    const event = anEvent();
    await publish(event);
    await expectEventually(async () =>
      expect((await effects(bench)).filter((e) => e.event_id === event.id)).toHaveLength(1),
    );
    // The same event again under another message id, as after the 2-minute window.
    await jetstream(bench.nc).publish(
      bench.topology.subject('care.loyalty.customer.registered'),
      JSON.stringify(event),
      { msgID: `${event.id}-again` },
    );
    const marker = anEvent();
    await publish(marker);
    await expectEventually(async () =>
      expect((await effects(bench)).filter((e) => e.event_id === marker.id)).toHaveLength(1),
    );
    expect((await effects(bench)).filter((e) => e.event_id === event.id)).toHaveLength(1);
  });

  it('replays a consumer from a stream sequence without applying anything twice', async () => {
    const before = (await effects(bench)).length;
    const durable = consumer.durables()[0]!;
    await consumer.stop();
    await replayConsumer(bench.nc, durable.stream, durable.durable, { sequence: 1 });
    const info = await bench.jsm.consumers.info(durable.stream, durable.durable);
    expect(info.config.opt_start_seq).toBe(1);
    expect(info.num_pending).toBeGreaterThan(0);
    consumer = new EventConsumer({
      ...(consumer as unknown as { options: ConstructorParameters<typeof EventConsumer>[0] }).options,
    });
    await consumer.start();
    await expectEventually(async () =>
      expect((await bench.jsm.consumers.info(durable.stream, durable.durable)).num_pending).toBe(0),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect((await effects(bench)).length).toBe(before);
  });

  it('dead-letters a message that is not an event envelope at once', async () => {
    await jetstream(bench.nc).publish(
      bench.topology.subject('care.loyalty.customer.registered'),
      '{"hello":"world"}',
    );
    await expectEventually(async () => {
      const letters = await listDeadLetters(bench.nc, bench.topology, 'test', 'effects');
      expect(letters.map((l) => l.reason)).toEqual([expect.stringMatching(/^not a valid event envelope/)]);
    });
  });
});

describe('the events command', () => {
  it('lists and re-drives dead letters, and refuses a malformed call', async () => {
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => lines.push(chunk.trim()) > 0) as typeof process.stdout.write;
    const stderr = process.stderr.write.bind(process.stderr);
    process.stderr.write = (() => true) as typeof process.stderr.write;
    const env = { NATS_URL: process.env.NATS_URL, EVENTS_NAMESPACE: process.env.EVENTS_NAMESPACE };
    process.env.EVENTS_NAMESPACE = bench.topology.namespace;
    try {
      expect(await run(['dead-letters', 'test', 'effects'])).toBe(0);
      expect(await run(['replay', 'CARE_LOYALTY', 'x'])).toBe(2);
      expect(await run(['nonsense'])).toBe(2);
    } finally {
      process.stdout.write = write;
      process.stderr.write = stderr;
      process.env.EVENTS_NAMESPACE = env.EVENTS_NAMESPACE;
    }
    // The envelope dead-lettered by the test above is still there.
    expect(lines).toEqual([
      expect.stringMatching(/^#\d+\t\S+care\.loyalty\.customer\.registered\tnot a valid event envelope/),
    ]);
  });
});

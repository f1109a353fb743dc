import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import { expectEventually } from '@care/testing';
import type { Envelope } from '@care/contracts';
import { listDeadLetters, redriveDeadLetters, replayConsumer } from '../src/admin';
import { run } from '../src/cli';
import { EventConsumer, type EventHandler } from '../src/consumer';
import { enqueue } from '../src/outbox';
import type { OutboxRelay } from '../src/relay';
import { anEvent, benchConsumer, benchRelay, effects, startBench, type Bench } from './harness';

let bench: Bench;
let relay: OutboxRelay;
let consumer: EventConsumer;
let poisoned = new Set<string>();

beforeAll(async () => {
  bench = await startBench('consumer');
  relay = benchRelay(bench);
  relay.start();
  consumer = registrationsConsumer('effects', 3, async (event, tx) => {
    await tx.query(`INSERT INTO effect (event_id) VALUES ($1)`, [event.id]);
    if (poisoned.has(event.id)) throw new Error(`cannot apply ${event.id}: the customer is unknown`);
  });
  await consumer.start();
});

/** A consumer of the test's customer registrations, retrying quickly. */
function registrationsConsumer(
  purpose: string,
  maxDeliver: number,
  handle: EventHandler,
  retryDelayMs = 100,
): EventConsumer {
  return benchConsumer(bench, purpose, handle, {
    sources: [{ stream: 'CARE_LOYALTY', subjects: ['care.loyalty.customer.registered'] }],
    maxDeliver,
    retryDelayMs: () => retryDelayMs,
  });
}

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

  it('stops when asked to while it is still attaching to its durables', async () => {
    const early = registrationsConsumer('stopped_early', 3, async () => undefined);
    await early.start();
    // start() returns before each durable's pull is attached: stopping now must still end every loop.
    let timer: NodeJS.Timeout | undefined;
    const stopped = await Promise.race([
      early.stop().then(() => 'stopped'),
      new Promise((resolve) => (timer = setTimeout(() => resolve('still running after 5 s'), 5_000))),
    ]);
    clearTimeout(timer);
    expect(stopped).toBe('stopped');
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

describe('group commit', () => {
  it('applies a backlog several events per transaction, in stream order, and still isolates a bad event and a duplicate', async () => {
    // A backlog already in the stream when a fresh consumer starts: its first pulls deliver many at once.
    const events = Array.from({ length: 40 }, anEvent);
    const bad = events[17]!;
    await publish(...events);
    await expectEventually(async () => {
      const info = await bench.jsm.streams.info(bench.topology.stream('CARE_LOYALTY'));
      expect(info.state.messages).toBeGreaterThanOrEqual(events.length);
    });
    // A repeat of an earlier event in the middle of the backlog, under another message id.
    await jetstream(bench.nc).publish(
      bench.topology.subject('care.loyalty.customer.registered'),
      JSON.stringify(events[3]),
      { msgID: `${events[3]!.id}-again` },
    );
    const wanted = new Set(events.map((e) => e.id));
    await bench.dataSource.query(
      `CREATE TABLE batch_effect (seq bigserial PRIMARY KEY, event_id uuid NOT NULL, tx bigint NOT NULL)`,
    );
    const backlogConsumer = registrationsConsumer('backlog', 2, async (event, tx) => {
      if (!wanted.has(event.id)) return; // events of the other tests in this file
      await tx.query(`INSERT INTO batch_effect (event_id, tx) VALUES ($1, txid_current())`, [event.id]);
      if (event.id === bad.id) throw new Error('the customer is unknown');
    });
    await backlogConsumer.start();
    try {
      const rows = await expectEventually(async () => {
        const found: { event_id: string; tx: string }[] = await bench.dataSource.query(
          `SELECT event_id, tx FROM batch_effect ORDER BY seq`,
        );
        expect(found).toHaveLength(events.length - 1);
        return found;
      });
      // Each applied exactly once (the repeat absorbed by the inbox), in the order of the stream.
      expect(rows.map((r) => r.event_id)).toEqual(events.filter((e) => e !== bad).map((e) => e.id));
      // Fewer transactions than events: the backlog went in batches.
      expect(new Set(rows.map((r) => r.tx)).size).toBeLessThan(rows.length);
      // (The stream also holds the other tests' events, among them a message that is not an envelope.)
      const ours = await expectEventually(async () => {
        const found = (await listDeadLetters(bench.nc, bench.topology, 'test', 'backlog')).filter(
          (l) => (l.data as { id?: string }).id === bad.id,
        );
        expect(found).toHaveLength(1);
        return found;
      });
      expect(ours[0]!.reason).toBe('the customer is unknown');
    } finally {
      await backlogConsumer.stop();
    }
  });
});

describe("the order of an aggregate's events", () => {
  /** A consumer recording the order it applies `wanted` in; `fails(id, tries)`: whether this try fails. */
  async function orderedConsumer(
    purpose: string,
    maxDeliver: number,
    wanted: Set<string>,
    fails: (id: string, tries: number) => boolean,
    retryDelayMs?: number,
  ) {
    await bench.dataSource.query(
      `CREATE TABLE IF NOT EXISTS ordered_effect (seq bigserial PRIMARY KEY, consumer text NOT NULL, event_id uuid NOT NULL)`,
    );
    const tries = new Map<string, number>();
    const c = registrationsConsumer(
      purpose,
      maxDeliver,
      async (event, tx) => {
        if (!wanted.has(event.id)) return; // events of the other tests in this file
        const n = (tries.get(event.id) ?? 0) + 1;
        tries.set(event.id, n);
        if (fails(event.id, n)) throw new Error(`try ${n} of ${event.id} fails`);
        await tx.query(`INSERT INTO ordered_effect (consumer, event_id) VALUES ($1, $2)`, [
          purpose,
          event.id,
        ]);
      },
      retryDelayMs,
    );
    const applied = async (): Promise<string[]> =>
      (
        await bench.dataSource.query(`SELECT event_id FROM ordered_effect WHERE consumer = $1 ORDER BY seq`, [
          purpose,
        ])
      ).map((r: { event_id: string }) => r.event_id);
    return { consumer: c, tries, applied };
  }

  it('applies the later events of an aggregate after its event that failed once, and the other aggregates meanwhile', async () => {
    const customer = randomUUID();
    const [first, second, third] = [anEvent(customer), anEvent(customer), anEvent(customer)];
    const other = anEvent();
    const wanted = new Set([first, second, third, other].map((e) => e.id));
    // The first fails twice (in one batch with the second, or on its own and at its first retry), then
    // waits half a second for its next try.
    const {
      consumer: c,
      tries,
      applied,
    } = await orderedConsumer('in_order', 5, wanted, (id, n) => id === first.id && n <= 2, 500);
    await c.start();
    try {
      await publish(first, second);
      // The third and another customer's registration come while the first waits, in a later batch.
      await expectEventually(async () => expect(tries.get(first.id)).toBe(2), { intervalMs: 5 });
      await publish(third, other);
      const order = await expectEventually(async () => {
        const found = await applied();
        expect(found).toHaveLength(4);
        return found;
      });
      expect(order.filter((id) => id !== other.id)).toEqual([first.id, second.id, third.id]);
      // The other customer's registration did not wait for the first one's retry.
      expect(order.indexOf(other.id)).toBeLessThan(order.indexOf(first.id));
      // The later ones were not tried before the first was applied.
      expect(tries.get(first.id)).toBe(3);
      expect(tries.get(second.id)).toBe(1);
      expect(tries.get(third.id)).toBe(1);
    } finally {
      await c.stop();
    }
  });

  it('lets the later events go once the failing one is dead-lettered, and does not count their waiting as tries', async () => {
    const customer = randomUUID();
    const [poison, next] = [anEvent(customer), anEvent(customer)];
    const wanted = new Set([poison.id, next.id]);
    // Two tries each: the poison fails both and is dead-lettered; the next, held behind it meanwhile (a
    // delivery that is not a try), fails its first try only and is applied at its second.
    const {
      consumer: c,
      tries,
      applied,
    } = await orderedConsumer('after_letter', 2, wanted, (id, n) => id === poison.id || n === 1);
    await c.start();
    try {
      await publish(poison, next);
      await expectEventually(async () => expect(await applied()).toEqual([next.id]), { timeoutMs: 20_000 });
      const letters = (await listDeadLetters(bench.nc, bench.topology, 'test', 'after_letter')).map(
        (l) => (l.data as { id?: string }).id,
      );
      expect(letters.filter((id) => wanted.has(id!))).toEqual([poison.id]);
    } finally {
      await c.stop();
    }
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

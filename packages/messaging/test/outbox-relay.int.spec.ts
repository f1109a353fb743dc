import { connect } from '@nats-io/transport-node';
import { Client } from 'pg';
import { expectEventually, startTcpProxy, TEST_NATS_URL, whileListening } from '@care/testing';
import type { EventConsumer } from '../src/consumer';
import { OutboxWakeAfterCommit1767830400000 } from '../src/migration';
import { enqueue } from '../src/outbox';
import { RELAY_TURN_SQL, type OutboxRelay } from '../src/relay';
import { anEvent, benchConsumer, benchRelay, effects, startBench, type Bench } from './harness';

let bench: Bench;
let consumer: EventConsumer;

beforeAll(async () => {
  bench = await startBench('relay');
  consumer = benchConsumer(bench, 'effects', async (event, tx) => {
    await tx.query(`INSERT INTO effect (event_id) VALUES ($1)`, [event.id]);
  });
  await consumer.start();
});

afterAll(async () => {
  await consumer?.stop();
  await bench?.close();
});

beforeEach(async () => {
  await bench.dataSource.query(`DELETE FROM effect`);
});

function relay(nats = bench.nc, extra: Partial<ConstructorParameters<typeof OutboxRelay>[0]> = {}) {
  return benchRelay(bench, { nats, ...extra });
}

async function streamCount(): Promise<number> {
  return (await bench.jsm.streams.info(bench.topology.stream('CARE_LOYALTY'))).state.messages;
}

describe('the transactional outbox', () => {
  it('never publishes an event enqueued in a rolled-back transaction, always one in a committed transaction', async () => {
    const before = await streamCount();
    const kept = anEvent();
    const dropped = anEvent();
    await expect(
      bench.dataSource.transaction(async (tx) => {
        await enqueue(tx, dropped);
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    await bench.dataSource.transaction((tx) => enqueue(tx, kept));
    const r = relay();
    r.start();
    try {
      await expectEventually(async () => expect(await effects(bench)).toEqual([{ event_id: kept.id }]));
      expect(await streamCount()).toBe(before + 1);
      const rows = await bench.dataSource.query(
        `SELECT id, published_at IS NOT NULL AS published FROM outbox WHERE id = ANY($1::uuid[])`,
        [[kept.id, dropped.id]],
      );
      expect(rows).toEqual([{ id: kept.id, published: true }]);
    } finally {
      await r.stop();
    }
  });

  it('keeps 1,000 events through a NATS outage and delivers each exactly once when NATS is back', async () => {
    const nats = new URL(TEST_NATS_URL);
    const proxy = await startTcpProxy({ host: nats.hostname, port: Number(nats.port || 4222) });
    const relayNats = await connect({
      servers: `nats://127.0.0.1:${proxy.port}`,
      reconnect: true,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 200,
    });
    const r = relay(relayNats);
    r.start();
    try {
      proxy.cut();
      const events = Array.from({ length: 1_000 }, anEvent);
      for (let i = 0; i < events.length; i += 100) {
        await bench.dataSource.transaction((tx) => enqueue(tx, ...events.slice(i, i + 100)));
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await effects(bench)).toEqual([]);
      const pending = await bench.dataSource.query(
        `SELECT count(*)::int AS n, max(attempts) AS attempts FROM outbox WHERE published_at IS NULL`,
      );
      expect(pending).toEqual([{ n: 1_000, attempts: 0 }]);

      proxy.restore();
      await expectEventually(async () => expect((await effects(bench)).length).toBe(1_000), {
        timeoutMs: 60_000,
        intervalMs: 250,
      });
      const applied = await effects(bench);
      expect(new Set(applied.map((e) => e.event_id))).toEqual(new Set(events.map((e) => e.id)));
      expect(
        await bench.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`),
      ).toEqual([{ n: 0 }]);
    } finally {
      await r.stop();
      await relayNats.close();
      await proxy.close();
    }
  });

  it('runs two relays on one outbox: every event delivered, no effect applied twice', async () => {
    const before = await streamCount();
    const events = Array.from({ length: 600 }, anEvent);
    const relays = [relay(bench.nc, { batchSize: 50 }), relay(bench.nc, { batchSize: 50 })];
    relays.forEach((r) => r.start());
    try {
      for (let i = 0; i < events.length; i += 20) {
        await bench.dataSource.transaction((tx) => enqueue(tx, ...events.slice(i, i + 20)));
      }
      await expectEventually(async () => expect((await effects(bench)).length).toBe(600), {
        timeoutMs: 60_000,
        intervalMs: 250,
      });
      const applied = await effects(bench);
      expect(new Set(applied.map((e) => e.event_id)).size).toBe(600);
      expect(await streamCount()).toBe(before + 600);
    } finally {
      await Promise.all(relays.map((r) => r.stop()));
    }
  });

  it('lets one relay at a time publish: a relay waits while another is in the middle of a pass', async () => {
    // Another replica's relay, between its claim and its commit.
    const other = new Client({
      connectionString: bench.db.url,
      options: `-c search_path=${bench.db.schema}`,
    });
    await other.connect();
    const r = relay();
    try {
      await other.query(RELAY_TURN_SQL);
      const { rows } = await other.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      const event = anEvent();
      await bench.dataSource.transaction((tx) => enqueue(tx, event));
      const before = await streamCount();
      const pass = r.drainOnce();
      await expectEventually(async () => {
        const [row] = await bench.dataSource.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`,
          [rows[0]!.pid],
        );
        expect(row.n).toBe(1);
      });
      expect(await streamCount()).toBe(before);
      await other.query('COMMIT');
      expect(await pass).toBe(1);
      expect(await streamCount()).toBe(before + 1);
      const [row] = await bench.dataSource.query(
        `SELECT published_at IS NOT NULL AS published FROM outbox WHERE id = $1`,
        [event.id],
      );
      expect(row.published).toBe(true);
    } finally {
      await other.query('ROLLBACK').catch(() => undefined);
      await other.end();
      await r.stop();
    }
  });

  it('publishes a backlog in outbox order although two relays publish it at once', async () => {
    const stream = bench.topology.stream('CARE_LOYALTY');
    const first = (await streamCount()) + 1;
    const events = Array.from({ length: 600 }, anEvent);
    for (let i = 0; i < events.length; i += 20) {
      await bench.dataSource.transaction((tx) => enqueue(tx, ...events.slice(i, i + 20)));
    }
    // Each relay on a NATS connection of its own, as in two replicas.
    const connections = await Promise.all([
      connect({ servers: TEST_NATS_URL }),
      connect({ servers: TEST_NATS_URL }),
    ]);
    const relays = connections.map((nats) => relay(nats, { batchSize: 50 }));
    relays.forEach((r) => r.start());
    try {
      await expectEventually(async () => expect(await streamCount()).toBe(first - 1 + 600), {
        timeoutMs: 60_000,
        intervalMs: 100,
      });
      const inStream: string[] = [];
      for (let seq = first; seq < first + 600; seq++) {
        inStream.push((await bench.jsm.streams.getMessage(stream, { seq }))?.header.get('Nats-Msg-Id') ?? '');
      }
      const inOutbox: { id: string }[] = await bench.dataSource.query(
        `SELECT id FROM outbox WHERE id = ANY($1::uuid[]) ORDER BY seq`,
        [events.map((e) => e.id)],
      );
      expect(inStream).toEqual(inOutbox.map((r) => r.id));
      expect(inStream).toEqual(events.map((e) => e.id));
    } finally {
      await Promise.all(relays.map((r) => r.stop()));
      await Promise.all(connections.map((c) => c.close()));
    }
  });

  it("holds an aggregate's later events while its refused event waits for its retry, other aggregates' not", async () => {
    const r = relay(bench.nc, { backoffMs: () => 300 });
    const stream = bench.topology.stream('CARE_LOYALTY');
    const from = (await streamCount()) + 1;
    const [refused, after, other] = [anEvent(), anEvent(), anEvent()];
    after.subject = refused.subject;
    // The first is refused (a subject no stream listens on) until its subject is mended below.
    await bench.dataSource.query(
      `INSERT INTO outbox (id, subject, type, payload) VALUES ($1, 'care.nowhere.thing.happened', $2, $3)`,
      [refused.id, refused.type, JSON.stringify(refused)],
    );
    await bench.dataSource.transaction((tx) => enqueue(tx, after, other));
    const row = async (id: string) =>
      (await bench.dataSource.query(`SELECT attempts, published_at FROM outbox WHERE id = $1`, [id]))[0] as {
        attempts: number;
        published_at: Date | null;
      };
    r.start();
    try {
      await expectEventually(async () => {
        expect((await row(other.id)).published_at).not.toBeNull();
        expect((await row(refused.id)).attempts).toBeGreaterThanOrEqual(2);
      });
      // Held, not tried: no attempt spent on it.
      expect(await row(after.id)).toEqual({ attempts: 0, published_at: null });
      const [{ subject }] = await bench.dataSource.query(`SELECT subject FROM outbox WHERE id = $1`, [
        after.id,
      ]);
      await bench.dataSource.query(`UPDATE outbox SET subject = $2 WHERE id = $1`, [refused.id, subject]);
      await expectEventually(async () => expect((await row(after.id)).published_at).not.toBeNull());
      const inStream: string[] = [];
      for (let seq = from; seq <= (await streamCount()); seq++)
        inStream.push((await bench.jsm.streams.getMessage(stream, { seq }))?.header.get('Nats-Msg-Id') ?? '');
      expect(inStream.filter((id) => id === refused.id || id === after.id)).toEqual([refused.id, after.id]);
      expect(inStream.indexOf(other.id)).toBeLessThan(inStream.indexOf(refused.id));
    } finally {
      await r.stop();
    }
  });

  it('retries an event the server refuses, then parks it with its reason instead of dropping it', async () => {
    const r = relay(bench.nc, { maxAttempts: 3, backoffMs: () => 50 });
    const event = anEvent();
    // A subject no stream listens on: JetStream answers "no responders" every time.
    await bench.dataSource.query(
      `INSERT INTO outbox (id, subject, type, payload) VALUES ($1, 'care.nowhere.thing.happened', $2, $3)`,
      [event.id, event.type, JSON.stringify(event)],
    );
    r.start();
    try {
      await expectEventually(
        async () => {
          const [row] = await bench.dataSource.query(
            `SELECT attempts, parked_at IS NOT NULL AS parked, published_at, last_error FROM outbox WHERE id = $1`,
            [event.id],
          );
          expect(row).toMatchObject({ attempts: 3, parked: true, published_at: null });
          expect(row.last_error).toMatch(/no responders|503|jetstream is not enabled/i);
        },
        { timeoutMs: 20_000 },
      );
    } finally {
      await r.stop();
    }
  });
});

describe('waking the relay', () => {
  /** Runs `fn` while a connection of its own listens on the relay's channel; `heard`: what it heard. */
  const listenOnOutbox = <T>(fn: (heard: string[]) => Promise<T>) =>
    whileListening(bench.db.url, `outbox_${bench.db.schema}`, fn);

  /** Long enough for a notification sent to have arrived. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  /**
   * A relay that would look again only in a minute publishes the event already there in its first pass,
   * then one that `write` writes: only a wake-up brings it out within 10 s.
   */
  async function expectWokenBy(write: (event: ReturnType<typeof anEvent>) => Promise<unknown>) {
    const first = anEvent();
    const next = anEvent();
    await bench.dataSource.transaction((tx) => enqueue(tx, first));
    const r = relay(bench.nc, { pollIntervalMs: 60_000 });
    r.start();
    try {
      await expectEventually(async () => expect(await effects(bench)).toEqual([{ event_id: first.id }]));
      await write(next);
      // Both applied, in whatever order the table gives its rows back.
      await expectEventually(
        async () =>
          expect((await effects(bench)).map((e) => e.event_id).sort()).toEqual([first.id, next.id].sort()),
        { timeoutMs: 10_000 },
      );
    } finally {
      await r.stop();
    }
  }

  it('publishes an event as soon as its transaction commits, although the relay would look again only in a minute', () =>
    expectWokenBy((event) => bench.dataSource.transaction((tx) => enqueue(tx, event))));

  it('sends no notification from a transaction that enqueues while this process runs the relay, one after its commit when it does not', () =>
    listenOnOutbox(async (heard) => {
      const r = relay(bench.nc, { pollIntervalMs: 60_000 });
      try {
        // No trigger on the outbox: an insert alone notifies no one.
        const [{ n: triggers }] = await bench.dataSource.query(
          `SELECT count(*)::int AS n FROM pg_trigger WHERE tgrelid = 'outbox'::regclass AND NOT tgisinternal`,
        );
        expect(triggers).toBe(0);

        // No relay in this process: the commit notifies the relays elsewhere, once.
        await bench.dataSource.transaction((tx) => enqueue(tx, anEvent(), anEvent()));
        await settle();
        expect(heard).toEqual([`outbox_${bench.db.schema}`]);

        // A rolled-back transaction notifies no one.
        await expect(
          bench.dataSource.transaction(async (tx) => {
            await enqueue(tx, anEvent());
            throw new Error('the business change failed');
          }),
        ).rejects.toThrow('the business change failed');
        await settle();
        expect(heard).toHaveLength(1);

        // With the relay running here, the commit wakes it in this process and Postgres notifies no one.
        r.start();
        const woken = anEvent();
        await bench.dataSource.transaction((tx) => enqueue(tx, woken));
        await expectEventually(async () =>
          expect((await effects(bench)).map((e) => e.event_id)).toContain(woken.id),
        );
        expect(heard).toHaveLength(1);
      } finally {
        await r.stop();
      }
    }));

  it('wakes the relay for events written without a transaction, once they are written', () =>
    // The data source's own manager runs each statement on its own: no transaction to follow.
    expectWokenBy((event) => enqueue(bench.dataSource.manager, event)));

  it('can undo the migration that removed the trigger: down notifies on every insert again, up stops it', () =>
    listenOnOutbox(async (heard) => {
      const runner = bench.dataSource.createQueryRunner();
      const migration = new OutboxWakeAfterCommit1767830400000();
      /** An outbox row written without enqueue, so only a trigger can notify; removed at once. */
      const insertAndRemove = async () => {
        const event = anEvent();
        await bench.dataSource.query(
          `INSERT INTO outbox (id, subject, type, payload) VALUES ($1, 'care.nowhere.thing.happened', $2, $3)`,
          [event.id, event.type, JSON.stringify(event)],
        );
        await bench.dataSource.query(`DELETE FROM outbox WHERE id = $1`, [event.id]);
        await settle();
      };
      try {
        await migration.down(runner);
        await insertAndRemove();
        expect(heard).toEqual([`outbox_${bench.db.schema}`]);
        await migration.up(runner);
        await insertAndRemove();
        expect(heard).toHaveLength(1);
      } finally {
        await runner.release();
      }
    }));

  it('notifies at the commit of a transaction it cannot follow (a plain pg client), never before', () =>
    listenOnOutbox(async (heard) => {
      const client = new Client({
        connectionString: bench.db.url,
        options: `-c search_path=${bench.db.schema}`,
      });
      await client.connect();
      try {
        await client.query('BEGIN');
        await enqueue(client, anEvent());
        await settle();
        expect(heard).toEqual([]);
        await client.query('COMMIT');
        await settle();
        expect(heard).toEqual([`outbox_${bench.db.schema}`]);
      } finally {
        await client.end();
      }
    }));
});

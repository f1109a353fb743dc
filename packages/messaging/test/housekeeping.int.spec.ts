import { randomUUID } from 'node:crypto';
import { uniquePrefix } from '@care/testing';
import { enqueue } from '../src/outbox';
import { inboxRetentionMs, messagingHousekeeping, pruneOutbox } from '../src/housekeeping';
import { InboxReceivedAtIndex1767916800000 } from '../src/migration';
import { deleteStreams, ensureStreams } from '../src/streams';
import { Topology } from '../src/topology';
import { anEvent, startBench, type Bench } from './harness';

const DAY = 86_400_000;
const NOW = new Date('2027-03-15T12:00:00Z');
const daysBefore = (days: number) => new Date(NOW.getTime() - days * DAY);

let bench: Bench;
beforeAll(async () => {
  bench = await startBench('housekeeping');
});
afterAll(() => bench.close());
beforeEach(async () => {
  await bench.dataSource.query(`TRUNCATE outbox, inbox`);
});

/** An outbox row written through enqueue, then dated (and published or parked) as the test needs. */
async function outboxRow(
  label: string,
  created: Date,
  state: { published?: Date; parked?: Date } = {},
): Promise<[string, string]> {
  const event = anEvent();
  await bench.dataSource.transaction((tx) => enqueue(tx, event));
  await bench.dataSource.query(
    `UPDATE outbox SET created_at = $2, published_at = $3, parked_at = $4 WHERE id = $1`,
    [event.id, created, state.published ?? null, state.parked ?? null],
  );
  return [event.id, label];
}

const outboxLabels = async (rows: [string, string][]) => {
  const left: { id: string }[] = await bench.dataSource.query(`SELECT id FROM outbox ORDER BY seq`);
  const label = new Map(rows);
  return left.map((r) => label.get(r.id));
};

async function inboxRow(received: Date): Promise<string> {
  const id = randomUUID();
  await bench.dataSource.query(
    `INSERT INTO inbox (consumer, event_id, event_type, received_at) VALUES ('test.audit', $1, 'customer.registered', $2)`,
    [id, received],
  );
  return id;
}

describe('outbox housekeeping', () => {
  it('deletes the rows published before the retention, oldest first in batches, and keeps pending, parked and recent rows', async () => {
    // Written in this order, as time went: seq follows created_at.
    const rows = [
      await outboxRow('parked 30 days ago', daysBefore(31), { parked: daysBefore(30) }),
      await outboxRow('pending for 20 days', daysBefore(20)),
      await outboxRow('published 10 days ago', daysBefore(10), { published: daysBefore(10) }),
      await outboxRow('published 8 days ago', daysBefore(8), { published: daysBefore(8) }),
      await outboxRow('created 9 days ago, published 6 days ago', daysBefore(8), {
        published: daysBefore(6),
      }),
      await outboxRow('published 2 days ago', daysBefore(2), { published: daysBefore(2) }),
      await outboxRow('pending since now', NOW),
    ];

    // Seven days of retention; batches of two rows, so the walk takes four statements.
    const deleted = await pruneOutbox(bench.dataSource, daysBefore(7), 2);

    expect(deleted).toBe(2);
    expect(await outboxLabels(rows)).toEqual([
      'parked 30 days ago',
      'pending for 20 days',
      'created 9 days ago, published 6 days ago',
      'published 2 days ago',
      'pending since now',
    ]);
  });

  it('stops at the first row created after the cutoff: later rows were published after it', async () => {
    const rows = [
      await outboxRow('published 10 days ago', daysBefore(10), { published: daysBefore(10) }),
      await outboxRow('created 3 days ago', daysBefore(3), { published: daysBefore(3) }),
      // Past the cutoff in a row that comes after a young one: the walk does not reach it (the next run,
      // which starts again from the oldest, does once the young one is gone or past the cutoff).
      await outboxRow('published 9 days ago, written later', daysBefore(9), { published: daysBefore(9) }),
    ];

    expect(await pruneOutbox(bench.dataSource, daysBefore(7), 1)).toBe(1);
    expect(await outboxLabels(rows)).toEqual(['created 3 days ago', 'published 9 days ago, written later']);
  });

  it('deletes nothing from an outbox whose rows are all within the retention', async () => {
    const rows = [
      await outboxRow('published a day ago', daysBefore(1), { published: daysBefore(1) }),
      await outboxRow('pending', NOW),
    ];
    expect(await pruneOutbox(bench.dataSource, daysBefore(7))).toBe(0);
    expect(await outboxLabels(rows)).toEqual(['published a day ago', 'pending']);
  });
});

describe('inbox housekeeping', () => {
  it('keeps every inbox row for the longest max_age of the streams and a day, then deletes it', async () => {
    // The bench's streams keep events one day: an inbox row is kept two.
    expect(await inboxRetentionMs(bench.jsm, bench.topology)).toBe(2 * DAY);
    const old = [];
    for (let i = 0; i < 5; i++) old.push(await inboxRow(new Date(daysBefore(3).getTime() + i)));
    const justOver = await inboxRow(new Date(daysBefore(2).getTime() - 1));
    const kept = [await inboxRow(daysBefore(2)), await inboxRow(daysBefore(1.5)), await inboxRow(NOW)];

    const result = await messagingHousekeeping({
      db: bench.dataSource,
      jsm: bench.jsm,
      topology: bench.topology,
      outboxRetentionDays: 7,
      now: () => NOW,
      batchSize: 2,
    });

    expect(result).toEqual({ outboxDeleted: 0, inboxDeleted: 6, inboxCutoff: daysBefore(2) });
    const left: { event_id: string }[] = await bench.dataSource.query(`SELECT event_id FROM inbox`);
    expect(left.map((r) => r.event_id).sort()).toEqual([...kept].sort());
    expect(old.concat(justOver).some((id) => left.some((r) => r.event_id === id))).toBe(false);
  });

  it('keeps the whole inbox when a stream keeps its events for ever, or does not exist yet', async () => {
    const forever = new Topology(uniquePrefix('t'));
    await ensureStreams(bench.jsm, forever, {
      maxAgeDays: 0,
      maxBytes: 1024 ** 2,
      duplicateWindowMs: 120_000,
    });
    try {
      expect(await inboxRetentionMs(bench.jsm, forever)).toBeNull();
      expect(await inboxRetentionMs(bench.jsm, new Topology(uniquePrefix('t')))).toBeNull();

      const ids = [await inboxRow(daysBefore(3650)), await inboxRow(NOW)];
      const result = await messagingHousekeeping({
        db: bench.dataSource,
        jsm: bench.jsm,
        topology: forever,
        outboxRetentionDays: 7,
        now: () => NOW,
      });
      expect(result).toEqual({ outboxDeleted: 0, inboxDeleted: 0, inboxCutoff: null });
      const left: { event_id: string }[] = await bench.dataSource.query(`SELECT event_id FROM inbox`);
      expect(left.map((r) => r.event_id).sort()).toEqual([...ids].sort());
    } finally {
      await deleteStreams(bench.jsm, forever);
    }
  });
});

it('can undo and redo the migration that indexes the inbox by the time of receipt', async () => {
  const indexes = async () =>
    (
      (await bench.dataSource.query(
        `SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND tablename = 'inbox'`,
        [bench.db.schema],
      )) as { indexname: string }[]
    )
      .map((r) => r.indexname)
      .sort();
  const runner = bench.dataSource.createQueryRunner();
  const migration = new InboxReceivedAtIndex1767916800000();
  try {
    expect(await indexes()).toEqual(['inbox_pkey', 'inbox_received_at_idx']);
    await migration.down(runner);
    expect(await indexes()).toEqual(['inbox_pkey']);
    await migration.up(runner);
    expect(await indexes()).toEqual(['inbox_pkey', 'inbox_received_at_idx']);
  } finally {
    await runner.release();
  }
});

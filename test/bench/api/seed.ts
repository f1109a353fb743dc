/** Seeds the benchmark's volume with the SQL of seed-sql.ts (see there for what is written and why). */
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import {
  COMPLAINTS,
  CUSTOMER_TIERS,
  KNOWN_CUSTOMERS,
  LOYALTY_CUSTOMERS,
  LOYALTY_WALLETS,
  NUMBER_COUNTER,
} from './seed-sql';

export interface Volume {
  customers: number;
  complaints: number;
}

export interface SchemaRef {
  url: string;
  schema: string;
}

const CUSTOMER_BATCH = 20_000;
const COMPLAINT_BATCH = 10_000;
/** The complaints' history spans the two years before now. */
const HISTORY_MS = 2 * 365 * 86_400_000;
const TIME_ZONE_OFFSET = '+08:00'; // Asia/Shanghai, the services' TIME_ZONE: no daylight saving

/** The id of seeded customer k, as the SQL derives it (seed-sql.ts uuidOf). */
export function customerIdOf(k: number): string {
  const m = createHash('md5').update(`bench-customer-${k}`).digest('hex');
  return `${m.slice(0, 8)}-${m.slice(8, 12)}-4${m.slice(13, 16)}-8${m.slice(17, 20)}-${m.slice(20, 32)}`;
}

export interface YearSpan {
  year: number;
  from: Date;
  to: Date;
  count: number;
}

/**
 * The complaints of [now - 2 years, now - 1 hour) split by calendar year in the company's time zone
 * (numbers are per year), each year's share in proportion to its time; the counts add up to `total`.
 */
export function yearSpans(total: number, now: Date): YearSpan[] {
  const end = new Date(now.getTime() - 3_600_000);
  const start = new Date(now.getTime() - HISTORY_MS);
  const spans: Omit<YearSpan, 'count'>[] = [];
  let from = start;
  while (from < end) {
    const year = Number(new Date(from.getTime() + 8 * 3_600_000).toISOString().slice(0, 4));
    const next = new Date(`${year + 1}-01-01T00:00:00${TIME_ZONE_OFFSET}`);
    const to = next < end ? next : end;
    spans.push({ year, from, to });
    from = to;
  }
  const whole = end.getTime() - start.getTime();
  let given = 0;
  return spans.map((s, i) => {
    const count =
      i === spans.length - 1
        ? total - given
        : Math.round((total * (s.to.getTime() - s.from.getTime())) / whole);
    given += count;
    return { ...s, count };
  });
}

async function connect(ref: SchemaRef): Promise<Client> {
  const client = new Client({ connectionString: ref.url, options: `-c search_path=${ref.schema}` });
  await client.connect();
  return client;
}

/** The indexes of a table of the connection's schema that no constraint owns (not the key, not UNIQUE). */
async function secondaryIndexes(
  client: Client,
  table: string,
): Promise<{ name: string; definition: string }[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = $1
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                         WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
    [table],
  );
  return rows;
}

async function inBatches(
  total: number,
  size: number,
  run: (first: number, last: number) => Promise<unknown>,
): Promise<void> {
  for (let first = 0; first < total; first += size) await run(first, Math.min(total, first + size) - 1);
}

/**
 * Writes the volume into the complaints schema and, when given, the loyalty schema (a test of the
 * complaints subgraph alone leaves it out), then updates the planner's statistics.
 */
export async function seedVolume(
  schemas: { loyalty?: SchemaRef; complaints: SchemaRef },
  volume: Volume,
  now = new Date(),
): Promise<void> {
  const loyalty = schemas.loyalty && (await connect(schemas.loyalty));
  const complaints = await connect(schemas.complaints);
  try {
    const registeredFrom = new Date(now.getTime() - HISTORY_MS - 60 * 86_400_000);
    await inBatches(volume.customers, CUSTOMER_BATCH, async (first, last) => {
      const params = [first, last, registeredFrom];
      await loyalty?.query(LOYALTY_CUSTOMERS, params);
      await loyalty?.query(LOYALTY_WALLETS, params.slice(0, 2));
      await complaints.query(KNOWN_CUSTOMERS, params);
      await complaints.query(CUSTOMER_TIERS, params);
    });
    // Two connections write complaint batches side by side: building the rows is CPU work in Postgres.
    const batches: unknown[][] = [];
    for (const span of yearSpans(volume.complaints, now)) {
      if (span.count === 0) continue;
      await inBatches(span.count, COMPLAINT_BATCH, async (first, last) => {
        batches.push([span.year, first + 1, last + 1, span.count, span.from, span.to, volume.customers, now]);
      });
      await complaints.query(NUMBER_COUNTER, [span.year, span.count]);
    }
    const second = await connect(schemas.complaints);
    try {
      const both = [complaints, second];
      const inTurn = (work: unknown[], run: (client: Client, item: unknown) => Promise<unknown>) =>
        Promise.all(
          both.map(async (client) => {
            for (let item = work.shift(); item !== undefined; item = work.shift()) await run(client, item);
          }),
        );
      // As a bulk load does: the secondary indexes are dropped for the load and built again after it,
      // from their own definitions (pg_indexes), so the table ends up exactly as migrated.
      const indexes = await secondaryIndexes(complaints, 'complaint');
      for (const index of indexes) await complaints.query(`DROP INDEX "${index.name}"`);
      await inTurn(batches, (client, batch) => client.query(COMPLAINTS, batch as unknown[]));
      await inTurn(
        indexes.map((i) => i.definition),
        (client, definition) => client.query(definition as string),
      );
    } finally {
      await second.end();
    }
    await loyalty?.query('ANALYZE');
    await complaints.query('ANALYZE');
  } finally {
    await loyalty?.end();
    await complaints.end();
  }
}

/** A sample of seeded complaint ids (for reads by id), in random order. */
export async function sampleComplaintIds(ref: SchemaRef, count: number): Promise<string[]> {
  const client = await connect(ref);
  try {
    const { rows } = await client.query<{ id: string }>(
      'SELECT id FROM complaint ORDER BY random() LIMIT $1',
      [count],
    );
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createTestSchema, deleteTestStreams, testServiceEnv, type TestSchema } from '@care/testing';
import { ConfigError, parseConfig, subgraphConfig } from '../src/config';
import { MESSAGING_HOUSEKEEPING_JOB } from '../src/subgraph';
import { startKitSubgraph, type KitSubgraph } from './kit-subgraph';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

let db: TestSchema;
let kit: KitSubgraph;

beforeAll(async () => {
  db = await createTestSchema('kit_housekeeping');
  kit = await startKitSubgraph(db, { OUTBOX_RETENTION_DAYS: '3' });
});

afterAll(async () => {
  await kit?.close();
  await deleteTestStreams(db.namespace);
  await db?.drop();
});

/** A published outbox row, written as the relay leaves it (no relay claims a published row). */
async function publishedRow(publishedDaysAgo: number): Promise<string> {
  const id = randomUUID();
  await kit.dataSource.query(
    `INSERT INTO outbox (id, subject, type, payload, created_at, published_at)
     VALUES ($1, 'care.loyalty.customer.registered', 'customer.registered', '{}', $2, $2)`,
    [id, daysAgo(publishedDaysAgo)],
  );
  return id;
}

async function inboxRow(receivedDaysAgo: number): Promise<string> {
  const id = randomUUID();
  await kit.dataSource.query(
    `INSERT INTO inbox (consumer, event_id, event_type, received_at) VALUES ('kit-test.audit', $1, 'customer.registered', $2)`,
    [id, daysAgo(receivedDaysAgo)],
  );
  return id;
}

const ids = async (table: 'outbox' | 'inbox', column: 'id' | 'event_id') =>
  ((await kit.dataSource.query(`SELECT ${column} AS id FROM ${table}`)) as { id: string }[])
    .map((r) => r.id)
    .sort();

it('every subgraph runs the outbox and inbox housekeeping with its configured retention', async () => {
  const job = kit.jobs[MESSAGING_HOUSEKEEPING_JOB];
  expect(job).toBeDefined();
  const [, recentOutbox] = [await publishedRow(4), await publishedRow(2)];
  // The test streams keep events one day (STREAM_MAX_AGE_DAYS=1): inbox rows are kept two.
  const [, recentInbox] = [await inboxRow(2.5), await inboxRow(1.5)];

  const result = (await job!.runNow()) as { outboxDeleted: number; inboxDeleted: number };

  expect(result).toMatchObject({ outboxDeleted: 1, inboxDeleted: 1 });
  expect(await ids('outbox', 'id')).toEqual([recentOutbox]);
  expect(await ids('inbox', 'event_id')).toEqual([recentInbox]);
  const metrics = (await request(kit.app).get('/metrics')).text;
  expect(metrics).toContain(
    `messaging_housekeeping_deleted_total{schema="${db.schema}",table="outbox",service="kit-test"} 1`,
  );
  expect(metrics).toContain(
    `messaging_housekeeping_deleted_total{schema="${db.schema}",table="inbox",service="kit-test"} 1`,
  );
});

it('runs it hourly and keeps published events a week unless told otherwise, and refuses a retention under a day', () => {
  const schema = subgraphConfig({ port: 0, schema: 'kit' });
  const defaults = parseConfig(schema, {
    ...testServiceEnv(db),
    MESSAGING_HOUSEKEEPING_INTERVAL_SECONDS: '',
  });
  expect(defaults.OUTBOX_RETENTION_DAYS).toBe(7);
  expect(defaults.MESSAGING_HOUSEKEEPING_INTERVAL_SECONDS).toBe(3_600);
  expect(() => parseConfig(schema, { ...testServiceEnv(db), OUTBOX_RETENTION_DAYS: '0' })).toThrow(
    ConfigError,
  );
  expect(() => parseConfig(schema, { ...testServiceEnv(db), OUTBOX_RETENTION_DAYS: 'week' })).toThrow(
    /OUTBOX_RETENTION_DAYS/,
  );
});

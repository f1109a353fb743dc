import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { deleteTestStreams } from './nats';

/** The server tests run against: the real Postgres of the machine (or TEST_DATABASE_URL). */
export const ADMIN_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const TEST_DATABASE = process.env.TEST_DATABASE_NAME ?? 'care_test';

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function withCredentials(url: string, user: string, password?: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = password ?? '';
  return u.toString();
}

/** Runs `fn` on a connection of its own to `url`, closed afterwards whatever happens. */
export async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Runs `fn` while a connection of its own LISTENs on `channel`: `heard` collects the channel of every
 * notification delivered, in order, and `listener` is that connection.
 */
export function whileListening<T>(
  url: string,
  channel: string,
  fn: (heard: string[], listener: Client) => Promise<T>,
): Promise<T> {
  return withClient(url, async (client) => {
    const heard: string[] = [];
    client.on('notification', (n) => heard.push(n.channel));
    await client.query(`LISTEN "${channel}"`);
    return fn(heard, client);
  });
}

/** Creates the shared test database once; parallel workers racing to create it is fine. */
export async function ensureTestDatabase(): Promise<string> {
  await withClient(ADMIN_DATABASE_URL, async (client) => {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEST_DATABASE]);
    if (exists.rowCount === 0) {
      try {
        await client.query(`CREATE DATABASE "${TEST_DATABASE}"`);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code !== '42P04' && code !== '23505') throw error;
      }
    }
  });
  return withDatabase(ADMIN_DATABASE_URL, TEST_DATABASE);
}

export interface TestSchema {
  /** Also the namespace of the test's NATS streams and subjects. */
  namespace: string;
  /** A connection URL to the test database (as the admin user). */
  url: string;
  /** A fresh schema name nobody else uses. */
  schema: string;
  /** Runs SQL against the test database. */
  query: <R extends Record<string, unknown> = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
  ) => Promise<R[]>;
  drop: () => Promise<void>;
}

export function uniqueName(prefix: string): string {
  return `${prefix.replace(/[^a-z0-9_]/g, '_')}_${randomBytes(4).toString('hex')}`;
}

/** A fresh Postgres schema for one test file, dropped (with everything in it) by `drop()`. */
export async function createTestSchema(prefix: string): Promise<TestSchema> {
  const url = await ensureTestDatabase();
  const schema = uniqueName(`t_${prefix}`);
  await withClient(url, (c) => c.query(`CREATE SCHEMA "${schema}"`));
  return {
    namespace: schema,
    url,
    schema,
    query: async (sql, params) => withClient(url, async (c) => (await c.query(sql, params)).rows),
    drop: async () => {
      await withClient(url, (c) => c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
      await deleteTestStreams(schema);
    },
  };
}

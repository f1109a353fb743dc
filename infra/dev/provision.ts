import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { SUBGRAPHS } from './services';

export const INIT_SQL = path.join(__dirname, '..', 'postgres', 'init.sql');

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  // A server going away between queries (the launcher stopping it) surfaces through the query that
  // follows; unheard, the client's 'error' event would crash the process instead.
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates the database when missing and runs infra/postgres/init.sql in it (schemas and least-privilege
 * roles); returns each subgraph's own connection URL (its role, its password).
 */
export async function provisionDatabase(adminUrl: string, database: string): Promise<Record<string, string>> {
  await withClient(adminUrl, async (c) => {
    const exists = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await c.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  });
  const databaseUrl = withDatabase(adminUrl, database);
  await withClient(databaseUrl, (c) => c.query(readFileSync(INIT_SQL, 'utf8')));
  return Object.fromEntries(
    SUBGRAPHS.map((s) => {
      const u = new URL(databaseUrl);
      u.username = s.role!;
      u.password = s.role!;
      return [s.name, u.toString()];
    }),
  );
}

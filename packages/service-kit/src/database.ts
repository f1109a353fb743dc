import 'reflect-metadata';
import { OutboxCommitSubscriber } from '@care/messaging';
import { DataSource, type DataSourceOptions, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { UnitOfWork } from './aggregate';

/** What a service hands TypeORM: its entity classes and its migration classes. */
export type EntityList = NonNullable<DataSourceOptions['entities']>;
export type MigrationList = NonNullable<DataSourceOptions['migrations']>;

export interface DatabaseSettings {
  url: string;
  /** The service's own Postgres schema; every unqualified name resolves to it. */
  schema: string;
  entities: EntityList;
  migrations: MigrationList;
  poolSize?: number;
  applicationName?: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export function assertIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`"${name}" is not a safe Postgres identifier`);
  return name;
}

/**
 * A TypeORM data source bound to one schema: `search_path` is the schema, so migrations and queries use
 * unqualified names, and the migrations table lives in the schema too. Never `synchronize`.
 */
export function createDataSource(settings: DatabaseSettings): DataSource {
  const schema = assertIdentifier(settings.schema);
  return new DataSource({
    type: 'postgres',
    url: settings.url,
    schema,
    entities: settings.entities,
    migrations: settings.migrations,
    // A commit that enqueued events wakes the outbox relay.
    subscribers: [OutboxCommitSubscriber],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    applicationName: settings.applicationName,
    extra: {
      max: settings.poolSize ?? 10,
      options: `-c search_path=${schema}`,
      connectionTimeoutMillis: 5_000,
    },
  });
}

/**
 * A service's unit of work: the work runs in one database transaction, on the service's view of it (its
 * repositories and outbox on the transaction's manager), so its changes and its events commit together
 * or not at all.
 */
export function unitOfWorkOn<Tx>(
  dataSource: DataSource,
  open: (manager: EntityManager) => Tx,
): UnitOfWork<Tx> {
  return (work) => dataSource.transaction((manager) => work(open(manager)));
}

/**
 * Creates the schema when missing (TypeORM does not), then applies pending migrations. Replicas starting
 * together take turns on a Postgres advisory lock per schema: one migrates, the others then find nothing
 * pending.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  const schema = (dataSource.options as { schema?: string }).schema ?? 'public';
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  const key = `care-graph:migrate:${schema}`;
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    // A service role owns its schema but may not create schemas: only create one that is missing.
    const existing: unknown[] = await dataSource.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [
      schema,
    ]);
    if (existing.length === 0) await dataSource.query(`CREATE SCHEMA "${assertIdentifier(schema)}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => undefined);
    await lock.release();
  }
}

/** Initializes the data source, retrying while the database is not reachable yet. */
export async function connectWithRetry(
  dataSource: DataSource,
  options: { attempts?: number; delayMs?: number; onRetry?: (error: unknown, attempt: number) => void } = {},
): Promise<DataSource> {
  const attempts = options.attempts ?? 30;
  for (let attempt = 1; ; attempt++) {
    try {
      if (!dataSource.isInitialized) await dataSource.initialize();
      return dataSource;
    } catch (error) {
      if (attempt >= attempts) throw error;
      options.onRetry?.(error, attempt);
      await new Promise((r) => setTimeout(r, options.delayMs ?? 1_000));
    }
  }
}

export async function pingDatabase(dataSource: DataSource): Promise<void> {
  if (!dataSource.isInitialized) throw new Error('database not initialized');
  await dataSource.query('SELECT 1');
}

/**
 * One keyset page over `(column, id)` ascending, fetched with one extra row so the caller can tell
 * whether more follow, plus the total count of the unpaged query unless the page says not to count.
 */
export async function keysetPage<E extends object>(
  query: SelectQueryBuilder<E>,
  column: string,
  page: { size: number; after?: { at: Date; id: string }; count?: boolean },
): Promise<{ rows: E[]; totalCount: number }> {
  const alias = query.alias;
  const totalCount = page.count === false ? 0 : await query.clone().getCount();
  const paged = query
    .orderBy(`${alias}.${column}`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .limit(page.size + 1);
  if (page.after)
    paged.andWhere(`(${alias}.${column}, ${alias}.id) > (:afterAt, :afterId)`, {
      afterAt: page.after.at,
      afterId: page.after.id,
    });
  return { rows: await paged.getMany(), totalCount };
}

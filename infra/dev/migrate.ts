/**
 * `pnpm migrate`: provisions the database (schemas, roles) and applies every service's pending migrations,
 * each as its own role. Uses DATABASE_URL (an admin connection) or the local Postgres.
 */
import 'reflect-metadata';
import { createDataSource, migrate, type EntityList, type MigrationList } from '@care/service-kit';
import * as approvals from '@care/approvals/src/persistence';
import * as complaints from '@care/complaints/src/persistence';
import * as loyalty from '@care/customers-and-loyalty/src/persistence';
import * as governance from '@care/governance/src/persistence';
import { provisionDatabase } from './provision';
import { SUBGRAPHS } from './services';

const models: Record<string, { entities: EntityList; migrations: MigrationList }> = {
  complaints,
  'customers-and-loyalty': loyalty,
  approvals,
  governance,
};

/** Provisions the database and migrates every service's schema as that service's role. */
export async function migrateAll(
  adminUrl: string,
  database: string,
  report: (line: string) => void = () => undefined,
) {
  const urls = await provisionDatabase(adminUrl, database);
  for (const spec of SUBGRAPHS) {
    const model = models[spec.name]!;
    const dataSource = createDataSource({ url: urls[spec.name]!, schema: spec.schema!, ...model });
    try {
      const applied = await migrate(dataSource);
      report(`${spec.name}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`);
    } finally {
      await dataSource.destroy();
    }
  }
  return urls;
}

if (require.main === module) {
  const adminUrl =
    process.env.DATABASE_URL ?? `postgres://${process.env.PGUSER ?? 'postgres'}@127.0.0.1:5432/postgres`;
  migrateAll(adminUrl, process.env.CARE_DATABASE ?? 'care', (line) =>
    process.stdout.write(`${line}\n`),
  ).catch((error) => {
    process.stderr.write(`migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}

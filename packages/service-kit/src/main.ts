import 'reflect-metadata';
import { createDataSource, migrate, type EntityList, type MigrationList } from './database';
import { createLogger, type Logger } from './logger';
import { installGracefulShutdown } from './shutdown';
import type { SubgraphHandle } from './subgraph';

interface Configured {
  LOG_LEVEL: string;
  DATABASE_URL: string;
  DB_SCHEMA: string;
}

/** A service's `main.ts`: read the config (exit 1 on errors), start, stop cleanly on a signal. */
export function runService<C extends Configured>(
  name: string,
  readConfig: () => C,
  start: (config: C, logger: Logger) => Promise<SubgraphHandle>,
): void {
  const config = readConfig();
  const logger = createLogger(name, config.LOG_LEVEL);
  start(config, logger)
    .then((service) => installGracefulShutdown(logger, [{ name, close: service.close }]))
    .catch((error) => {
      logger.fatal({ err: error }, `${name} failed to start`);
      process.exit(1);
    });
}

/** A service's `migrate` command: apply pending migrations to its schema and exit. */
export function runMigrations<C extends Configured>(
  name: string,
  readConfig: () => C,
  model: { entities: EntityList; migrations: MigrationList },
): void {
  const config = readConfig();
  const logger = createLogger(`${name}-migrate`, config.LOG_LEVEL);
  const dataSource = createDataSource({ url: config.DATABASE_URL, schema: config.DB_SCHEMA, ...model });
  migrate(dataSource)
    .then(async (applied) => {
      logger.info(
        { applied, schema: config.DB_SCHEMA },
        applied.length ? 'migrations applied' : 'schema up to date',
      );
      await dataSource.destroy();
    })
    .catch((error) => {
      logger.fatal({ err: error }, 'migration failed');
      process.exit(1);
    });
}

import type { DocumentNode } from 'graphql';
import type { Express } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import {
  ensureStreams,
  messagingHousekeeping,
  OutboxRelay,
  subscriptionConsumer,
  Topology,
  type EventConsumer,
  type Subscription,
} from '@care/messaging';
import type { ServiceKey } from '@care/contracts';
import { jetstreamManager } from '@nats-io/jetstream';
import { createTokenVerifier } from './auth';
import {
  connectWithRetry,
  createDataSource,
  migrate,
  pingDatabase,
  type EntityList,
  type MigrationList,
} from './database';
import type { QueryLimitOptions } from './limits';
import { connectNats, pingNats, type NatsConnection } from './nats';
import { createSubgraphServer, type RequestContext } from './server';
import { schedule, type ScheduledJob } from './schedule';
import { flushTracing, startTracing } from './tracing';

/** The settings every subgraph's config provides (see baseServiceConfig). */
export interface SubgraphRuntimeConfig {
  NODE_ENV: 'development' | 'test' | 'production';
  HOST: string;
  PORT: number;
  DATABASE_URL: string;
  DB_SCHEMA: string;
  NATS_URL: string;
  JWT_SECRET?: string;
  JWT_JWKS_URL?: string;
  JWT_ISSUER: string;
  JWT_AUDIENCE: string;
  JWT_MAX_LIFETIME_HOURS: number;
  METRICS_TOKEN?: string;
  MIGRATE_ON_START: boolean;
  EVENTS_NAMESPACE: string;
  STREAM_MAX_AGE_DAYS: number;
  STREAM_MAX_BYTES: number;
  STREAM_DUPLICATE_WINDOW_SECONDS: number;
  STREAM_REPLICAS?: number;
  OUTBOX_RETENTION_DAYS: number;
  MESSAGING_HOUSEKEEPING_INTERVAL_SECONDS: number;
}

/** What a service's dependencies are built from: the connections startSubgraph opened. */
export interface Infrastructure {
  dataSource: DataSource;
  nats: NatsConnection;
  logger: Logger;
}

/** A job the service runs on a timer (see schedule): every `everyMs` ms, 0 for only when asked. */
export interface JobDefinition<T = unknown> {
  name: string;
  everyMs: number;
  run: () => Promise<T>;
  /** What a run did, for the log; falsy: nothing worth a line. */
  describe?: (result: T) => Record<string, unknown> | undefined | false;
}

/** Every subgraph's job that deletes published outbox rows and inbox rows past retention (housekeeping.ts). */
export const MESSAGING_HOUSEKEEPING_JOB = 'messaging-housekeeping';

/** A job definition whose result type the list of a service's jobs need not know. */
export const job = <T>(definition: JobDefinition<T>): JobDefinition => definition as unknown as JobDefinition;

export interface SubgraphDefinition<TContext extends RequestContext, TDeps> {
  name: string;
  /** The service's key in the event catalogue (subjects, durable consumer names); defaults to name. */
  eventSource?: ServiceKey;
  typeDefs: DocumentNode;
  resolvers: object;
  entities: EntityList;
  migrations: MigrationList;
  /** Builds the service's dependencies once, when the connections are open: requests, consumers and jobs share them. */
  dependencies: (infrastructure: Infrastructure) => TDeps;
  /** Adds the service's use cases and loaders to each request's context. */
  extendContext: (base: RequestContext, deps: TDeps) => TContext;
  /** What the service reacts to (other services' events), each a durable consumer started after the streams exist. */
  subscriptions?: (deps: TDeps) => Subscription[];
  /** Timed jobs; stopped (and waited for) before the connections close. */
  jobs?: (deps: TDeps) => JobDefinition[];
  /** Overrides of the platform's query limits; the defaults are the gateway's (QUERY_LIMIT_DEFAULTS). */
  limits?: QueryLimitOptions;
  /** The largest request body accepted, e.g. `8mb` (default 1mb): for a service that takes uploads. */
  bodyLimit?: string;
}

export interface SubgraphHandle<TDeps = unknown> {
  name: string;
  url: string;
  port: number;
  app: Express;
  dataSource: DataSource;
  nats: NatsConnection;
  topology: Topology;
  relay: OutboxRelay;
  consumers: EventConsumer[];
  /** The dependencies the definition built: the same the requests use. */
  deps: TDeps;
  /** The timed jobs, by name. */
  jobs: Record<string, ScheduledJob>;
  close: () => Promise<void>;
}

/**
 * The composition root shared by the four services: database (schema-bound, migrated), NATS, the
 * subgraph server with readiness on both, listening on the configured port (0 in tests).
 */
export async function startSubgraph<TContext extends RequestContext, TDeps>(
  definition: SubgraphDefinition<TContext, TDeps>,
  config: SubgraphRuntimeConfig,
  logger: Logger,
): Promise<SubgraphHandle<TDeps>> {
  // What has been opened so far, closed in reverse order: on close, and when start-up fails half-way
  // (a failed start must not leave connections behind that keep the process alive).
  const opened: { name: string; close: () => Promise<unknown> }[] = [];
  startTracing(definition.name);
  opened.push({ name: 'tracing', close: flushTracing });
  const closeOpened = async () => {
    for (const resource of opened.splice(0).reverse()) {
      try {
        await resource.close();
      } catch (error) {
        logger.warn({ err: error, component: resource.name }, 'error while closing');
      }
    }
  };
  const dataSource = createDataSource({
    url: config.DATABASE_URL,
    schema: config.DB_SCHEMA,
    entities: definition.entities,
    migrations: definition.migrations,
    applicationName: definition.name,
  });
  try {
    await connectWithRetry(dataSource, {
      onRetry: (error, attempt) =>
        logger.warn({ err: error, attempt }, 'database not reachable yet, retrying'),
    });
    opened.push({ name: 'database', close: async () => dataSource.isInitialized && dataSource.destroy() });
    if (config.MIGRATE_ON_START) {
      const applied = await migrate(dataSource);
      if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    }
    const nats = await connectNats(config.NATS_URL, definition.name, logger);
    opened.push({ name: 'nats', close: () => nats.drain() });
    const topology = new Topology(config.EVENTS_NAMESPACE);
    const jsm = await jetstreamManager(nats);
    await ensureStreams(jsm, topology, {
      maxAgeDays: config.STREAM_MAX_AGE_DAYS,
      maxBytes: config.STREAM_MAX_BYTES,
      duplicateWindowMs: config.STREAM_DUPLICATE_WINDOW_SECONDS * 1_000,
      replicas: config.STREAM_REPLICAS,
    });
    const deps = definition.dependencies({ dataSource, nats, logger });
    const server = await createSubgraphServer<TContext>({
      name: definition.name,
      typeDefs: definition.typeDefs,
      resolvers: definition.resolvers,
      logger,
      verifyToken: createTokenVerifier({
        secret: config.JWT_SECRET,
        jwksUrl: config.JWT_JWKS_URL,
        issuer: config.JWT_ISSUER,
        audience: config.JWT_AUDIENCE,
        maxLifetimeHours: config.JWT_MAX_LIFETIME_HOURS,
      }),
      production: config.NODE_ENV === 'production',
      metricsToken: config.METRICS_TOKEN,
      limits: definition.limits,
      bodyLimit: definition.bodyLimit,
      readiness: { database: () => pingDatabase(dataSource), nats: () => pingNats(nats) },
      extendContext: (base) => definition.extendContext(base, deps),
    });
    const relay = new OutboxRelay({
      databaseUrl: config.DATABASE_URL,
      schema: config.DB_SCHEMA,
      nats,
      topology,
      logger: logger.child({ component: 'outbox-relay' }),
      registry: server.metrics.registry,
    });
    relay.start();
    opened.push({ name: 'outbox-relay', close: () => relay.stop() });
    const consumers = (definition.subscriptions?.(deps) ?? []).map((subscription) =>
      subscriptionConsumer(
        {
          dataSource,
          nats,
          topology,
          service: definition.eventSource ?? definition.name,
          logger: logger.child({ component: 'consumer' }),
          registry: server.metrics.registry,
        },
        subscription,
      ),
    );
    for (const consumer of consumers) {
      opened.push({ name: `consumer ${consumer.name}`, close: () => consumer.stop() });
      await consumer.start();
    }
    const jobs: Record<string, ScheduledJob> = {};
    const housekeeping: JobDefinition = job({
      name: MESSAGING_HOUSEKEEPING_JOB,
      everyMs: config.MESSAGING_HOUSEKEEPING_INTERVAL_SECONDS * 1_000,
      run: () =>
        messagingHousekeeping({
          db: dataSource,
          jsm,
          topology,
          outboxRetentionDays: config.OUTBOX_RETENTION_DAYS,
          metrics: { registry: server.metrics.registry, schema: config.DB_SCHEMA },
        }),
      describe: ({ outboxDeleted, inboxDeleted }) =>
        (outboxDeleted > 0 || inboxDeleted > 0) && { outboxDeleted, inboxDeleted },
    });
    for (const { name, everyMs, run, describe } of [housekeeping, ...(definition.jobs?.(deps) ?? [])]) {
      const scheduled = schedule(name, everyMs, run, { logger, describe });
      jobs[name] = scheduled;
      opened.push({ name: `job ${name}`, close: () => scheduled.stop() });
    }
    const running = await server.listen(config.PORT, config.HOST);
    opened.push({ name: 'http', close: () => running.close() });
    logger.info({ url: running.url }, `${definition.name} ready`);
    return {
      name: definition.name,
      url: running.url,
      port: running.port,
      app: server.app,
      dataSource,
      nats,
      topology,
      relay,
      consumers,
      deps,
      jobs,
      close: closeOpened,
    };
  } catch (error) {
    await closeOpened();
    throw error;
  }
}

/**
 * The system under test for `pnpm bench api`: the four subgraphs and the gateway, each a child process,
 * on fresh schemas of the test database and a NATS namespace of their own (as test/e2e/harness.ts does
 * in-process), in production mode; and the reference subgraph on the complaints service's schema.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GATEWAY_NODE_OPTIONS } from '@care/gateway/src/config';
import {
  createTestSchema,
  deleteTestStreams,
  TEST_JWT_SECRET,
  TEST_NATS_URL,
  uniquePrefix,
  type TestSchema,
} from '@care/testing';
import { startServer, type Server } from './processes';

export const SUBGRAPHS = ['complaints', 'customers-and-loyalty', 'approvals', 'governance'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

export interface BenchSystem {
  namespace: string;
  logDir: string;
  schemas: Record<SubgraphName, TestSchema>;
  subgraphs: Record<SubgraphName, Server>;
  stop: () => Promise<void>;
}

export interface SystemSettings {
  /** The services' LOG_LEVEL (production default: info, a line per request). */
  logLevel: string;
  /** Subgraphs to start (all four by default). */
  only?: readonly SubgraphName[];
}

const urlVar = (name: string) => `${name.toUpperCase().replace(/-/g, '_')}_URL`;

/** The environment of a subgraph: production mode, the test secret, small test streams. */
const BENCH_DOCUMENT_KEY = randomBytes(32).toString('base64');

function subgraphEnv(schema: TestSchema, namespace: string, logLevel: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: schema.url,
    DB_SCHEMA: schema.schema,
    EVENTS_NAMESPACE: namespace,
    STREAM_MAX_BYTES: String(64 * 1024 ** 2),
    STREAM_MAX_AGE_DAYS: '1',
    NATS_URL: TEST_NATS_URL,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: logLevel,
    // The breach job would change rows under the measured reads.
    SLA_JOB_INTERVAL_SECONDS: '0',
    // Production requires the documents' master key (governance, DOMAIN 4.7): a new one each run.
    DOCUMENT_KEYS: `bench:${BENCH_DOCUMENT_KEY}`,
    DOCUMENT_ACTIVE_KEY_ID: 'bench',
  };
}

export async function startSubgraphs(settings: SystemSettings): Promise<BenchSystem> {
  const namespace = uniquePrefix('bench');
  const logDir = mkdtempSync(path.join(tmpdir(), 'care-bench-'));
  const schemas = {} as Record<SubgraphName, TestSchema>;
  const subgraphs = {} as Record<SubgraphName, Server>;
  const stop = async () => {
    for (const s of Object.values(subgraphs)) await s.stop();
    for (const s of Object.values(schemas)) await s.drop();
    await deleteTestStreams(namespace);
  };
  const start = async (name: SubgraphName) => {
    schemas[name] = await createTestSchema(`bench_${name.replace(/-/g, '_')}`);
    subgraphs[name] = await startServer({
      name,
      dir: `services/${name}`,
      entry: 'src/main.ts',
      env: subgraphEnv(schemas[name], namespace, settings.logLevel),
      logDir,
      countSql: true,
    });
  };
  try {
    // The first creates the namespace's streams; the others then start side by side.
    const [first, ...others] = settings.only ?? SUBGRAPHS;
    if (first) await start(first);
    // Settled, not all: a failure must not leave a sibling starting while everything is stopped.
    const failed = (await Promise.allSettled(others.map(start))).find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  } catch (error) {
    await stop();
    throw error;
  }
  return { namespace, logDir, schemas, subgraphs, stop };
}

/**
 * The gateway over the subgraphs, rate limit off (its documented setting for load tests), with the heap
 * bound production starts it with (GATEWAY_NODE_OPTIONS), after any NODE_OPTIONS of this process.
 */
export async function startGateway(system: BenchSystem, logLevel: string): Promise<Server> {
  const urls = Object.fromEntries(
    Object.entries(system.subgraphs).map(([name, s]) => [urlVar(name), s.graphql]),
  );
  return startServer({
    name: 'gateway',
    dir: 'gateway',
    entry: 'src/main.ts',
    env: {
      NODE_ENV: 'production',
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: logLevel,
      RATE_LIMIT_PER_MINUTE: '0',
      NODE_OPTIONS: [process.env.NODE_OPTIONS, GATEWAY_NODE_OPTIONS].filter(Boolean).join(' '),
      ...urls,
    },
    logDir: system.logDir,
    countSql: false,
  });
}

/** The reference subgraph (reference/main.ts) reading the complaints service's schema. */
export async function startReference(system: BenchSystem): Promise<Server> {
  const schema = system.schemas.complaints;
  return startServer({
    name: 'reference',
    dir: 'test',
    entry: 'bench/api/reference/main.ts',
    env: {
      DATABASE_URL: schema.url,
      DB_SCHEMA: schema.schema,
      JWT_SECRET: TEST_JWT_SECRET,
    },
    logDir: system.logDir,
    countSql: true,
  });
}

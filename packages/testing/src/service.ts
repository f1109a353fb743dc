import { TEST_JWT_SECRET } from './auth';
import type { TestSchema } from './database';
import { TEST_NATS_URL } from './nats';

/** The environment a subgraph under test gets: its own schema, port 0, the test secret, quiet logs. */
export function testServiceEnv(
  schema: TestSchema,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: schema.url,
    DB_SCHEMA: schema.schema,
    EVENTS_NAMESPACE: schema.namespace,
    // JetStream reserves each stream's size cap on disk: keep test streams small.
    STREAM_MAX_BYTES: String(32 * 1024 ** 2),
    STREAM_MAX_AGE_DAYS: '1',
    // Jobs run when a test asks (runNow), never on a timer in the middle of it.
    MESSAGING_HOUSEKEEPING_INTERVAL_SECONDS: '0',
    NATS_URL: TEST_NATS_URL,
    JWT_SECRET: TEST_JWT_SECRET,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...extra,
  };
}

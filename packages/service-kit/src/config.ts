import { z } from 'zod';
import { DEFAULT_JWT_MAX_LIFETIME_HOURS } from './auth';
import { clockSettingsShape, refuseDemoClockInProduction } from './clock';

/** Settings every subgraph shares. A service extends this with its own. */
export const baseServiceConfig = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Loopback unless set: only the gateway (with its limits) should face the network. */
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
  NATS_URL: z
    .string()
    .regex(/^(nats|tls|ws|wss):\/\/[^\s]+$/, 'must be a nats:// URL')
    .default('nats://127.0.0.1:4222'),
  JWT_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  JWT_JWKS_URL: z.url().optional(),
  JWT_ISSUER: z.string().default('care-graph'),
  JWT_AUDIENCE: z.string().default('care-graph'),
  /** The longest lifetime (`exp - iat`) a token may have; a token without `exp` is refused. */
  JWT_MAX_LIFETIME_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(DEFAULT_JWT_MAX_LIFETIME_HOURS),
  /** Bearer token a Prometheus scrape sends for `/metrics`; unset: open outside production, 404 in it. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Parses the environment; throws a ConfigError that names every bad variable. */
export function parseConfig<S extends z.ZodType>(schema: S, env: Env): z.output<S> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  return result.data;
}

/**
 * The one place a service reads `process.env`: every problem is printed and the process exits 1.
 */
export function loadConfig<S extends z.ZodType>(
  serviceName: string,
  schema: S,
  env: Env = process.env,
): z.output<S> {
  try {
    return parseConfig(schema, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${serviceName}: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** A service's `readConfig(env = process.env)`: its config, or every problem printed and exit 1. */
export const configReader =
  <S extends z.ZodType>(serviceName: string, schema: S) =>
  (env: Env = process.env): z.output<S> =>
    loadConfig(serviceName, schema, env);

/** How often a job runs, in seconds; 0 turns its schedule off (the job still runs when asked). */
export const jobIntervalSeconds = (defaultSeconds: number) =>
  z.coerce.number().int().min(0).default(defaultSeconds);

/** JWT settings must name a secret or a JWKS URL. */
export function requireJwtSource<T extends { JWT_SECRET?: string; JWT_JWKS_URL?: string }>(
  schema: z.ZodType<T>,
) {
  return schema.refine((c) => Boolean(c.JWT_SECRET || c.JWT_JWKS_URL), {
    message: 'set JWT_SECRET (development) or JWT_JWKS_URL (production)',
    path: ['JWT_SECRET'],
  });
}

/** The base plus the settings that differ per service (port, schema) and the demo clock. */
export function subgraphConfig(defaults: { port: number; schema: string }) {
  const schema = requireJwtSource(
    baseServiceConfig.extend({
      /** The demo and training clock (clock.ts): CLOCK_START or CLOCK_OFFSET, never in production. */
      ...clockSettingsShape,
      PORT: z.coerce.number().int().min(0).max(65535).default(defaults.port),
      DB_SCHEMA: z
        .string()
        .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case Postgres identifier')
        .default(defaults.schema),
      TIME_ZONE: z
        .string()
        .refine((tz) => {
          try {
            new Intl.DateTimeFormat('en-US', { timeZone: tz });
            return true;
          } catch {
            return false;
          }
        }, 'must be an IANA time zone such as Asia/Shanghai')
        .default('Asia/Shanghai'),
      /** Prefix of stream names and subjects (tests; empty in production). */
      EVENTS_NAMESPACE: z
        .string()
        .regex(/^[a-z0-9_]*$/, 'must be lower-case letters, digits or _')
        .default(''),
      STREAM_MAX_AGE_DAYS: z.coerce.number().int().min(1).default(400),
      STREAM_MAX_BYTES: z.coerce
        .number()
        .int()
        .min(1_048_576)
        .default(1024 ** 3),
      STREAM_DUPLICATE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(120),
      /** Copies of each stream: 1 on a single nats-server, 3 (or 5) in a JetStream cluster (infra/k8s). */
      STREAM_REPLICAS: z.coerce
        .number()
        .refine((n) => [1, 3, 5].includes(n), 'must be 1, 3 or 5')
        .default(1),
      /** Published outbox rows are kept this long for tracing, then deleted (housekeeping). */
      OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(7),
      /** How often the outbox and inbox housekeeping runs; 0 turns its schedule off. */
      MESSAGING_HOUSEKEEPING_INTERVAL_SECONDS: jobIntervalSeconds(3_600),
      MIGRATE_ON_START: z
        .enum(['true', 'false'])
        .default('true')
        .transform((v) => v === 'true'),
    }),
  );
  return refuseDemoClockInProduction(schema);
}

import type { App } from 'supertest/types';
import { testToken, type TestActor } from './auth';
import { createTestSchema, withClient, type TestSchema } from './database';
import { dataOf, gql, type GqlResult } from './gql';
import { tapStream, type EventTap } from './nats';
import { testServiceEnv } from './service';

/** A clock the test sets: a service, its consumers and its jobs all read it. */
export class TestClock {
  private at: Date;
  constructor(at: Date | string = '2026-03-02T02:00:00Z') {
    this.at = new Date(at);
  }
  now(): Date {
    return new Date(this.at.getTime());
  }
  set(at: Date | string): void {
    this.at = new Date(at);
  }
  /** Moves the clock on by `ms` milliseconds. */
  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

/** What a started service must offer the harness: its HTTP app and a way to stop it. */
export interface StartedService {
  app: App;
  close: () => Promise<void>;
}

export interface ServiceHarness<S extends StartedService> {
  db: TestSchema;
  service: S;
  clock: TestClock;
  /** A token for an actor, signed once per distinct actor and reused. */
  token: (actor: TestActor) => Promise<string>;
  /** Runs an operation as the actor (default: an admin) and returns the raw result. */
  raw: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    actor?: TestActor,
  ) => Promise<GqlResult<T>>;
  /** Runs an operation as the actor and fails the test on any GraphQL error. */
  ok: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    actor?: TestActor,
  ) => Promise<T>;
  /** Runs SQL with the service's own schema first on the search path. */
  sql: TestSchema['query'];
  close: () => Promise<void>;
}

export interface HarnessOptions<S extends StartedService> {
  /** Names the schema and the NATS namespace of this test file. */
  label: string;
  /** Where the clock starts. */
  startAt?: Date | string;
  /** Environment beyond the test defaults (e.g. a job's interval). */
  env?: Record<string, string>;
  /** Starts the service on the given environment and clock (e.g. parseConfig + startService). */
  start: (env: Record<string, string>, clock: TestClock) => Promise<S>;
}

/**
 * The one way a service's tests start it: a fresh Postgres schema and NATS namespace, the service on
 * port 0 with a clock the test sets, tokens on demand, and everything dropped again by close().
 */
export async function startServiceHarness<S extends StartedService>(
  options: HarnessOptions<S>,
): Promise<ServiceHarness<S>> {
  const db = await createTestSchema(options.label);
  const clock = new TestClock(options.startAt);
  let service: S;
  try {
    service = await options.start(testServiceEnv(db, options.env), clock);
  } catch (error) {
    await db.drop();
    throw error;
  }
  const tokens = new Map<string, Promise<string>>();
  const token = (actor: TestActor) => {
    const key = JSON.stringify([actor.sub, [...actor.roles].sort(), actor.department, actor.name]);
    if (!tokens.has(key)) tokens.set(key, testToken(actor));
    return tokens.get(key)!;
  };
  const ADMIN: TestActor = { sub: 'admin-1', roles: ['admin'] };
  const raw = async <T>(query: string, variables: Record<string, unknown> = {}, actor = ADMIN) =>
    gql<T>(service.app, query, variables, { token: await token(actor) });
  return {
    db,
    service,
    clock,
    token,
    raw,
    ok: async <T>(query: string, variables?: Record<string, unknown>, actor?: TestActor) =>
      dataOf(await raw<T>(query, variables, actor)),
    sql: (text, params) =>
      withClient(db.url, async (client) => {
        await client.query(`SET search_path TO "${db.schema}", public`);
        return (await client.query(text, params)).rows;
      }),
    close: async () => {
      try {
        await service.close();
      } finally {
        await db.drop();
      }
    },
  };
}

/**
 * Starts a harness before the tests of a file (or of a describe block) and closes it after them. The
 * object is filled in once the harness is up, so use it in tests and hooks, not while the file is being
 * read. `startTimeoutMs`: how long the start may take, when longer than a test may.
 */
export function harnessForFile<H extends { close: () => Promise<void> }>(
  start: () => Promise<H>,
  startTimeoutMs?: number,
): H {
  const harness = {} as Partial<H>;
  beforeAll(async () => {
    Object.assign(harness, await start());
  }, startTimeoutMs);
  afterAll(async () => {
    await harness.close?.();
  });
  return harness as H;
}

/**
 * The harness with a tap on one of its service's streams (e.g. 'CARE_APPROVALS'): every event the
 * service published, as they come. Its close() stops the tap, then closes the harness.
 */
export async function withStreamTap<H extends { db: TestSchema; close: () => Promise<void> }>(
  harness: H,
  baseStream: string,
): Promise<H & { tap: EventTap }> {
  let tap: EventTap;
  try {
    tap = await tapStream(harness.db.namespace, baseStream);
  } catch (error) {
    await harness.close();
    throw error;
  }
  return {
    ...harness,
    tap,
    close: async () => {
      try {
        await tap.stop();
      } finally {
        await harness.close();
      }
    },
  };
}

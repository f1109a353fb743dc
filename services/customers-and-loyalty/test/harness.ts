import { randomUUID } from 'node:crypto';
import { createEvent, type EventDefinition } from '@care/contracts';
import { createLogger, parseConfig, type SubgraphHandle } from '@care/service-kit';
import {
  connectTestNats,
  startServiceHarness,
  type GqlResult,
  type ServiceHarness,
  type TestActor,
  type TestClock,
  type TestSchema,
} from '@care/testing';
import { jetstream } from '@nats-io/jetstream';
import type { z } from 'zod';
import type { Deps } from '../src/application/ports';
import { startService } from '../src/app';
import { configSchema } from '../src/config';

export interface Harness {
  db: TestSchema;
  service: SubgraphHandle<Deps>;
  clock: TestClock;
  /** Tokens by name: each a different person. */
  token: (roles: string[], sub?: string) => Promise<string>;
  /** Runs an operation and fails on errors. */
  ok: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    roles?: string[],
    sub?: string,
  ) => Promise<T>;
  /** Runs an operation and returns the raw result. */
  raw: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    roles?: string[],
    sub?: string,
  ) => Promise<GqlResult<T>>;
  /** Publishes an event on NATS as the owning service's relay would. */
  publish: <S extends z.ZodObject>(
    definition: EventDefinition<S>,
    subject: string,
    data: z.input<S>,
  ) => Promise<string>;
  /** Runs SQL; `loyalty.` names the test's own schema. */
  sql: <R extends Record<string, unknown> = Record<string, unknown>>(
    text: string,
    params?: unknown[],
  ) => Promise<R[]>;
  close: () => Promise<void>;
}

/** The actor of a token: the roles, and the person when named (else the token's default for the roles). */
const actorOf = (roles: string[] = ['admin'], sub?: string): TestActor => ({
  roles,
  ...(sub ? { sub } : {}),
});

/** The service on a fresh schema and NATS namespace, its clock at `startAt` (the kit's service harness). */
export async function startHarness(prefix: string, startAt: string): Promise<Harness> {
  const h: ServiceHarness<SubgraphHandle<Deps>> = await startServiceHarness({
    label: prefix,
    startAt,
    start: (env, clock) =>
      startService(parseConfig(configSchema, env), createLogger('loyalty-test', 'silent'), { clock }),
  });
  return {
    db: h.db,
    service: h.service,
    clock: h.clock,
    token: (roles, sub) => h.token(actorOf(roles, sub)),
    raw: (query, variables, roles, sub) => h.raw(query, variables, actorOf(roles, sub)),
    ok: (query, variables, roles, sub) => h.ok(query, variables, actorOf(roles, sub)),
    publish: async (definition, subject, data) => {
      const event = createEvent(definition, subject, data, {
        actor: { kind: 'service', id: definition.service },
        correlationId: randomUUID(),
      });
      const nc = await connectTestNats();
      try {
        await jetstream(nc).publish(`${h.db.namespace}.${definition.subject}`, JSON.stringify(event), {
          msgID: event.id,
        });
      } finally {
        await nc.close();
      }
      return event.id;
    },
    sql: <R extends Record<string, unknown>>(text: string, params?: unknown[]) =>
      h.sql(text.replaceAll('loyalty.', `"${h.db.schema}".`), params) as Promise<R[]>,
    close: h.close,
  };
}

export const REGISTER = `mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { id } }`;

export async function register(h: Harness, input: Record<string, unknown> = {}): Promise<string> {
  const data = await h.ok<{ registerCustomer: { id: string } }>(REGISTER, {
    input: { name: 'Test Customer', ...input },
  });
  return data.registerCustomer.id;
}

let orderSeq = 0;
export async function purchase(
  h: Harness,
  customerId: string,
  amount: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; orderNumber: string; pointsEarned: number }> {
  const orderNumber = (extra.orderNumber as string) ?? `SO-${Date.now()}-${++orderSeq}`;
  const data = await h.ok<{ recordPurchase: { id: string; orderNumber: string; pointsEarned: number } }>(
    `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id orderNumber pointsEarned } }`,
    { input: { customerId, amount, ...extra, orderNumber } },
    ['sales'],
  );
  return data.recordPurchase;
}

export async function verify(h: Harness, customerId: string): Promise<void> {
  await h.ok(
    `mutation($input: VerifyIdentityInput!) { verifyIdentity(input: $input) { id } }`,
    { input: { customerId, documentType: 'ID_CARD', documentNumber: '110101199003071234' } },
    ['sales'],
  );
}

export async function wallet(
  h: Harness,
  customerId: string,
): Promise<{ pointsBalance: number; lockedPoints: number }> {
  const data = await h.ok<{ customer: { pointsBalance: number; lockedPoints: number } }>(
    `query($id: ID!) { customer(id: $id) { pointsBalance lockedPoints } }`,
    { id: customerId },
  );
  return data.customer;
}

/** The ledger invariant: the wallet is derivable from the ledger, lots hold exactly what is available. */
export async function ledgerInvariant(h: Harness, customerId: string) {
  const [row] = await h.sql<{
    balance: number;
    locked: number;
    posted: number;
    pending: number;
    lots: number;
  }>(
    `SELECT w.balance, w.locked,
       (SELECT coalesce(sum(points), 0)::int FROM loyalty.ledger_entry WHERE customer_id = $1 AND status = 'POSTED') AS posted,
       (SELECT coalesce(-sum(points), 0)::int FROM loyalty.ledger_entry WHERE customer_id = $1 AND status = 'PENDING') AS pending,
       (SELECT coalesce(sum(remaining), 0)::int FROM loyalty.ledger_entry WHERE customer_id = $1) AS lots
     FROM loyalty.wallet w WHERE w.customer_id = $1`,
    [customerId],
  );
  return row!;
}

import { randomUUID } from 'node:crypto';
import { approvalRequestDecided, createEvent, type EventDefinition } from '@care/contracts';
import { createLogger, parseConfig, type SubgraphHandle } from '@care/service-kit';
import {
  connectTestNats,
  expectEventually,
  startServiceHarness,
  tapStream,
  type EventTap,
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
  /** Every event the service published since it started, read from its stream as a partner would. */
  events: EventTap['events'];
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

export interface HarnessOptions {
  /** Where the test clock starts; without it the service runs on the real clock. */
  startAt?: string;
  /** The environment the service starts with, changed (e.g. its database reached through a proxy). */
  environment?: (env: Record<string, string>) => Promise<Record<string, string>>;
}

/** The service on a fresh schema and NATS namespace, with a tap on its event stream (the kit's service harness). */
export async function startHarness(label: string, options: HarnessOptions = {}): Promise<Harness> {
  const { startAt, environment = async (env) => env } = options;
  const h: ServiceHarness<SubgraphHandle<Deps>> = await startServiceHarness({
    label,
    startAt,
    // The deadline job runs when a test asks (runNow), never on a timer.
    env: { OVERDUE_JOB_INTERVAL_SECONDS: '0' },
    start: async (env, clock) =>
      startService(
        parseConfig(configSchema, await environment(env)),
        createLogger('loyalty-test', 'silent'),
        startAt ? { clock } : {},
      ),
  });
  const tap = await tapStream(h.db.namespace, 'CARE_LOYALTY').catch(async (error: unknown) => {
    await h.close();
    throw error;
  });
  return {
    db: h.db,
    service: h.service,
    clock: h.clock,
    events: tap.events,
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
    close: async () => {
      try {
        await tap.stop();
      } finally {
        await h.close();
      }
    },
  };
}

/**
 * The harness of a test file: started before its tests and closed after them, so a file declares its
 * service in one line. Use it inside tests and hooks (it starts in beforeAll).
 */
export function useHarness(label: string, options: HarnessOptions = {}): Harness {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness(label, options);
  });
  afterAll(async () => {
    await started?.close();
  });
  return new Proxy({} as Harness, {
    get: (_harness, key: keyof Harness) => {
      if (!started) throw new Error(`the ${label} harness is used before beforeAll started it`);
      return started[key];
    },
  });
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

/**
 * A registered, identity-verified customer with a purchase at each moment given (a point per yuan, each
 * purchase a lot expiring by the policy from its moment); the clock is back where it was afterwards.
 */
export async function customerWithPurchases(
  h: Harness,
  purchases: readonly (readonly [at: string, amount: string])[],
): Promise<string> {
  const id = await register(h);
  await verify(h, id);
  const back = h.clock.now();
  for (const [at, amount] of purchases) {
    h.clock.set(at);
    await purchase(h, id, amount);
  }
  h.clock.set(back);
  return id;
}

/** A points redemption asked for by the service desk, waiting for its approval: its id. */
export async function pendingRedemption(h: Harness, customerId: string, points: number): Promise<string> {
  const data = await h.ok<{ requestRedemption: { id: string } }>(
    `mutation($input: RequestRedemptionInput!) { requestRedemption(input: $input) { id } }`,
    { input: { customerId, points, idempotencyKey: randomUUID() } },
    ['cs_specialist'],
  );
  return data.requestRedemption.id;
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

/** Overrides a customer's tier as the department head (the set-up of a tier-dependent case). */
export async function setTier(
  h: Harness,
  customerId: string,
  tier: string,
  reason = 'test set-up of the tier',
) {
  await h.ok(
    `mutation($input: OverrideTierInput!) { overrideTier(input: $input) { tier } }`,
    { input: { customerId, tier, reason } },
    ['department_head'],
  );
}

type Decided = z.input<typeof approvalRequestDecided.data>;

/** Approvals' decision about one of loyalty's requests, published as the approvals service does. */
export function decideApproval(
  h: Harness,
  request: { type: Decided['type']; aggregate: string; id: string; amount: string },
  outcome: Decided['outcome'],
  reason: string | null = null,
): Promise<string> {
  return h.publish(approvalRequestDecided, randomUUID(), {
    requestId: randomUUID(),
    type: request.type,
    reference: { service: 'loyalty', aggregate: request.aggregate, id: request.id },
    outcome,
    amount: request.amount,
    currency: 'CNY',
    decidedAt: h.clock.now().toISOString(),
    reason,
  });
}

export async function campaignStatus(h: Harness, id: string): Promise<string> {
  const read = await h.ok<{ campaign: { status: string } }>(
    `query($id: ID!) { campaign(id: $id) { status } }`,
    {
      id,
    },
  );
  return read.campaign.status;
}

/** Submits a draft campaign as the department head and waits until approvals' approval has been applied. */
export async function approveCampaign(h: Harness, id: string): Promise<void> {
  await h.ok(`mutation($id: ID!) { submitCampaign(id: $id) { id } }`, { id }, ['department_head']);
  await decideApproval(h, { type: 'CAMPAIGN', aggregate: 'campaign', id, amount: '1000.00' }, 'APPROVED');
  await expectEventually(async () => expect(await campaignStatus(h, id)).toBe('APPROVED'));
}

/**
 * Creates a draft campaign as sales: an appreciation event for members through March 2026 on a budget of
 * 1,000 CNY, unless `input` says otherwise. Its id.
 */
export async function createCampaign(h: Harness, input: Record<string, unknown> = {}): Promise<string> {
  const created = await h.ok<{ createCampaign: { id: string } }>(
    `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
    {
      input: {
        name: 'Members day',
        type: 'APPRECIATION_EVENT',
        targetTiers: ['MEMBER'],
        budget: '1000',
        startsOn: '2026-03-01',
        endsOn: '2026-03-31',
        ...input,
      },
    },
    ['sales'],
  );
  return created.createCampaign.id;
}

/** A campaign created (createCampaign) and approved (approveCampaign): its id. */
export async function approvedCampaign(h: Harness, input: Record<string, unknown> = {}): Promise<string> {
  const id = await createCampaign(h, input);
  await approveCampaign(h, id);
  return id;
}

export const INTERACT = `mutation($input: RecordCampaignInteractionInput!) { recordCampaignInteraction(input: $input) { spent } }`;

/** The first event of the type about the subject, once the service has published it. */
export function publishedEvent(h: Harness, type: string, subject: string) {
  return expectEventually(() => {
    const found = h.events.find((e) => e.type === type && e.subject === subject);
    expect(found).toBeDefined();
    return found!;
  });
}

/** The wallet the API shows and the ledger it must add up from (ledgerInvariant), read together. */
export async function books(h: Harness, customerId: string) {
  return { wallet: await wallet(h, customerId), ledger: await ledgerInvariant(h, customerId) };
}

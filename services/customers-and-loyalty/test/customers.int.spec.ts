import { createLogger, parseConfig, type SubgraphHandle } from '@care/service-kit';
import {
  dataOf,
  errorCodes,
  expectEventually,
  gql,
  startServiceHarness,
  tapStream,
  testToken,
  type ServiceHarness,
  type TestSchema,
} from '@care/testing';
import { startService } from '../src/app';
import { configSchema } from '../src/config';

let harness: ServiceHarness<SubgraphHandle>;
let db: TestSchema;
let service: SubgraphHandle;
let specialist: string;
let analyst: string;

beforeAll(async () => {
  // The service on the real clock: registration times are now.
  harness = await startServiceHarness({
    label: 'loyalty',
    start: (env) => startService(parseConfig(configSchema, env), createLogger('loyalty-test', 'silent')),
  });
  ({ db, service } = harness);
  specialist = await testToken({ roles: ['cs_specialist'] });
  analyst = await testToken({ roles: ['analyst'] });
});

afterAll(async () => {
  await harness?.close();
});

const REGISTER = `mutation($input: RegisterCustomerInput!) {
  registerCustomer(input: $input) { id name email phone region tier status registeredAt }
}`;

describe('customers', () => {
  it('registers a customer and reads it back from its own schema', async () => {
    const result = await gql<{ registerCustomer: Record<string, unknown> }>(
      service.app,
      REGISTER,
      { input: { name: 'Wang Li', email: 'wang.li@example.com', phone: '13812345678', region: 'CN-GD' } },
      { token: specialist },
    );
    const created = dataOf(result).registerCustomer;
    expect(created).toMatchObject({
      name: 'Wang Li',
      email: 'wang.li@example.com',
      phone: '13812345678',
      region: 'CN-GD',
      tier: 'MEMBER',
      status: 'ACTIVE',
    });
    const rows = await db.query(`SELECT name, tier FROM "${db.schema}".customer WHERE id = $1`, [created.id]);
    expect(rows).toEqual([{ name: 'Wang Li', tier: 'MEMBER' }]);
  });

  it('[DOMAIN 2.7] masks contact details for a role that does not need them', async () => {
    const created = dataOf(
      await gql<{ registerCustomer: { id: string } }>(
        service.app,
        REGISTER,
        { input: { name: 'Li Na', email: 'li.na@example.com', phone: '13987654321' } },
        { token: specialist },
      ),
    ).registerCustomer;
    const read = await gql<{ customer: { email: string; phone: string } }>(
      service.app,
      `query($id: ID!) { customer(id: $id) { email phone } }`,
      { id: created.id },
      { token: analyst },
    );
    expect(dataOf(read).customer).toEqual({ email: 'l***@example.com', phone: '139****4321' });
  });

  it('refuses bad input with BAD_USER_INPUT and writes nothing', async () => {
    const before = await db.query(`SELECT count(*)::int AS n FROM "${db.schema}".customer`);
    const result = await gql(
      service.app,
      REGISTER,
      { input: { name: 'X', region: 'Germany' } },
      { token: specialist },
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.field).toBe('region');
    const badEmail = await gql(
      service.app,
      REGISTER,
      { input: { name: 'X', email: 'not-an-email' } },
      { token: specialist },
    );
    expect(errorCodes(badEmail)).toEqual(['BAD_USER_INPUT']);
    const after = await db.query(`SELECT count(*)::int AS n FROM "${db.schema}".customer`);
    expect(after).toEqual(before);
  });

  it('refuses a role that may not register customers with FORBIDDEN', async () => {
    const result = await gql(service.app, REGISTER, { input: { name: 'Nobody' } }, { token: analyst });
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  });

  it('refuses a request without a valid token with UNAUTHENTICATED (HTTP 401)', async () => {
    const none = await gql(service.app, `{ customers { totalCount } }`);
    expect(none.status).toBe(401);
    expect(errorCodes(none)).toEqual(['UNAUTHENTICATED']);
    const forged = await gql(
      service.app,
      `{ customers { totalCount } }`,
      {},
      {
        token: await testToken({ roles: ['admin'] }, { secret: 'another-secret-another-secret' }),
      },
    );
    expect(forged.status).toBe(401);
    expect(errorCodes(forged)).toEqual(['UNAUTHENTICATED']);
  });

  it('pages through customers with a Relay connection', async () => {
    for (const name of ['P1', 'P2', 'P3']) {
      dataOf(await gql(service.app, REGISTER, { input: { name } }, { token: specialist }));
    }
    const page = `query($after: String) { customers(first: 2, after: $after) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      customers: {
        totalCount: number;
        edges: { node: { name: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const first = dataOf(await gql<Page>(service.app, page, {}, { token: specialist })).customers;
    const total = first.totalCount;
    const names: string[] = first.edges.map((e) => e.node.name);
    let info = first.pageInfo;
    while (info.hasNextPage) {
      const next = dataOf(
        await gql<Page>(service.app, page, { after: info.endCursor }, { token: specialist }),
      ).customers;
      names.push(...next.edges.map((e) => e.node.name));
      info = next.pageInfo;
    }
    expect(names).toHaveLength(total);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(-3)).toEqual(['P1', 'P2', 'P3']);
    const bad = await gql(
      service.app,
      `{ customers(first: 1000) { totalCount } }`,
      {},
      { token: specialist },
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('events', () => {
  it('publishes customer.registered through the outbox, without personal data', async () => {
    const tap = await tapStream(db.namespace, 'CARE_LOYALTY');
    try {
      const created = dataOf(
        await gql<{ registerCustomer: { id: string; registeredAt: string } }>(
          service.app,
          `mutation { registerCustomer(input: { name: "Evented", email: "ev@example.com", phone: "13800000000", region: "DE" }) { id registeredAt } }`,
          {},
          { token: await testToken({ sub: 'clerk-7', roles: ['sales'] }) },
        ),
      ).registerCustomer;
      const event = await expectEventually(() => {
        const found = tap.events.find((e) => e.subject === created.id);
        expect(found).toBeDefined();
        return found!;
      });
      expect(event).toMatchObject({
        type: 'care.loyalty.customer.registered.v1',
        source: '/care/customers-and-loyalty',
        actor: { kind: 'user', id: 'clerk-7' },
        data: { customerId: created.id, tier: 'MEMBER', region: 'DE', registeredAt: created.registeredAt },
      });
      expect(JSON.stringify(event)).not.toMatch(/Evented|ev@example|13800000000/);
    } finally {
      await tap.stop();
    }
  });
});

describe('operations endpoints', () => {
  it('reports alive, ready (database and NATS checked) and Prometheus metrics', async () => {
    const request = (await import('supertest')).default;
    expect((await request(service.app).get('/healthz')).body).toEqual({ status: 'ok' });
    const ready = await request(service.app).get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', checks: { database: { ok: true }, nats: { ok: true } } });
    const metrics = await request(service.app).get('/metrics');
    expect(metrics.text).toContain('graphql_operations_total');
    expect(metrics.text).toContain('http_request_duration_seconds');
  });
});

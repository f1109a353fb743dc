import { errorCodes, gql, testToken } from '@care/testing';
import { publishedEvent, useHarness } from './harness';

// The service on the real clock: registration times are now.
const h = useHarness('loyalty');

const SPECIALIST = ['cs_specialist'];
const ANALYST = ['analyst'];

const REGISTER = `mutation($input: RegisterCustomerInput!) {
  registerCustomer(input: $input) { id name email phone region tier status registeredAt }
}`;

describe('customers', () => {
  it('registers a customer and reads it back from its own schema', async () => {
    const input = { name: 'Wang Li', email: 'wang.li@example.com', phone: '13812345678', region: 'CN-GD' };
    const created = (
      await h.ok<{ registerCustomer: Record<string, unknown> }>(REGISTER, { input }, SPECIALIST)
    ).registerCustomer;
    expect(created).toMatchObject({
      name: 'Wang Li',
      email: 'wang.li@example.com',
      phone: '13812345678',
      region: 'CN-GD',
      tier: 'MEMBER',
      status: 'ACTIVE',
    });
    const rows = await h.sql(`SELECT name, tier FROM loyalty.customer WHERE id = $1`, [created.id]);
    expect(rows).toEqual([{ name: 'Wang Li', tier: 'MEMBER' }]);
  });

  it('[DOMAIN 2.7] masks contact details for a role that does not need them', async () => {
    const input = { name: 'Li Na', email: 'li.na@example.com', phone: '13987654321' };
    const created = (await h.ok<{ registerCustomer: { id: string } }>(REGISTER, { input }, SPECIALIST))
      .registerCustomer;
    const read = await h.ok<{ customer: { email: string; phone: string } }>(
      `query($id: ID!) { customer(id: $id) { email phone } }`,
      { id: created.id },
      ANALYST,
    );
    expect(read.customer).toEqual({ email: 'l***@example.com', phone: '139****4321' });
  });

  it('refuses bad input with BAD_USER_INPUT and writes nothing', async () => {
    const before = await h.sql(`SELECT count(*)::int AS n FROM loyalty.customer`);
    const result = await h.raw(REGISTER, { input: { name: 'X', region: 'Germany' } }, SPECIALIST);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.field).toBe('region');
    const badEmail = await h.raw(REGISTER, { input: { name: 'X', email: 'not-an-email' } }, SPECIALIST);
    expect(errorCodes(badEmail)).toEqual(['BAD_USER_INPUT']);
    const after = await h.sql(`SELECT count(*)::int AS n FROM loyalty.customer`);
    expect(after).toEqual(before);
  });

  it('refuses a role that may not register customers with FORBIDDEN', async () => {
    const result = await h.raw(REGISTER, { input: { name: 'Nobody' } }, ANALYST);
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  });

  it('refuses a request without a valid token with UNAUTHENTICATED (HTTP 401)', async () => {
    const none = await gql(h.service.app, `{ customers { totalCount } }`);
    expect(none.status).toBe(401);
    expect(errorCodes(none)).toEqual(['UNAUTHENTICATED']);
    const forged = await gql(
      h.service.app,
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
      await h.ok(REGISTER, { input: { name } }, SPECIALIST);
    }
    const page = `query($after: String) { customers(first: 2, after: $after) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      customers: {
        totalCount: number;
        edges: { node: { name: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const first = (await h.ok<Page>(page, {}, SPECIALIST)).customers;
    const total = first.totalCount;
    const names: string[] = first.edges.map((e) => e.node.name);
    let info = first.pageInfo;
    while (info.hasNextPage) {
      const next = (await h.ok<Page>(page, { after: info.endCursor }, SPECIALIST)).customers;
      names.push(...next.edges.map((e) => e.node.name));
      info = next.pageInfo;
    }
    expect(names).toHaveLength(total);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(-3)).toEqual(['P1', 'P2', 'P3']);
    const bad = await h.raw(`{ customers(first: 1000) { totalCount } }`, {}, SPECIALIST);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('events', () => {
  it('publishes customer.registered through the outbox, without personal data', async () => {
    const created = (
      await h.ok<{ registerCustomer: { id: string; registeredAt: string } }>(
        `mutation { registerCustomer(input: { name: "Evented", email: "ev@example.com", phone: "13800000000", region: "DE" }) { id registeredAt } }`,
        {},
        ['sales'],
        'clerk-7',
      )
    ).registerCustomer;
    const event = await publishedEvent(h, 'care.loyalty.customer.registered.v1', created.id);
    expect(event).toMatchObject({
      type: 'care.loyalty.customer.registered.v1',
      source: '/care/customers-and-loyalty',
      actor: { kind: 'user', id: 'clerk-7' },
      data: { customerId: created.id, tier: 'MEMBER', region: 'DE', registeredAt: created.registeredAt },
    });
    expect(JSON.stringify(event)).not.toMatch(/Evented|ev@example|13800000000/);
  });
});

describe('operations endpoints', () => {
  it('reports alive, ready (database and NATS checked) and Prometheus metrics', async () => {
    const request = (await import('supertest')).default;
    expect((await request(h.service.app).get('/healthz')).body).toEqual({ status: 'ok' });
    const ready = await request(h.service.app).get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', checks: { database: { ok: true }, nats: { ok: true } } });
    const metrics = await request(h.service.app).get('/metrics');
    expect(metrics.text).toContain('graphql_operations_total');
    expect(metrics.text).toContain('http_request_duration_seconds');
  });
});

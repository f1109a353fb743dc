import { dataOf, errorCodes, expectEventually, gql, testToken, testTokenWithClaims } from '@care/testing';
import request from 'supertest';
import { systemForFile } from './harness';

/**
 * The gateway's query limits hold in every subgraph reached directly, while the query plans the gateway
 * sends stay within them; tokens that never expire are refused at both doors; /metrics needs the
 * scrape token.
 */
const METRICS_TOKEN = 'e2e-scrape-token-0123456789';
const system = systemForFile({ gatewayEnv: { METRICS_TOKEN } });
let token: string;

beforeAll(async () => {
  token = await testToken({ sub: 'manager-edges', roles: ['cs_manager'], department: 'CUSTOMER_SERVICE' });
});

const SUBGRAPHS = ['complaints', 'customers-and-loyalty', 'approvals', 'governance'];
const typenameAliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(' ')} }`;
const targets = () => [
  ['the gateway', system.gateway.app] as const,
  ...SUBGRAPHS.map((name) => [name, system.subgraphs[name]!.app] as const),
];

describe('the query limits, at the gateway and in every subgraph reached directly', () => {
  it('refuse 300 aliases (__typename aliases count) with 400 LIMIT_EXCEEDED', async () => {
    for (const [name, app] of targets()) {
      const result = await gql(app, typenameAliases(300), {}, { token });
      expect([name, result.status, errorCodes(result)]).toEqual([name, 400, ['LIMIT_EXCEEDED']]);
      expect(result.errors?.[0]?.message).toBe('Aliases limit of 30 exceeded, found 300.');
      expect(result.data ?? null).toBeNull();
    }
  });

  it('refuse a document over the token limit with 400 LIMIT_EXCEEDED, not 500', async () => {
    for (const [name, app] of targets()) {
      const result = await gql(app, `{ ${'__typename '.repeat(5_001)}}`, {}, { token });
      expect([name, result.status, errorCodes(result)]).toEqual([name, 400, ['LIMIT_EXCEEDED']]);
    }
  });

  it('let the gateway fetch a 100-item page with customer { name tier } (one _entities call of 100)', async () => {
    const customer = dataOf(
      await gql<{ registerCustomer: { id: string } }>(
        system.gateway.app,
        `mutation { registerCustomer(input: { name: "Edge Case" }) { id } }`,
        {},
        { token },
      ),
    ).registerCustomer;
    const file = () =>
      gql(
        system.gateway.app,
        `mutation($c: UUID!) { fileComplaint(input: { customerId: $c, channel: EMAIL, description: "Late parcel" }) { id } }`,
        { c: customer.id },
        { token },
      );
    // The complaints service learns of the customer from loyalty's event.
    await expectEventually(async () => dataOf(await file()));
    for (let i = 1; i < 100; i++) dataOf(await file());
    const page = dataOf(
      await gql<{ complaints: { edges: { node: { customer: { name: string; tier: string } } }[] } }>(
        system.gateway.app,
        `{ complaints(first: 100) { totalCount edges { node { id number status customer { id name tier } } } } }`,
        {},
        { token },
      ),
    );
    expect(page.complaints.edges).toHaveLength(100);
    expect(new Set(page.complaints.edges.map((e) => e.node.customer.name))).toEqual(new Set(['Edge Case']));
  });
});

describe('tokens at the gateway and every subgraph', () => {
  const person = { sub: 'u-edges', name: 'Edge', roles: ['cs_manager'] };

  it.each([
    ['that never expires', () => testTokenWithClaims({ ...person, iat: Math.floor(Date.now() / 1000) })],
    ['that lives a week', () => testToken(person, { expiresIn: '7d' })],
    ['with a NUL in sub', () => testToken({ sub: 'u\u0000', roles: ['cs_manager'] })],
  ])('refuses a token %s with 401 UNAUTHENTICATED', async (_what, mint) => {
    const t = await mint();
    for (const [name, app] of targets()) {
      const result = await gql(app, '{ __typename }', {}, { token: t });
      expect([name, result.status, errorCodes(result)]).toEqual([name, 401, ['UNAUTHENTICATED']]);
    }
  });
});

describe("the gateway's /metrics", () => {
  it('answers a scrape with the METRICS_TOKEN only', async () => {
    const app = system.gateway.app;
    expect((await request(app).get('/metrics')).status).toBe(401);
    expect((await request(app).get('/metrics').set('authorization', `Bearer ${token}`)).status).toBe(401);
    const scrape = await request(app).get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`);
    expect(scrape.status).toBe(200);
    expect(scrape.text).toContain('graphql_operations_total');
  });
});

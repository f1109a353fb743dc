import { errorCodes, gql, testToken } from '@care/testing';
import { systemForFile } from './harness';

const system = systemForFile({ gatewayEnv: { NODE_ENV: 'production' } });
let token: string;

beforeAll(async () => {
  token = await testToken({ roles: ['cs_specialist'] });
});

describe('the gateway in production mode', () => {
  it('turns introspection off', async () => {
    const result = await gql(system.gateway.app, '{ __schema { queryType { name } } }', {}, { token });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('sends no stack traces, also for an error a subgraph reports', async () => {
    const results = await Promise.all([
      gql(
        system.gateway.app,
        `mutation { submitApprovalRequest(input: { type: EXPENSE, title: "x", amount: "1.5e3" }) { id } }`,
        {},
        { token },
      ),
      gql(system.gateway.app, `{ complaintz }`, {}, { token }),
      // A subgraph's refusal, which the gateway labels with the subgraph's name (serviceName).
      gql(
        system.gateway.app,
        `{ loyaltyKpis(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { __typename } }`,
        {},
        { token },
      ),
    ]);
    expect(errorCodes(results[0]!)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(results[1]!)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(errorCodes(results[2]!)).toEqual(['FORBIDDEN']);
    for (const r of results) expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|serviceName|\.ts:\d+/);
    // Field suggestions would let anyone map the schema without introspection.
    expect(results[1]!.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('hides /metrics (404) when no METRICS_TOKEN is set', async () => {
    const request = (await import('supertest')).default;
    const res = await request(system.gateway.app).get('/metrics');
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('graphql_operations_total');
  });

  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const request = (await import('supertest')).default;
    const res = await request(system.gateway.app)
      .get('/graphql?query=%7B__typename%7D')
      .set('authorization', `Bearer ${token}`);
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/i);
  });
});

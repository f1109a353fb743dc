import { harnessForFile, testToken } from '@care/testing';
import request from 'supertest';
import type { GatewayHandle } from '../src/app';
import { configSchema, DEFAULT_RATE_LIMIT_PER_MINUTE } from '../src/config';
import { startLoneGateway } from './start';

const post = (gateway: GatewayHandle, token?: string) => {
  const req = request(gateway.app)
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('accept', 'application/graphql-response+json');
  return (token ? req.set('authorization', `Bearer ${token}`) : req).send({ query: '{ __typename }' });
};

describe('rate limiting per caller', () => {
  const gateway = harnessForFile(() => startLoneGateway({ RATE_LIMIT_PER_MINUTE: '3' }));

  it("answers 429 with Retry-After and LIMIT_EXCEEDED once a token's subject has used its requests, whatever the token", async () => {
    const first = await testToken({ sub: 'rate-user-a', roles: ['analyst'] });
    for (let i = 0; i < 3; i++) {
      const ok = await post(gateway, first);
      expect(ok.status).toBe(200);
      expect(ok.body).toEqual({ data: { __typename: 'Query' } });
    }
    // A fresh token for the same subject shares the subject's budget.
    const again = await testToken({ sub: 'rate-user-a', roles: ['analyst'] }, { expiresIn: '2h' });
    const refused = await post(gateway, again);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused.headers['content-type']).toMatch(/^application\/graphql-response\+json/);
    expect(JSON.parse(refused.text)).toEqual({
      errors: [
        {
          message: expect.stringMatching(/^Too many requests: at most 3 a minute/),
          extensions: {
            code: 'LIMIT_EXCEEDED',
            limit: 'rate',
            retryAfter: Number(refused.headers['retry-after']),
          },
        },
      ],
    });

    // Another subject is not affected.
    const other = await testToken({ sub: 'rate-user-b', roles: ['analyst'] });
    expect((await post(gateway, other)).status).toBe(200);
  });

  it('counts requests without a valid token by client address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(gateway)).status);
    statuses.push((await post(gateway, 'not-a-token')).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    // A signed-in caller from the same address keeps its own budget.
    const signedIn = await testToken({ sub: 'rate-user-c', roles: ['analyst'] });
    expect((await post(gateway, signedIn)).status).toBe(200);
  });
});

describe('rate limit configuration', () => {
  it(`defaults to ${DEFAULT_RATE_LIMIT_PER_MINUTE} a minute, and 0 turns it off`, async () => {
    const base = { JWT_SECRET: 'x'.repeat(32) };
    expect(configSchema.parse(base).RATE_LIMIT_PER_MINUTE).toBe(DEFAULT_RATE_LIMIT_PER_MINUTE);
    expect(configSchema.safeParse({ ...base, RATE_LIMIT_PER_MINUTE: '-1' }).success).toBe(false);

    const unlimited = await startLoneGateway({ RATE_LIMIT_PER_MINUTE: '0' });
    try {
      const token = await testToken({ sub: 'rate-user-d', roles: ['analyst'] });
      const statuses = new Set<number>();
      for (let i = 0; i < 30; i++) statuses.add((await post(unlimited, token)).status);
      expect([...statuses]).toEqual([200]);
    } finally {
      await unlimited.close();
    }
  });
});

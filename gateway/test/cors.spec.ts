import { ConfigError, parseConfig } from '@care/service-kit';
import { harnessForFile, TEST_JWT_SECRET, testToken } from '@care/testing';
import request from 'supertest';
import type { GatewayHandle } from '../src/app';
import { configSchema, corsOrigins } from '../src/config';
import { startLoneGateway } from './start';

const FRONT_END = 'http://localhost:3000';
const OTHER = 'https://evil.example.com';

const development = harnessForFile(() => startLoneGateway({ NODE_ENV: 'development' }));
const production = harnessForFile(() => startLoneGateway({ NODE_ENV: 'production' }));
const configured = harnessForFile(() =>
  startLoneGateway({
    NODE_ENV: 'production',
    CORS_ORIGINS: 'https://care.example.com, https://admin.example.com:8443',
  }),
);
let token: string;

beforeAll(async () => {
  token = await testToken({ roles: ['analyst'] });
});

const preflight = (gateway: GatewayHandle, origin: string) =>
  request(gateway.app)
    .options('/graphql')
    .set('origin', origin)
    .set('access-control-request-method', 'POST')
    .set('access-control-request-headers', 'authorization,content-type,apollo-require-preflight');

/** A POST to /graphql with a token, from the front end's origin. */
const postFromFrontEnd = (
  gateway: GatewayHandle,
  body: string | object = { query: '{ __typename }' },
  contentType = 'application/json',
) =>
  request(gateway.app)
    .post('/graphql')
    .set('origin', FRONT_END)
    .set('content-type', contentType)
    .set('authorization', `Bearer ${token}`)
    .send(body);

describe('CORS preflight', () => {
  it('answers a preflight from an allowed origin with 204, echoing the origin, credentials allowed', async () => {
    const res = await preflight(development, FRONT_END);
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(FRONT_END);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    expect(res.headers['vary']).toMatch(/\bOrigin\b/);
    expect(res.headers['access-control-max-age']).toBe('7200');
    expect(res.headers['access-control-allow-methods']?.split(',')).toEqual(
      expect.arrayContaining(['GET', 'POST']),
    );
    expect(res.headers['access-control-allow-headers']?.split(',')).toEqual(
      expect.arrayContaining([
        'authorization',
        'content-type',
        'x-request-id',
        'x-correlation-id',
        'traceparent',
        'tracestate',
        'apollo-require-preflight',
      ]),
    );
  });

  it('gives a preflight from another origin no Access-Control-Allow-Origin (the browser refuses it)', async () => {
    const res = await preflight(development, OTHER);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['vary']).toMatch(/\bOrigin\b/);
  });

  it('allows no origin in production unless CORS_ORIGINS lists it', async () => {
    expect((await preflight(production, FRONT_END)).headers['access-control-allow-origin']).toBeUndefined();
    expect((await preflight(configured, FRONT_END)).headers['access-control-allow-origin']).toBeUndefined();
    const allowed = await preflight(configured, 'https://admin.example.com:8443');
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://admin.example.com:8443');
  });

  it('answers preflights before the rate limit: they do not use up the allowance', async () => {
    const limited = await startLoneGateway({ NODE_ENV: 'development', RATE_LIMIT_PER_MINUTE: '2' });
    try {
      for (let i = 0; i < 4; i++) expect((await preflight(limited, FRONT_END)).status).toBe(204);
      const res = await postFromFrontEnd(limited);
      expect(res.status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('requests from a browser origin', () => {
  it('serves a POST with a token from an allowed origin, with the CORS headers', async () => {
    const res = await postFromFrontEnd(development);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { __typename: 'Query' } });
    expect(res.headers['access-control-allow-origin']).toBe(FRONT_END);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    expect(res.headers['access-control-expose-headers']?.split(',')).toEqual(
      expect.arrayContaining(['x-request-id', 'x-trace-id', 'retry-after']),
    );
  });

  it('keeps CSRF prevention: a simple GET is refused, the same GET with apollo-require-preflight served', async () => {
    const get = () =>
      request(development.app)
        .get('/graphql')
        .query({ query: '{ __typename }' })
        .set('origin', FRONT_END)
        .set('accept', 'application/json')
        .set('authorization', `Bearer ${token}`);
    const simple = await get();
    expect(simple.status).toBe(400);
    expect(simple.text).toMatch(/Cross-Site Request Forgery/);

    const withPreflightHeader = await get().set('apollo-require-preflight', 'true');
    expect(withPreflightHeader.status).toBe(200);
    expect(withPreflightHeader.body).toEqual({ data: { __typename: 'Query' } });
    expect(withPreflightHeader.headers['access-control-allow-origin']).toBe(FRONT_END);
  });

  it('keeps CSRF prevention for a form-like POST (text/plain) from an allowed origin', async () => {
    const res = await postFromFrontEnd(development, '{"query":"{ __typename }"}', 'text/plain');
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/"__typename"\s*:\s*"Query"/);
  });
});

describe('CORS_ORIGINS', () => {
  const parse = (env: Record<string, string>) =>
    parseConfig(configSchema, { JWT_SECRET: TEST_JWT_SECRET, ...env });

  it('defaults to the local front-end servers outside production and to none in production', () => {
    expect(corsOrigins(parse({ NODE_ENV: 'development' }))).toEqual(
      expect.arrayContaining(['http://localhost:3000', 'http://localhost:5173', 'http://127.0.0.1:3000']),
    );
    expect(corsOrigins(parse({ NODE_ENV: 'production' }))).toEqual([]);
  });

  it('reads a comma-separated list of origins', () => {
    expect(
      corsOrigins(
        parse({ NODE_ENV: 'production', CORS_ORIGINS: 'https://a.example, http://b.example:8080' }),
      ),
    ).toEqual(['https://a.example', 'http://b.example:8080']);
  });

  it.each([
    'localhost:3000',
    'https://care.example.com/',
    'https://care.example.com/app',
    'ftp://files.example',
    '*',
  ])('refuses the malformed origin %s', (origin) => {
    expect(() => parse({ CORS_ORIGINS: `http://localhost:3000,${origin}` })).toThrow(ConfigError);
    expect(() => parse({ CORS_ORIGINS: `http://localhost:3000,${origin}` })).toThrow(/CORS_ORIGINS/);
  });
});

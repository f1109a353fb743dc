import { harnessForFile, testToken } from '@care/testing';
import request from 'supertest';
import type { GatewayHandle } from '../src/app';
import { DEFAULT_MAX_BODY_BYTES } from '../src/config';
import { jsonTextDepth } from '../src/edge';
import { startLoneGateway } from './start';

const development = harnessForFile(() => startLoneGateway({ NODE_ENV: 'development' }));
const production = harnessForFile(() => startLoneGateway({ NODE_ENV: 'production' }));
let token: string;

beforeAll(async () => {
  token = await testToken({ roles: ['analyst'] });
});

const post = (gateway: GatewayHandle, body: string | object, accept = 'application/graphql-response+json') =>
  request(gateway.app)
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('accept', accept)
    .set('authorization', `Bearer ${token}`)
    .send(body);

/** `{"a":{"a":...1}}`, `levels` objects deep. */
const nested = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

describe('variables nested too deep', () => {
  it('refuses 5,000 levels with 400 and BAD_USER_INPUT before planning, as GraphQL JSON', async () => {
    const res = await post(
      development,
      `{"query":"query($f: ComplaintFilter) { complaints(filter: $f) { totalCount } }","variables":{"f":${nested(5_000)}}}`,
    );
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/graphql-response\+json/);
    expect(JSON.parse(res.text)).toEqual({
      errors: [
        {
          message: 'Variables are nested 5000 levels deep; at most 32 are accepted.',
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  });

  it('accepts 32 levels and refuses 33, in a POST body and in a GET query string', async () => {
    const body = (levels: number) => `{"query":"{ __typename }","variables":{"v":${nested(levels)}}}`;
    expect((await post(development, body(32))).status).toBe(200);
    const refused = await post(development, body(33));
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });

    const get = (levels: number) =>
      request(development.app)
        .get('/graphql')
        .query({ query: '{ __typename }', variables: `{"v":${nested(levels)}}` })
        .set('accept', 'application/graphql-response+json')
        .set('apollo-require-preflight', 'true')
        .set('authorization', `Bearer ${token}`);
    expect((await get(32)).status).toBe(200);
    const refusedGet = await get(33);
    expect(refusedGet.status).toBe(400);
    expect(JSON.parse(refusedGet.text).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('counts nesting outside strings only', () => {
    expect(jsonTextDepth('{"a":[1,{"b":"{[{[\\"{"}]}')).toBe(3);
    expect(jsonTextDepth('"[[[["')).toBe(0);
  });
});

describe('a body GraphQL cannot read', () => {
  it('answers GraphQL-shaped JSON, never an HTML page with a stack: 400 for broken JSON, 413 when too large', async () => {
    const broken = await post(development, '{"query": "{ __typename }"');
    expect(broken.status).toBe(400);
    expect(broken.headers['content-type']).toMatch(/^application\/graphql-response\+json/);
    expect(JSON.parse(broken.text).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(broken.text).not.toMatch(/<html|at \/|\.js:\d+/i);

    // Beyond MAX_BODY_BYTES (8 MiB by default) for a signed-in caller.
    const large = await post(development, {
      query: '{ __typename }',
      variables: { v: 'x'.repeat(DEFAULT_MAX_BODY_BYTES) },
    });
    expect(large.status).toBe(413);
    expect(JSON.parse(large.text).errors[0].extensions).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'body' });
  });

  it('takes several MiB from a signed-in caller (a document upload) and at most 1 MiB without a valid token', async () => {
    const body = { query: '{ __typename }', variables: { v: 'x'.repeat(1_100_000) } };
    const signedIn = await post(development, body);
    expect(signedIn.status).toBe(200);
    expect(JSON.parse(signedIn.text)).toEqual({ data: { __typename: 'Query' } });
    for (const authorization of [undefined, 'Bearer not-a-token']) {
      const req = request(development.app)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('accept', 'application/graphql-response+json');
      const anonymous = await (authorization ? req.set('authorization', authorization) : req).send(body);
      expect(anonymous.status).toBe(413);
      expect(JSON.parse(anonymous.text).errors[0].extensions).toEqual({
        code: 'LIMIT_EXCEEDED',
        limit: 'body',
      });
    }
  });
});

describe('errors sent to clients', () => {
  it('carry no stack trace in development either', async () => {
    for (const query of ['{', '{ complaintz }', '{ complaints { totalCount } }']) {
      const res = await post(development, { query });
      expect(JSON.parse(res.text).errors.length).toBeGreaterThan(0);
      expect(res.text).not.toMatch(/stacktrace|serviceName|\.ts:\d+|\.js:\d+/);
    }
  });
});

describe('security headers', () => {
  it('are on every GraphQL response, with a Content-Security-Policy that allows nothing', async () => {
    for (const gateway of [development, production]) {
      const res = await post(gateway, { query: '{ __typename }' });
      expect(res.status).toBe(200);
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'cross-origin-resource-policy': 'same-origin',
      });
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['content-security-policy']).toMatch(/default-src 'none'/);
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('mark every GraphQL answer no-store: an answer, a GraphQL error, a refused token, a broken body', async () => {
    const responses = [
      await post(production, { query: '{ __typename }' }),
      await post(production, { query: '{ nope }' }),
      await request(production.app)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', 'Bearer not-a-token')
        .send({ query: '{ __typename }' }),
      await post(production, '{"query": '),
    ];
    expect(responses.map((res) => res.status)).toEqual([200, 400, 401, 400]);
    for (const res of responses) expect(res.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(responses[0]!.text)).toEqual({ data: { __typename: 'Query' } });
  });

  it('give the browser page (the workbench, not Apollo Sandbox from a CDN) a policy of its own origin only; production asks for a token', async () => {
    const page = await request(development.app).get('/graphql').set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('Care Graph workbench');
    expect(page.text).not.toMatch(/embeddable-sandbox|apollo-server-landing-page/i);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'.*script-src 'self';/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');

    const none = await request(production.app).get('/graphql').set('accept', 'text/html');
    expect(none.status).toBe(401);
    expect(none.text).not.toMatch(/embeddable-sandbox|apollo-server-landing-page/i);
    expect(none.headers['content-security-policy']).toMatch(/default-src 'none'/);
  });
});

import net from 'node:net';
import {
  createTestSchema,
  deleteTestStreams,
  errorCodes,
  gql,
  TEST_JWT_SECRET,
  testToken,
  testTokenWithClaims,
  type TestSchema,
} from '@care/testing';
import request from 'supertest';
import { parseConfig, subgraphConfig } from '../src/config';
import { startKitSubgraph, type KitSubgraph } from './kit-subgraph';

/**
 * The edges of a subgraph server: where it listens, the headers it sends, who may read /metrics,
 * what an error tells a client, which tokens it takes.
 */
const METRICS_TOKEN = 'scrape-token-0123456789abcdef';
let db: TestSchema;
let development: KitSubgraph;
let production: KitSubgraph;
let guarded: KitSubgraph;
let token: string;

beforeAll(async () => {
  db = await createTestSchema('kit_edges');
  // No HOST: the default applies.
  development = await startKitSubgraph(db, { HOST: '', NODE_ENV: 'development' });
  production = await startKitSubgraph(db, { NODE_ENV: 'production' });
  guarded = await startKitSubgraph(db, { NODE_ENV: 'production', METRICS_TOKEN });
  token = await testToken({ roles: ['cs_manager'] });
});

afterAll(async () => {
  for (const s of [development, production, guarded]) await s?.close();
  await deleteTestStreams(db.namespace);
  await db?.drop();
});

/** Whether a TCP connection to host:port is accepted. */
function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('where a subgraph listens', () => {
  it('defaults HOST to loopback', () => {
    const config = parseConfig(subgraphConfig({ port: 4001, schema: 'kit' }), {
      DATABASE_URL: 'postgres://x@h/db',
      JWT_SECRET: TEST_JWT_SECRET,
    });
    expect(config.HOST).toBe('127.0.0.1');
    const everywhere = parseConfig(subgraphConfig({ port: 4001, schema: 'kit' }), {
      DATABASE_URL: 'postgres://x@h/db',
      JWT_SECRET: TEST_JWT_SECRET,
      HOST: '0.0.0.0',
    });
    expect(everywhere.HOST).toBe('0.0.0.0');
  });

  it('started without HOST, accepts connections on 127.0.0.1 only', async () => {
    expect(await connects('127.0.0.1', development.port)).toBe(true);
    // Any other address of this machine (127.0.0.2 reaches it too) finds nothing listening.
    expect(await connects('127.0.0.2', development.port)).toBe(false);
  });
});

describe('security headers', () => {
  it('sends helmet headers on every response', async () => {
    const responses = [
      await request(development.app).get('/healthz'),
      await request(development.app)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${token}`)
        .send({ query: '{ ping }' }),
    ];
    for (const res of responses) {
      expect(res.status).toBe(200);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('marks every GraphQL answer no-store: an answer, a GraphQL error, a refused token, a malformed body', async () => {
    const post = () => request(production.app).post('/graphql').set('content-type', 'application/json');
    const responses = [
      await post().set('authorization', `Bearer ${token}`).send({ query: '{ ping }' }),
      await post().set('authorization', `Bearer ${token}`).send({ query: '{ nope }' }),
      await post().set('authorization', 'Bearer not-a-token').send({ query: '{ ping }' }),
      await post().send('{"query": '),
    ];
    expect(responses.map((res) => res.status)).toEqual([200, 400, 401, 400]);
    for (const res of responses) expect(res.headers['cache-control']).toBe('no-store');
    expect(responses[0]!.body).toEqual({ data: { ping: true } });
  });

  it('sends a Content-Security-Policy that runs nothing in production', async () => {
    const res = await request(production.app).get('/healthz');
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'none';frame-ancestors 'none';base-uri 'none'",
    );
  });
});

describe('/metrics', () => {
  it('is served outside production when no METRICS_TOKEN is set', async () => {
    const res = await request(development.app).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.text).toContain('graphql_operations_total');
  });

  it('is not found in production without a METRICS_TOKEN', async () => {
    const res = await request(production.app).get('/metrics');
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('graphql_operations_total');
  });

  it('needs the bearer METRICS_TOKEN when one is set', async () => {
    const none = await request(guarded.app).get('/metrics');
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(none.text).not.toContain('graphql_operations_total');
    const wrong = await request(guarded.app).get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}x`);
    expect(wrong.status).toBe(401);
    const user = await request(guarded.app).get('/metrics').set('authorization', `Bearer ${token}`);
    expect(user.status).toBe(401);
    const scrape = await request(guarded.app).get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`);
    expect(scrape.status).toBe(200);
    expect(scrape.text).toContain('http_request_duration_seconds');
  });

  it('leaves /healthz and /readyz open for the orchestrator', async () => {
    expect((await request(guarded.app).get('/healthz')).status).toBe(200);
    expect((await request(guarded.app).get('/readyz')).status).toBe(200);
  });
});

describe('what an error tells a client', () => {
  it('never sends a stack trace, also outside production; the stack stays in the server log', async () => {
    const failed = await gql(development.app, '{ broken }', {}, { token });
    expect(errorCodes(failed)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(failed.errors?.[0]?.message).toBe('Internal server error');
    const invalid = await gql(development.app, '{ nope }', {}, { token });
    expect(errorCodes(invalid)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    for (const r of [failed, invalid]) {
      expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|\.ts:\d+|the disk is on fire/);
    }
    const logged = development.logs.filter((l) => l.includes('the disk is on fire'));
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).toMatch(/kit-subgraph\.ts:\d+/);
  });

  it('answers a malformed JSON body with 400 JSON, no HTML page and no stack', async () => {
    const res = await request(development.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${token}`)
      .send('{"query": "{ ping }"');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/json/);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(res.text).not.toMatch(/<html|node_modules|\.js:\d+/);
  });
});

describe('which tokens a subgraph takes', () => {
  const person = { sub: 'u-1', name: 'Mei Lin', roles: ['cs_manager'] };

  it.each([
    ['without exp', () => testTokenWithClaims({ ...person, iat: Math.floor(Date.now() / 1000) })],
    ['living 24 hours', () => testToken(person, { expiresIn: '24h' })],
    ['with a NUL in sub', () => testToken({ sub: 'u\u0000-1', roles: ['cs_manager'] })],
    ['with a 201-character sub', () => testToken({ sub: 'u'.repeat(201), roles: ['cs_manager'] })],
  ])('refuses a token %s with 401 UNAUTHENTICATED, running nothing', async (_what, mint) => {
    development.calls.ping = 0;
    const result = await gql(development.app, '{ ping }', {}, { token: await mint() });
    expect(result.status).toBe(401);
    expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
    expect(development.calls.ping).toBe(0);
  });

  it('takes a token within the cap', async () => {
    const result = await gql(development.app, '{ ping }', {}, { token });
    expect(result.data).toEqual({ ping: true });
  });
});

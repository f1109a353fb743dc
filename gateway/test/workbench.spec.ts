import { readdirSync } from 'node:fs';
import { createTokenVerifier } from '@care/service-kit';
import { harnessForFile, TEST_JWT_SECRET, testToken } from '@care/testing';
import request from 'supertest';
import type { GatewayHandle } from '../src/app';
import { QUERIES_DIR } from '../src/workbench/collection';
import {
  cssReferences,
  htmlReferences,
  inlineScripts,
  isSameOrigin,
  remoteLoadsInScript,
} from './same-origin';
import { startLoneGateway } from './start';

const development = harnessForFile(() => startLoneGateway({ NODE_ENV: 'development' }));
const production = harnessForFile(() => startLoneGateway({ NODE_ENV: 'production' }));
const tokens: Record<string, string> = {};

beforeAll(async () => {
  for (const role of ['analyst', 'admin', 'cs_manager'])
    tokens[role] = await testToken({ sub: `user-${role}`, roles: [role] });
});

const ORIGIN = 'http://127.0.0.1';
const HTML_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const browserGet = (gateway: GatewayHandle, path: string, token?: string) => {
  const req = request(gateway.app).get(path).set('accept', HTML_ACCEPT);
  return token ? req.set('authorization', `Bearer ${token}`) : req;
};

/** The configuration the page hands its script (its JSON data block). */
function pageConfig(html: string): { devTokenUrl: string | null; examples: { file: string }[] } {
  const block = /<script id="workbench-config" type="application\/json">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(block![1]!);
}

describe('the workbench in development', () => {
  it('is the page a browser gets from /graphql and /workbench, with a Content-Security-Policy of its own origin only', async () => {
    for (const path of ['/graphql', '/workbench', '/graphql?query=%7B__typename%7D']) {
      const page = await browserGet(development, path);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toContain('<title>Care Graph workbench</title>');
      expect(page.text).not.toMatch(/apollo|sandbox/i);

      const csp = String(page.headers['content-security-policy']);
      expect(csp).toMatch(/default-src 'none'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/worker-src 'self'(;|$)/);
      expect(csp).toMatch(/connect-src 'self'(;|$)/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      // Only the gateway's own origin and inline data: no host, no scheme but data:.
      const sources = csp.split(';').flatMap((d) => d.trim().split(/\s+/).slice(1));
      expect(sources.filter((s) => !["'self'", "'none'", "'unsafe-inline'", 'data:'].includes(s))).toEqual(
        [],
      );
      // Every script is a file: nothing inline for script-src to allow.
      expect(inlineScripts(page.text)).toEqual([]);
      expect(page.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
    }
  });

  it('loads every file from the gateway itself: each served 200 with its content type, none loading from elsewhere', async () => {
    const page = await browserGet(development, '/graphql');
    const references = htmlReferences(page.text);
    expect(references.length).toBeGreaterThanOrEqual(5);
    expect(references.filter((r) => !isSameOrigin(r, `${ORIGIN}/graphql`))).toEqual([]);
    expect(page.text).not.toMatch(/https?:\/\//);

    const files = references.filter((r) => !r.startsWith('data:'));
    const scripts = files.filter((f) => f.endsWith('.js'));
    const stylesheets = files.filter((f) => f.endsWith('.css'));
    expect(scripts.length + stylesheets.length).toBe(files.length);
    expect(scripts).toEqual(expect.arrayContaining(['/workbench/assets/graphiql.js']));

    // The editor's workers, named in monaco-environment.js next to it.
    const environment = await request(development.app).get('/workbench/assets/monaco-environment.js');
    const workers = [...environment.text.matchAll(/['"]([\w.-]+\.worker\.js)['"]/g)].map(
      (m) => `/workbench/assets/${m[1]}`,
    );
    expect(workers).toHaveLength(3);

    for (const file of [...scripts, ...workers]) {
      const res = await request(development.app).get(file);
      expect({ file, status: res.status, type: res.headers['content-type'] }).toEqual({
        file,
        status: 200,
        type: 'text/javascript; charset=utf-8',
      });
      expect({ file, loads: remoteLoadsInScript(res.text) }).toEqual({ file, loads: [] });
    }
    for (const file of stylesheets) {
      const res = await request(development.app).get(file);
      expect({ file, status: res.status, type: res.headers['content-type'] }).toEqual({
        file,
        status: 200,
        type: 'text/css; charset=utf-8',
      });
      expect(res.text).not.toMatch(/https?:\/\//);
      const urls = cssReferences(res.text);
      expect(urls.filter((u) => !isSameOrigin(u, `${ORIGIN}${file}`))).toEqual([]);
    }
    expect((await request(development.app).get('/workbench/assets/unknown.js')).status).toBe(404);
  });

  it('holds every example operation of docs/queries', async () => {
    const { examples, devTokenUrl } = pageConfig((await browserGet(development, '/workbench')).text);
    const files = readdirSync(QUERIES_DIR).filter((f) => f.endsWith('.graphql'));
    expect(files.length).toBeGreaterThanOrEqual(9);
    expect(examples.map((e) => e.file).sort()).toEqual(files.sort());
    expect(devTokenUrl).toBe('/workbench/dev-token');
  });

  it('signs one-hour dev tokens for a role (and department) with the gateway secret', async () => {
    const verify = createTokenVerifier({
      secret: TEST_JWT_SECRET,
      issuer: 'care-graph',
      audience: 'care-graph',
    });
    const res = await request(development.app)
      .get('/workbench/dev-token')
      .query({ role: 'cs_manager', department: 'CUSTOMER_SERVICE' });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    await expect(verify(res.body.token)).resolves.toEqual({
      sub: 'dev-cs_manager',
      name: 'Dev cs_manager',
      roles: ['cs_manager'],
      department: 'CUSTOMER_SERVICE',
    });
    const claims = JSON.parse(Buffer.from(res.body.token.split('.')[1], 'base64url').toString());
    expect(claims.exp - claims.iat).toBe(3_600);

    const two = await request(development.app).get('/workbench/dev-token?role=analyst&role=finance');
    await expect(verify(two.body.token)).resolves.toMatchObject({ roles: ['analyst', 'finance'] });

    for (const query of ['', '?role=wizard', '?role=service', '?role=analyst&department=MOON'])
      expect((await request(development.app).get(`/workbench/dev-token${query}`)).status).toBe(400);
  });
});

describe('the workbench in production', () => {
  it('answers 401 without a valid bearer token and 403 without a workbench role', async () => {
    for (const path of ['/workbench', '/graphql', '/workbench/assets/graphiql.js']) {
      const none = await browserGet(production, path);
      expect(none.status).toBe(401);
      expect(none.headers['www-authenticate']).toBe('Bearer');
      expect(none.text).not.toContain('Care Graph workbench');
      expect((await browserGet(production, path, 'not-a-token')).status).toBe(401);
      const expired = await testToken({ roles: ['analyst'] }, { expiresIn: '-1m' });
      expect((await browserGet(production, path, expired)).status).toBe(401);
      expect((await browserGet(production, path, tokens.cs_manager)).status).toBe(403);
    }
  });

  it('serves the page and its files to analysts and admins, without dev tokens', async () => {
    for (const role of ['analyst', 'admin']) {
      const page = await browserGet(production, '/graphql', tokens[role]);
      expect(page.status).toBe(200);
      expect(page.text).toContain('<title>Care Graph workbench</title>');
      expect(page.text).not.toContain('workbench-token');
      expect(pageConfig(page.text).devTokenUrl).toBeNull();
      expect(String(page.headers['content-security-policy'])).toMatch(/script-src 'self'(;|$)/);
      const script = await browserGet(production, '/workbench/assets/graphiql.js', tokens[role]);
      expect(script.status).toBe(200);
    }
  });

  it('gives workbench roles the schema, which production does not answer by introspection', async () => {
    const schema = await browserGet(production, '/workbench/schema.json', tokens.analyst);
    expect(schema.status).toBe(200);
    expect(schema.headers['content-type']).toMatch(/^application\/json/);
    const { __schema } = JSON.parse(schema.text);
    expect(__schema.queryType.name).toBe('Query');
    expect(__schema.types.map((t: { name: string }) => t.name)).toEqual(
      expect.arrayContaining(['Complaint', 'Customer', 'ApprovalRequest', 'ComplaintStats']),
    );
    expect(__schema.types.map((t: { name: string }) => t.name)).not.toContain('_Entity');
    expect((await browserGet(production, '/workbench/schema.json')).status).toBe(401);
    expect((await browserGet(production, '/workbench/schema.json', tokens.cs_manager)).status).toBe(403);

    const introspection = await request(production.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${tokens.analyst}`)
      .send({ query: '{ __schema { queryType { name } } }' });
    expect(JSON.parse(introspection.text).data).toBeUndefined();
  });

  it('has no dev-token endpoint', async () => {
    const res = await browserGet(production, '/workbench/dev-token?role=admin', tokens.analyst);
    expect(res.status).toBe(404);
    expect(res.text).not.toMatch(/eyJ/);
    expect((await browserGet(production, '/workbench/dev-token?role=admin')).status).toBe(401);
  });
});

describe('GraphQL over HTTP next to the workbench', () => {
  it('answers GraphQL GET and POST as before, with the strict policy, in both modes', async () => {
    for (const gateway of [development, production]) {
      const getAccepting = (accept: string) =>
        request(gateway.app)
          .get('/graphql')
          .query({ query: '{ __typename }' })
          .set('accept', accept)
          .set('apollo-require-preflight', 'true')
          .set('authorization', `Bearer ${tokens.analyst}`);
      const get = await getAccepting('application/graphql-response+json');
      expect(get.status).toBe(200);
      expect(get.headers['content-type']).toMatch(/^application\/graphql-response\+json/);
      expect(JSON.parse(get.text)).toEqual({ data: { __typename: 'Query' } });
      expect(get.headers['content-security-policy']).toBe(
        "default-src 'none';frame-ancestors 'none';base-uri 'none'",
      );

      // A client that accepts anything gets JSON, not the page.
      const anything = await getAccepting('*/*');
      expect(anything.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(anything.text)).toEqual({ data: { __typename: 'Query' } });

      const post = await request(gateway.app)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('accept', HTML_ACCEPT)
        .set('authorization', `Bearer ${tokens.analyst}`)
        .send({ query: '{ __typename }' });
      expect(post.status).toBe(200);
      expect(JSON.parse(post.text)).toEqual({ data: { __typename: 'Query' } });

      // Without a token GraphQL still answers UNAUTHENTICATED as GraphQL, not as the workbench.
      const anonymous = await request(gateway.app)
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: '{ __typename }' });
      expect(JSON.parse(anonymous.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });
});

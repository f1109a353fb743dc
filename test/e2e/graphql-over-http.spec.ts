import { testToken } from '@care/testing';
import { auditServer } from 'graphql-http';
import request from 'supertest';
import { systemForFile } from './harness';

const system = systemForFile();
let token: string;

beforeAll(async () => {
  token = await testToken({ roles: ['analyst'] });
});

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

interface Answer {
  status: number;
  contentType: string;
  errors: { message: string; extensions?: Record<string, unknown> }[];
  data: unknown;
}

/** POSTs a GraphQL request body as a client that accepts `accept`. */
async function post(
  body: Record<string, unknown>,
  accept = `${GRAPHQL_RESPONSE}, application/json`,
): Promise<Answer> {
  const res = await request(system.gateway.app)
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('accept', accept)
    .set('authorization', `Bearer ${token}`)
    .send(body);
  const parsed = JSON.parse(res.text) as { errors?: Answer['errors']; data?: unknown };
  return {
    status: res.status,
    contentType: String(res.headers['content-type']),
    errors: parsed.errors ?? [],
    data: parsed.data,
  };
}

/** The distinct codes of an answer's errors (two anonymous operations give one error each). */
const codes = (a: Answer) => [...new Set(a.errors.map((e) => e.extensions?.code))];

describe('GraphQL over HTTP', () => {
  it('passes the graphql-http server audits against the gateway with no error and no warning', async () => {
    // A real client signs in and, for GET, sends a preflight header (CSRF prevention is on).
    const signedFetch = (input: string | URL | Request, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${token}`);
      headers.set('apollo-require-preflight', 'true');
      return fetch(input, { ...init, headers });
    };
    const results = await auditServer({ url: system.gateway.url, fetchFn: signedFetch });
    const describe = (r: (typeof results)[number]) =>
      `${r.id} ${r.name}${'reason' in r ? `: ${r.reason}` : ''}`;
    const errors = results.filter((r) => r.status === 'error').map(describe);
    const warnings = results.filter((r) => r.status === 'warn').map(describe);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(20);
  });

  describe('a request the gateway cannot run answers 400 (graphql-response+json) or 200 (application/json only)', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['a syntax error', { query: '{' }, 'GRAPHQL_PARSE_FAILED'],
      ['an unknown field', { query: '{ complaintz }' }, 'GRAPHQL_VALIDATION_FAILED'],
      ['two anonymous operations', { query: '{ __typename } { __typename }' }, 'GRAPHQL_VALIDATION_FAILED'],
      [
        'two named operations and no operationName',
        { query: 'query A { __typename } query B { __typename }' },
        'OPERATION_RESOLUTION_FAILURE',
      ],
      [
        'an unknown operationName',
        { query: 'query A { __typename }', operationName: 'Nope' },
        'OPERATION_RESOLUTION_FAILURE',
      ],
      [
        'a subscription (the graph has none)',
        { query: 'subscription { __typename }' },
        'GRAPHQL_VALIDATION_FAILED',
      ],
      [
        'a variable of the wrong type',
        { query: 'query($n: Int) { complaints(first: $n) { totalCount } }', variables: { n: 'x' } },
        'BAD_USER_INPUT',
      ],
    ];

    it.each(cases)('%s', async (_name, body, code) => {
      const strict = await post(body);
      expect({ status: strict.status, codes: codes(strict) }).toEqual({ status: 400, codes: [code] });
      expect(strict.contentType).toMatch(/^application\/graphql-response\+json/);
      expect(strict.data).toBeUndefined();

      const legacy = await post(body, 'application/json');
      expect({ status: legacy.status, codes: codes(legacy) }).toEqual({ status: 200, codes: [code] });
      expect(legacy.contentType).toMatch(/^application\/json/);
    });

    it('names the operation it could not find, and the operation type the graph lacks', async () => {
      expect(
        (await post({ query: 'query A { __typename }', operationName: 'Nope' })).errors[0]?.message,
      ).toBe('Unknown operation named "Nope".');
      expect((await post({ query: 'subscription { __typename }' })).errors[0]?.message).toMatch(
        /no subscription root type/,
      );
    });
  });

  describe('every query limit answers 400 with LIMIT_EXCEEDED, the limit it hit, and a message naming it', () => {
    const nest = (levels: number) =>
      `{ complaints { edges { node { ${'customer { complaints { edges { node { '.repeat(levels)}number${' } } } }'.repeat(levels)} } } } }`;
    const cases: [string, string, RegExp][] = [
      ['depth', nest(3), /^Query depth limit of 12 exceeded/],
      [
        'cost',
        `{ ${Array.from({ length: 25 }, (_, i) => `c${i}: complaints(first: 100) { edges { node { number description receivedAt status } } }`).join(' ')} }`,
        /^Query Cost limit of 20000 exceeded/,
      ],
      [
        'aliases',
        `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
        /^Aliases limit of 30 exceeded/,
      ],
      ['directives', `{ ${'__typename @skip(if: false) '.repeat(51)} }`, /^Directives limit of 50 exceeded/],
      ['tokens', `{ ${'__typename '.repeat(5_001)} }`, /^Token limit of 5000 exceeded/],
      // graphql-js gives up comparing 1,000 same-named fields: a size limit too, not a mistake in the query.
      ['complexity', `{ ${'__typename '.repeat(1_000)} }`, /^Query complexity limit exceeded/],
    ];

    it.each(cases)('%s', async (limit, query, message) => {
      const answer = await post({ query });
      expect(answer.status).toBe(400);
      expect(answer.contentType).toMatch(/^application\/graphql-response\+json/);
      expect(answer.errors.map((e) => e.extensions)).toEqual([{ code: 'LIMIT_EXCEEDED', limit }]);
      expect(answer.errors[0]?.message).toMatch(message);
      expect(answer.errors[0]?.message).not.toMatch(/Syntax Error/);
    });
  });

  it("sends errors without the subgraph's name or a stack trace (a subgraph's FORBIDDEN, a gateway parse error)", async () => {
    const forbidden = await post({ query: 'mutation { registerCustomer(input: { name: "X" }) { id } }' });
    expect(forbidden.status).toBe(200);
    expect(forbidden.errors.map((e) => e.extensions)).toEqual([{ code: 'FORBIDDEN' }]);
    const parse = await post({ query: '{' });
    expect(parse.errors.map((e) => e.extensions)).toEqual([{ code: 'GRAPHQL_PARSE_FAILED' }]);
  });
});

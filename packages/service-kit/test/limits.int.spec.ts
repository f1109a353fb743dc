import {
  createTestSchema,
  deleteTestStreams,
  errorCodes,
  gql,
  testToken,
  type TestSchema,
} from '@care/testing';
import { QUERY_LIMIT_DEFAULTS } from '../src/limits';
import { startKitSubgraph, type KitSubgraph } from './kit-subgraph';

/**
 * A subgraph reached directly, behind the gateway's back, applies the gateway's query limits: each
 * refusal is HTTP 400 with LIMIT_EXCEEDED before any resolver runs. The fetches the gateway's query
 * planner sends (entity fetches of a 100-item page) stay within them.
 */
let db: TestSchema;
let kit: KitSubgraph;
let token: string;

beforeAll(async () => {
  db = await createTestSchema('kit_limits');
  kit = await startKitSubgraph(db);
  token = await testToken({ roles: ['cs_manager'] });
});

afterAll(async () => {
  await kit?.close();
  await deleteTestStreams(db.namespace);
  await db?.drop();
});

beforeEach(() => {
  Object.assign(kit.calls, { ping: 0, node: 0, customers: 0, entities: 0 });
});

const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

function expectLimit(result: Awaited<ReturnType<typeof gql>>, limit: string, message: RegExp) {
  expect(result.status).toBe(400);
  expect(result.data ?? null).toBeNull();
  expect(errorCodes(result)).toEqual(['LIMIT_EXCEEDED']);
  expect(result.errors?.[0]?.extensions?.limit).toBe(limit);
  expect(result.errors?.[0]?.message).toMatch(message);
  expect(result.errors?.[0]?.message).not.toMatch(/Syntax Error/);
}

describe('the query limits of a subgraph reached directly', () => {
  it('refuses a 300-alias query before running anything', async () => {
    const result = await gql(kit.app, aliases(300, 'ping'), {}, { token });
    expectLimit(result, 'aliases', /^Aliases limit of 30 exceeded, found 300\.$/);
    expect(kit.calls.ping).toBe(0);
  });

  it('counts __typename aliases too', async () => {
    const result = await gql(kit.app, aliases(31, '__typename'), {}, { token });
    expectLimit(result, 'aliases', /Aliases limit of 30 exceeded, found 31/);
  });

  it('answers a query within the alias limit', async () => {
    const result = await gql<Record<string, boolean>>(kit.app, aliases(30, 'ping'), {}, { token });
    expect(result.errors).toBeUndefined();
    expect(Object.keys(result.data ?? {})).toHaveLength(30);
    expect(kit.calls.ping).toBe(30);
  });

  it('refuses a query deeper than the limit', async () => {
    const deep = (levels: number) => `{ node { ${'child { '.repeat(levels)}value${' }'.repeat(levels)} } }`;
    expectLimit(await gql(kit.app, deep(12), {}, { token }), 'depth', /depth limit of 12 exceeded/);
    expect(kit.calls.node).toBe(0);
    const within = await gql(kit.app, deep(10), {}, { token });
    expect(within.errors).toBeUndefined();
  });

  it('refuses a query costlier than the limit', async () => {
    const result = await gql(kit.app, `{ customers(first: 10000) { id name tier } }`, {}, { token });
    expectLimit(result, 'cost', /^Query Cost limit of 20000 exceeded/);
    expect(kit.calls.customers).toBe(0);
  });

  it('refuses a query with too many directives', async () => {
    const result = await gql(kit.app, `{ ${'... @include(if: true) { ping } '.repeat(51)}}`, {}, { token });
    expectLimit(result, 'directives', /Directives limit of 50 exceeded/);
  });

  it('refuses a document with too many tokens with 400, not 500', async () => {
    const result = await gql(kit.app, `{ ${'ping '.repeat(QUERY_LIMIT_DEFAULTS.maxTokens)}}`, {}, { token });
    expectLimit(result, 'tokens', /^Token limit of 5000 exceeded\.$/);
    expect(kit.calls.ping).toBe(0);
  });
});

describe('entity fetches from the gateway', () => {
  const entitiesQuery = `query($representations: [_Any!]!) {
    _entities(representations: $representations) { __typename ... on Customer { name tier } }
  }`;
  const idOf = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  const representations = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ __typename: 'Customer', id: idOf(i) }));
  /** One `_entities` fetch of n customers, as the gateway sends it (to the kit subgraph unless told). */
  const fetchEntities = (n: number, app = kit.app) =>
    gql<{ _entities: { name: string; tier: string }[] }>(
      app,
      entitiesQuery,
      { representations: representations(n) },
      { token },
    );

  it('answers one _entities fetch for a 100-item page with customer { name tier }', async () => {
    const result = await fetchEntities(100);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toHaveLength(100);
    expect(result.data?._entities[99]).toEqual({
      __typename: 'Customer',
      name: `Customer ${idOf(99)}`,
      tier: 'GOLD',
    });
  });

  it('answers a planner-shaped root fetch with keys, __typename and a few aliases', async () => {
    const result = await gql(
      kit.app,
      `query Plan__kit__0 { customers(first: 100) { __typename id name tier } p0: ping p1: ping }`,
      {},
      { token },
    );
    expect(result.errors).toBeUndefined();
  });

  it(`answers exactly ${QUERY_LIMIT_DEFAULTS.maxRepresentations} representations in one call (a gateway fetch for a large page)`, async () => {
    const result = await fetchEntities(QUERY_LIMIT_DEFAULTS.maxRepresentations);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toHaveLength(QUERY_LIMIT_DEFAULTS.maxRepresentations);
  });

  it(`refuses more than ${QUERY_LIMIT_DEFAULTS.maxRepresentations} representations in one call, resolving none`, async () => {
    const result = await fetchEntities(QUERY_LIMIT_DEFAULTS.maxRepresentations + 1);
    expect(errorCodes(result)).toEqual(['LIMIT_EXCEEDED']);
    expect(result.errors?.[0]?.message).toBe('Representations limit of 1000 exceeded, found 1001.');
    expect(result.errors?.[0]?.extensions?.limit).toBe('representations');
    expect(kit.calls.entities).toBe(0);
  });

  it('applies a configured representations limit up to its bound', async () => {
    const small = await startKitSubgraph(db, {}, { maxRepresentations: 20 });
    try {
      const over = await fetchEntities(21, small.app);
      expect(errorCodes(over)).toEqual(['LIMIT_EXCEEDED']);
      expect(small.calls.entities).toBe(0);
      const at = await fetchEntities(20, small.app);
      expect(at.errors).toBeUndefined();
      expect(at.data?._entities).toHaveLength(20);
    } finally {
      await small.close();
    }
  });
});

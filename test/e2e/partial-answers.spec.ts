import { dataOf, expectEventually, gql, testToken, type GqlResult } from '@care/testing';
import { startSystem, type System } from './harness';

/** customers-and-loyalty goes down (the gateway's connection to it is cut) and comes back. */
let system: System;
let token: string;
let numbers: string[];

const LOYALTY = 'customers-and-loyalty';

beforeAll(async () => {
  system = await startSystem({ proxied: [LOYALTY] });
  token = await testToken({ roles: ['cs_specialist'] });
  numbers = [];
  for (const name of ['Zhang Wei', 'Li Na']) {
    const customer = dataOf(
      await gql<{ registerCustomer: { id: string } }>(
        system.gateway.app,
        `mutation($name: String!) { registerCustomer(input: { name: $name, region: "CN-ZJ" }) { id } }`,
        { name },
        { token },
      ),
    ).registerCustomer;
    // The complaints service learns of the new customer from loyalty's event.
    const filed = await expectEventually(
      async () =>
        dataOf(
          await gql<{ fileComplaint: { number: string } }>(
            system.gateway.app,
            `mutation($c: UUID!) { fileComplaint(input: { customerId: $c, channel: WEB_CHAT, description: "Late parcel" }) { number } }`,
            { c: customer.id },
            { token },
          ),
        ).fileComplaint,
    );
    numbers.push(filed.number);
  }
});

afterEach(() => system?.proxies[LOYALTY]?.restore());

afterAll(async () => {
  await system?.stop();
});

const query = (q: string) => gql(system.gateway.app, q, {}, { token });

function unavailableErrors(result: GqlResult<unknown>) {
  return (result.errors ?? []).map((e) => ({ code: e.extensions?.code, path: e.path }));
}

describe('one subgraph down: partial answers', () => {
  const joined = `{ complaints(orderBy: { field: RECEIVED_AT, direction: ASC }) { edges { node { number customer { name tier } } } } }`;

  it("answers the complaints with customer: null and an UNAVAILABLE error at each customer's path, then recovers", async () => {
    system.proxies[LOYALTY]!.cut();
    const down = await query(joined);
    expect(down.status).toBe(200);
    expect(down.data).toEqual({
      complaints: { edges: numbers.map((number) => ({ node: { number, customer: null } })) },
    });
    expect(unavailableErrors(down)).toEqual([
      { code: 'UNAVAILABLE', path: ['complaints', 'edges', 0, 'node', 'customer'] },
      { code: 'UNAVAILABLE', path: ['complaints', 'edges', 1, 'node', 'customer'] },
    ]);
    expect(down.errors?.[0]?.message).toMatch(/customers-and-loyalty.*unavailable/);
    // Nothing about the server: no subgraph name in extensions, no stack trace.
    expect(Object.keys(down.errors?.[0]?.extensions ?? {})).toEqual(['code']);

    system.proxies[LOYALTY]!.restore();
    const back = await query(joined);
    expect(back.errors).toBeUndefined();
    expect(back.data).toEqual({
      complaints: {
        edges: numbers.map((number, i) => ({
          node: { number, customer: { name: ['Zhang Wei', 'Li Na'][i], tier: 'MEMBER' } },
        })),
      },
    });
  });

  it("answers the healthy subgraph's root fields and null for the missing one's, with UNAVAILABLE at its path", async () => {
    system.proxies[LOYALTY]!.cut();
    const down = await query(`{ complaints { totalCount } customers { totalCount } }`);
    expect(down.status).toBe(200);
    expect(down.data).toEqual({ complaints: { totalCount: 2 }, customers: null });
    expect(unavailableErrors(down)).toEqual([{ code: 'UNAVAILABLE', path: ['customers'] }]);

    system.proxies[LOYALTY]!.restore();
    const back = await query(`{ complaints { totalCount } customers { totalCount } }`);
    expect(back.errors).toBeUndefined();
    expect(back.data).toEqual({ complaints: { totalCount: 2 }, customers: { totalCount: 2 } });
  });

  it('answers an aliased root field of the missing subgraph with null at its alias', async () => {
    const first = dataOf(
      await gql<{ customers: { edges: { node: { id: string } }[] } }>(
        system.gateway.app,
        `{ customers(first: 1) { edges { node { id } } } }`,
        {},
        { token },
      ),
    ).customers.edges[0]!.node.id;
    system.proxies[LOYALTY]!.cut();
    const down = await gql(
      system.gateway.app,
      `query($id: ID!) { who: customer(id: $id) { name } mine: complaints { totalCount } }`,
      { id: first },
      { token },
    );
    expect(down.data).toEqual({ who: null, mine: { totalCount: 2 } });
    expect(unavailableErrors(down)).toEqual([{ code: 'UNAVAILABLE', path: ['who'] }]);
  });
});

import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createLogger, parseConfig } from '@care/service-kit';
import { TEST_JWT_SECRET, testToken } from '@care/testing';
import { parse } from 'graphql';
import request from 'supertest';
import { startGateway, type GatewayHandle } from '../src/app';
import { configSchema } from '../src/config';

/**
 * Two small subgraphs of their own (no database needed) for the failures the real ones do not show on
 * purpose: a subgraph that answers null for an entity it was asked for, one that answers HTTP 503.
 */
const things = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { thing: Thing!  maybe: Thing }
  type Thing @key(fields: "id") { id: ID! }
`);
const names = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Thing @key(fields: "id") { id: ID! name: String! }
`);

const stops: (() => Promise<unknown>)[] = [];

async function serve(typeDefs: typeof things, resolvers: Record<string, unknown>): Promise<string> {
  const server = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs, resolvers: resolvers as never }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  stops.push(() => server.stop());
  return url;
}

async function unavailableServer(): Promise<string> {
  const server = http.createServer((_req, res) => res.writeHead(503).end('Service Unavailable'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stops.push(() => new Promise((resolve) => server.close(resolve)));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

/** A subgraph that takes the request and never answers. */
async function hangingServer(): Promise<string> {
  const held: http.ServerResponse[] = [];
  const server = http.createServer((_req, res) => held.push(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stops.push(
    () =>
      new Promise((resolve) => {
        for (const res of held) res.destroy();
        server.close(resolve);
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

async function gatewayOver(
  urls: { things: string; names: string },
  env: Record<string, string> = {},
): Promise<GatewayHandle> {
  const composed = composeServices([
    { name: 'things', url: urls.things, typeDefs: things },
    { name: 'names', url: urls.names, typeDefs: names },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  const gateway = await startGateway(
    parseConfig(configSchema, {
      PORT: '0',
      JWT_SECRET: TEST_JWT_SECRET,
      NODE_ENV: 'development',
      LOG_LEVEL: 'silent',
      ...env,
    }),
    createLogger('gateway-test', 'silent'),
    { supergraphSdl: composed.supergraphSdl },
  );
  stops.push(gateway.close);
  return gateway;
}

let thingsUrl: string;
let token: string;

beforeAll(async () => {
  thingsUrl = await serve(things, { Query: { thing: () => ({ id: '1' }), maybe: () => ({ id: '2' }) } });
  token = await testToken({ roles: ['analyst'] });
});

afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
});

const query = (gateway: GatewayHandle, q: string) =>
  request(gateway.app)
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('accept', 'application/graphql-response+json')
    .set('authorization', `Bearer ${token}`)
    .send({ query: q });

describe('a subgraph failing the gateway', () => {
  it('never leaves data: null without an error: a null for a non-null field is reported at its path', async () => {
    const namesUrl = await serve(names, { Thing: { __resolveReference: () => null } });
    const gateway = await gatewayOver({ things: thingsUrl, names: namesUrl });
    const res = await query(gateway, '{ thing { id name } }');
    expect(res.status).toBe(200);
    expect(res.body.data).toBeNull();
    expect(res.body.errors).toEqual([
      {
        message: 'Internal server error',
        path: ['thing', 'name'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(res.body.extensions).toBeUndefined();
  });

  it.each([
    [
      'answers UNAVAILABLE at the path of the fields a subgraph answering 503 should have filled',
      unavailableServer,
      {},
    ],
    [
      'answers UNAVAILABLE at the path of a subgraph that does not answer within SUBGRAPH_TIMEOUT_MS',
      hangingServer,
      { SUBGRAPH_TIMEOUT_MS: '300' },
    ],
  ])('%s', async (_title, namesServer, env: Record<string, string>) => {
    const gateway = await gatewayOver({ things: thingsUrl, names: await namesServer() }, env);
    const res = await query(gateway, '{ maybe { id name } }');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: { maybe: null },
      errors: [
        {
          message: 'The names service is unavailable; try again later.',
          path: ['maybe'],
          extensions: { code: 'UNAVAILABLE' },
        },
      ],
    });
  });
});

describe('the connections the gateway keeps to a subgraph', () => {
  /** A names subgraph that counts the sockets it is reached through and answers after `delayMs`. */
  async function countingNames(delayMs: number) {
    const seen = { sockets: 0, open: 0, mostOpen: 0 };
    const server = new ApolloServer({
      schema: buildSubgraphSchema({
        typeDefs: names,
        resolvers: {
          Thing: {
            __resolveReference: async (ref: { id: string }) => {
              await new Promise((resolve) => setTimeout(resolve, delayMs));
              return { id: ref.id, name: `thing ${ref.id}` };
            },
          },
        } as never,
      }),
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    });
    const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
    stops.push(() => server.stop());
    // The standalone server's http.Server is not exposed: count connections at the TCP level instead.
    const { port } = new URL(url);
    const proxy = net.createServer((client) => {
      seen.sockets += 1;
      seen.open += 1;
      seen.mostOpen = Math.max(seen.mostOpen, seen.open);
      const upstream = net.connect(Number(port), '127.0.0.1');
      client.pipe(upstream).pipe(client);
      const end = () => {
        upstream.destroy();
        client.destroy();
      };
      client.once('close', () => {
        seen.open -= 1;
        end();
      });
      upstream.once('close', end);
      client.on('error', end);
      upstream.on('error', end);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    stops.push(() => new Promise((resolve) => proxy.close(resolve)));
    return { url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`, seen };
  }

  it('keeps at most SUBGRAPH_MAX_SOCKETS sockets open to a subgraph and reuses them (keep-alive)', async () => {
    const { url, seen } = await countingNames(40);
    const gateway = await gatewayOver({ things: thingsUrl, names: url }, { SUBGRAPH_MAX_SOCKETS: '2' });
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => query(gateway, '{ thing { id name } }')),
    );
    for (const res of answers) expect(res.body).toEqual({ data: { thing: { id: '1', name: 'thing 1' } } });
    expect(seen.mostOpen).toBeLessThanOrEqual(2);
    expect(seen.sockets).toBeLessThanOrEqual(2);
  });
});

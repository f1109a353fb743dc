/**
 * The reference subgraph: what the complaints subgraph's measured reads cost with nothing but the
 * libraries underneath. Apollo Server 5 on express 5 with a `pg` Pool, a minimal Federation 2 schema,
 * the same SQL (sql.ts) and the same bearer check (jose's HS256 verify with the same claims required):
 * the real path verifies a token on every request, so the reference does too. Left out on purpose,
 * because they are what the ratio to this reference measures: TypeORM's entity mapping, the domain
 * mapping and access rules, request logging, metrics, security headers, argument validation, query
 * limits and the services' error formatting.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import express from 'express';
import { Kind, parse, type GraphQLResolveInfo } from 'graphql';
import { jwtVerify } from 'jose';
import { Pool } from 'pg';
import { COUNT, PAGE_IDS, rowsByIds } from './sql';

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  type Complaint @key(fields: "id") {
    id: ID!
    number: String!
    status: String!
    urgency: String!
    receivedAt: String!
  }
  type ComplaintEdge {
    node: Complaint!
  }
  type ComplaintConnection {
    edges: [ComplaintEdge!]!
    totalCount: Int!
  }
  type Query {
    complaints(first: Int = 20): ComplaintConnection
    complaint(id: ID!): Complaint
  }
`);

interface Row {
  id: string;
  number: string;
  status: string;
  urgency: string;
  receivedAt: Date;
}

interface Context {
  /** The complaints of one request by id, fetched in one statement per tick (as a DataLoader would). */
  load: (id: string) => Promise<Row | null>;
}

export interface ReferenceSettings {
  databaseUrl: string;
  schema: string;
  jwtSecret: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function rowOf(raw: Record<string, unknown>): Row {
  return {
    id: raw.id as string,
    number: raw.number as string,
    status: raw.status as string,
    urgency: raw.urgency as string,
    receivedAt: raw.receivedAt as Date,
  };
}

async function rowsByIdsOf(pool: Pool, ids: string[], documents: boolean): Promise<Row[]> {
  if (ids.length === 0) return [];
  const { rows } = await pool.query(rowsByIds(documents), [ids]);
  return rows.map(rowOf);
}

/** Gathers the ids asked for in one tick and fetches them with one statement. */
function batchLoader(pool: Pool): Context['load'] {
  let pending: Map<string, ((row: Row | null) => void)[]> | undefined;
  return (id) =>
    new Promise((resolve, reject) => {
      if (!pending) {
        const batch = (pending = new Map());
        process.nextTick(() => {
          pending = undefined;
          rowsByIdsOf(
            pool,
            [...batch.keys()].filter((k) => UUID.test(k)),
            true,
          ).then((rows) => {
            const byId = new Map(rows.map((r) => [r.id, r]));
            for (const [key, waiters] of batch) for (const w of waiters) w(byId.get(key) ?? null);
          }, reject);
        });
      }
      pending.set(id, [...(pending.get(id) ?? []), resolve]);
    });
}

export interface RunningReference {
  url: string;
  port: number;
  close: () => Promise<void>;
}

const selectsTotalCount = (info: GraphQLResolveInfo): boolean =>
  info.fieldNodes.some((node) =>
    node.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'totalCount'),
  );

export async function startReference(
  settings: ReferenceSettings,
  port: number,
  host = '127.0.0.1',
): Promise<RunningReference> {
  const pool = new Pool({
    connectionString: settings.databaseUrl,
    options: `-c search_path=${settings.schema}`,
    max: 10,
  });
  const key = new TextEncoder().encode(settings.jwtSecret);
  const resolvers = {
    Query: {
      complaints: async (
        _: unknown,
        { first }: { first: number },
        _ctx: Context,
        info: GraphQLResolveInfo,
      ) => {
        const ids = (await pool.query<{ id: string }>(PAGE_IDS, [first + 1])).rows;
        // Counted only when asked for, as the complaints subgraph does.
        const count = selectsTotalCount(info) ? (await pool.query<{ n: number }>(COUNT)).rows[0]!.n : null;
        // The fields it shows need no document, so the rows are read without them, as the subgraph does.
        const found = await rowsByIdsOf(
          pool,
          ids.map((r) => r.id),
          false,
        );
        const byId = new Map(found.map((r) => [r.id, r]));
        const rows = ids.map((r) => byId.get(r.id)).filter((r): r is Row => Boolean(r));
        return { edges: rows.slice(0, first).map((node) => ({ node })), totalCount: count };
      },
      complaint: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.load(id),
    },
    Complaint: {
      __resolveReference: (ref: { id: string }, ctx: Context) => ctx.load(ref.id),
      receivedAt: (row: Row) => row.receivedAt.toISOString(),
    },
  };
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: buildSubgraphSchema({ typeDefs, resolvers: resolvers as never }),
  });
  await apollo.start();
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    await pool.query('SELECT 1');
    res.json({ status: 'ready' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const token = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
        if (!token) throw new Error('An access token is required');
        await jwtVerify(token, key, {
          issuer: 'care-graph',
          audience: 'care-graph',
          algorithms: ['HS256'],
          requiredClaims: ['exp', 'iat', 'sub'],
        });
        return { load: batchLoader(pool) };
      },
    }),
  );
  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  const address = httpServer.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/graphql`,
    port: address.port,
    close: async () => {
      await apollo.stop();
      httpServer.close();
      await pool.end();
    },
  };
}

import { messagingMigrations } from '@care/messaging';
import { testServiceEnv, type TestSchema } from '@care/testing';
import { parse } from 'graphql';
import { parseConfig, subgraphConfig } from '../src/config';
import type { QueryLimitOptions } from '../src/limits';
import { createLogger } from '../src/logger';
import { startSubgraph, type SubgraphHandle } from '../src/subgraph';

/** A small Federation 2 subgraph: an entity, a recursive type for depth, a list for cost, a failing field. */
export const KIT_TYPE_DEFS = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Query {
    ping: Boolean
    node: Node
    customers(first: Int = 20): [Customer!]!
    broken: Boolean
  }

  type Node {
    value: Int
    child: Node
  }

  type Customer @key(fields: "id") {
    id: ID!
    name: String!
    tier: String!
  }
`);

export interface KitSubgraph extends SubgraphHandle {
  /** How often a resolver ran (ping, node, customers, resolved entities). */
  calls: { ping: number; node: number; customers: number; entities: number };
  /** Log lines the server wrote (JSON). */
  logs: string[];
}

/** Starts the kit subgraph on the test schema; `env` overrides the test environment (`HOST: ''` unsets). */
export async function startKitSubgraph(
  db: TestSchema,
  env: Record<string, string> = {},
  limits?: QueryLimitOptions,
): Promise<KitSubgraph> {
  const calls = { ping: 0, node: 0, customers: 0, entities: 0 };
  const logs: string[] = [];
  const customer = (id: string) => ({ id, name: `Customer ${id}`, tier: 'GOLD' });
  const config = parseConfig(subgraphConfig({ port: 0, schema: 'kit' }), testServiceEnv(db, env));
  const handle = await startSubgraph(
    {
      name: 'kit-test',
      typeDefs: KIT_TYPE_DEFS,
      resolvers: {
        Query: {
          ping: () => {
            calls.ping += 1;
            return true;
          },
          node: () => {
            calls.node += 1;
            return { value: 1 };
          },
          customers: (_: unknown, args: { first: number }) => {
            calls.customers += 1;
            return Array.from({ length: args.first }, (_v, i) => customer(String(i)));
          },
          broken: () => {
            throw new Error('the disk is on fire');
          },
        },
        Node: { child: (node: { value: number }) => ({ value: node.value + 1 }) },
        Customer: {
          __resolveReference: (ref: { id: string }) => {
            calls.entities += 1;
            return customer(ref.id);
          },
        },
      },
      entities: [],
      migrations: messagingMigrations,
      dependencies: () => ({}),
      extendContext: (base) => base,
      limits,
    },
    config,
    createLogger('kit-test', 'info', { write: (line: string) => void logs.push(line) }),
  );
  return Object.assign(handle, { calls, logs });
}

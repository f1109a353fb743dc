import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isObjectType,
  isCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { dataOf, expectEventually, gql, testToken, type GqlResult } from '@care/testing';
import { IdPool, valueOf } from './fuzz/arbitraries';
import { startSystem, type System } from './harness';

/**
 * Every mutation, and every query that takes arguments, fed a few thousand generated inputs (seeded,
 * so a failure is reproducible with the printed seed), through the gateway and straight to the owning
 * subgraph. Whatever the input, the answer is a coded client error or data: never HTTP 500, never a
 * masked INTERNAL_SERVER_ERROR. Afterwards the books still balance.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const RUNS = Number(process.env.FUZZ_RUNS ?? 50);

let system: System;
let token: string;
const ids = new IdPool();
/** Subgraph name -> its own schema (as the gateway's query planner sees it, from introspection). */
const subgraphSchemas: Record<string, GraphQLSchema> = {};
let gatewaySchema: GraphQLSchema;

async function introspect(target: System['gateway']['app'] | string): Promise<GraphQLSchema> {
  const result = await gql<IntrospectionQuery>(target, getIntrospectionQuery(), {}, { token });
  return buildClientSchema(dataOf(result));
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!isCompositeType(type)) return '';
  return isObjectType(type) && type.getFields().id ? '{ __typename id }' : '{ __typename }';
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  if (!field.args.length) return `${kind} Fuzz { ${field.name} ${selectionFor(field)} }`;
  return `${kind} Fuzz(${vars}) { ${field.name}(${args}) ${selectionFor(field)} }`;
}

function collectIds(value: unknown): void {
  if (Array.isArray(value)) value.forEach(collectIds);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id') ids.add(v);
      else collectIds(v);
    }
  }
}

/** What must never be seen, whatever the input. */
function failureOf(result: GqlResult): string | undefined {
  if (result.status >= 500) return `HTTP ${result.status}`;
  for (const error of result.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string') return `an error without a code: ${error.message}`;
    if (code === 'INTERNAL_SERVER_ERROR') return `INTERNAL_SERVER_ERROR: ${error.message}`;
  }
  return undefined;
}

const brief = (value: unknown) => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 600 ? `${text.slice(0, 600)}... (${text.length} characters)` : text;
};

beforeAll(async () => {
  system = await startSystem({ gatewayEnv: { RATE_LIMIT_PER_MINUTE: '0' } });
  token = await testToken({ sub: 'fuzz-admin', roles: ['admin'], department: 'CUSTOMER_SERVICE' });
  gatewaySchema = await introspect(system.gateway.app);
  for (const [name, subgraph] of Object.entries(system.subgraphs)) {
    subgraphSchemas[name] = await introspect(subgraph.app);
  }
  // Real things to point at, so that fuzzed ids also reach the rules behind a NOT_FOUND.
  for (const name of ['Wang Li', 'Chen Jie', 'Zhao Min']) {
    const registered = await gql<{ registerCustomer: { id: string } }>(
      system.gateway.app,
      'mutation($i: RegisterCustomerInput!) { registerCustomer(input: $i) { id } }',
      { i: { name, region: 'CN-GD' } },
      { token },
    );
    ids.add(dataOf(registered).registerCustomer.id);
  }
  const customerId = ids.pick(0);
  await expectEventually(async () => {
    const filed = await gql<{ fileComplaint: { id: string } }>(
      system.gateway.app,
      'mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }',
      { i: { customerId, channel: 'PHONE', description: 'The fabric arrived torn' } },
      { token },
    );
    ids.add(dataOf(filed).fileComplaint.id);
  });
  const submitted = await gql<{ submitApprovalRequest: { id: string } }>(
    system.gateway.app,
    'mutation($i: SubmitApprovalRequestInput!) { submitApprovalRequest(input: $i) { id } }',
    { i: { type: 'EXPENSE', title: 'Samples for the autumn fair', amount: '3000.00' } },
    { token },
  );
  ids.add(dataOf(submitted).submitApprovalRequest.id);
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

/** Root fields that take input, by the subgraph that owns them. */
function targets(): {
  subgraph: string;
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}[] {
  const found: ReturnType<typeof targets> = [];
  for (const [subgraph, schema] of Object.entries(subgraphSchemas)) {
    for (const kind of ['mutation', 'query'] as const) {
      const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
      for (const field of Object.values(root?.getFields() ?? {})) {
        if (field.name.startsWith('_') || (kind === 'query' && field.args.length === 0)) continue;
        found.push({ subgraph, kind, field });
      }
    }
  }
  return found;
}

describe('fuzzed input (seeded)', () => {
  it('reaches every mutation and every query with arguments of every subgraph', () => {
    const all = targets();
    const mutations = Object.values(gatewaySchema.getMutationType()?.getFields() ?? {});
    expect(
      all
        .filter((t) => t.kind === 'mutation')
        .map((t) => t.field.name)
        .sort(),
    ).toEqual(mutations.map((m) => m.name).sort());
    expect(all.length).toBeGreaterThan(50);
  });

  it('never answers HTTP 500 or INTERNAL_SERVER_ERROR, through the gateway or straight to a subgraph', async () => {
    const failures: string[] = [];
    let cases = 0;
    for (const { subgraph, kind, field } of targets()) {
      const operation = operationFor(kind, field);
      const gatewayField =
        (kind === 'query' ? gatewaySchema.getQueryType() : gatewaySchema.getMutationType())?.getFields()[
          field.name
        ] ?? field;
      const variables = fc.record(
        Object.fromEntries(gatewayField.args.map((a) => [a.name, valueOf(a.type, ids)])),
      ) as fc.Arbitrary<Record<string, unknown>>;
      await fc.assert(
        fc.asyncProperty(variables, fc.boolean(), async (vars, direct) => {
          cases += 1;
          const target = direct ? system.subgraphs[subgraph]!.app : system.gateway.app;
          const result = await gql(target, operation, vars, { token });
          collectIds(result.data);
          const failure = failureOf(result);
          if (failure) {
            failures.push(
              `${direct ? subgraph : 'gateway'} ${field.name}: ${failure}\n  variables: ${brief(vars)}`,
            );
          }
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
    }
    expect(failures).toEqual([]);
    expect(cases).toBe(targets().length * RUNS);
  }, 900_000);

  it('leaves the books balanced: wallet = ledger, complaint numbers gapless, no change without its event', async () => {
    const loyalty = system.schemas['customers-and-loyalty']!;
    const complaints = system.schemas.complaints!;
    const unbalanced = await loyalty.query(
      `SELECT w.customer_id, w.balance, w.locked,
         coalesce(sum(l.points) FILTER (WHERE l.status = 'POSTED'), 0)::int AS posted,
         coalesce(-sum(l.points) FILTER (WHERE l.status = 'PENDING'), 0)::int AS pending,
         coalesce(sum(l.remaining), 0)::int AS lots
       FROM "${loyalty.schema}".wallet w
       LEFT JOIN "${loyalty.schema}".ledger_entry l ON l.customer_id = w.customer_id
       GROUP BY w.customer_id, w.balance, w.locked
       HAVING w.balance <> coalesce(sum(l.points) FILTER (WHERE l.status = 'POSTED'), 0)
          OR w.locked <> coalesce(-sum(l.points) FILTER (WHERE l.status = 'PENDING'), 0)
          OR w.balance - w.locked <> coalesce(sum(l.remaining), 0)`,
    );
    expect(unbalanced).toEqual([]);
    const customersWithoutWallet = await loyalty.query(
      `SELECT c.id FROM "${loyalty.schema}".customer c
       LEFT JOIN "${loyalty.schema}".wallet w ON w.customer_id = c.id WHERE w.customer_id IS NULL`,
    );
    expect(customersWithoutWallet).toEqual([]);

    const numbering = await complaints.query<{ year: number; last: number; count: number; distinct: number }>(
      `SELECT c.year, c.last,
         (SELECT count(*)::int FROM "${complaints.schema}".complaint WHERE number LIKE 'CP-' || c.year || '-%') AS count,
         (SELECT count(DISTINCT number)::int FROM "${complaints.schema}".complaint WHERE number LIKE 'CP-' || c.year || '-%') AS distinct
       FROM "${complaints.schema}".complaint_number_counter c`,
    );
    expect(numbering.length).toBeGreaterThan(0);
    for (const row of numbering) expect([row.count, row.distinct]).toEqual([row.last, row.last]);
    const withoutEvent = await complaints.query(
      `SELECT c.id FROM "${complaints.schema}".complaint c WHERE NOT EXISTS (
         SELECT 1 FROM "${complaints.schema}".outbox o
         WHERE o.type LIKE '%.complaint.received.%' AND o.payload->>'subject' = c.id::text)`,
    );
    expect(withoutEvent).toEqual([]);
  });
});

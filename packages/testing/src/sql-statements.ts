import { Kind, type DocumentNode, type TypeNode } from 'graphql';
import { references } from './gql';

/**
 * Where a service's SQL statements can be watched: a TypeORM DataSource, whose logger is told of every
 * statement any of its query runners sends (whether or not it prints them).
 */
export interface StatementLog {
  logger: { logQuery(query: string, parameters?: unknown[], queryRunner?: unknown): unknown };
}

/** The statements the outbox relay and the consumers' inbox send on their own, beside any request. */
const BACKGROUND = /\b(outbox|inbox)\b/;

/**
 * What `read` answers, and the SQL statements the service sent meanwhile (the outbox relay's and the
 * inbox's own left out): how many, and their text. Run one read at a time: statements of anything else the
 * service does meanwhile are counted too.
 */
export async function sqlOf<T>(
  source: StatementLog,
  read: () => Promise<T>,
): Promise<{ answer: T; statements: number; sql: string[] }> {
  const logger = source.logger;
  const original = logger.logQuery;
  const sql: string[] = [];
  logger.logQuery = (query, parameters, runner) => {
    if (!BACKGROUND.test(query)) sql.push(query);
    return original.call(logger, query, parameters, runner);
  };
  try {
    const answer = await read();
    return { answer, statements: sql.length, sql };
  } finally {
    logger.logQuery = original;
  }
}

/** The sizes a list or a batch is read at to show that its statements do not grow with it. */
export const STATEMENT_SIZES = [1, 10, 100] as const;

/**
 * Reads `n` items for every size (`read` answers how many it got) and counts the statements of each read:
 * `{ items: [1, 10, 100], statements: [s, s, s] }` when the read costs the same whatever its length.
 */
export async function statementsPerSize(
  source: StatementLog,
  read: (n: number) => Promise<number>,
  sizes: readonly number[] = STATEMENT_SIZES,
): Promise<{ items: number[]; statements: number[] }> {
  const items: number[] = [];
  const statements: number[] = [];
  for (const n of sizes) {
    const counted = await sqlOf(source, () => read(n));
    items.push(counted.answer);
    statements.push(counted.statements);
  }
  return { items, statements };
}

const isList = (type: TypeNode): boolean =>
  type.kind === Kind.LIST_TYPE || (type.kind === Kind.NON_NULL_TYPE && isList(type.type));
const namedType = (type: TypeNode): string =>
  type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);

/**
 * What of a subgraph's SDL reads many items at once: every Query field that answers a list or a
 * connection (`Query.customers`), and every entity type (`@key`), whose references the gateway sends in
 * batches (`Customer`). Sorted.
 */
export function listsAndEntitiesOf(typeDefs: DocumentNode): string[] {
  const found = new Set<string>();
  for (const definition of typeDefs.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION)
      continue;
    const name = definition.name.value;
    if (definition.directives?.some((d) => d.name.value === 'key')) found.add(name);
    if (name !== 'Query') continue;
    for (const field of definition.fields ?? [])
      if (isList(field.type) || namedType(field.type).endsWith('Connection'))
        found.add(`Query.${field.name.value}`);
  }
  return [...found].sort();
}

/** One line of a service's table of statement counts. */
export interface StatementCase {
  /** What is read: `Query.<field>` for a root list, the type's name for a batch of its references (`_entities`). */
  name: string;
  /** The statements each read costs, whatever its length. */
  statements: number;
  /** Reads `n` items, with the nested lists a front end reads with them, and answers how many came back. */
  read: (n: number) => Promise<number>;
}

/** Runs a read of a statement case as the one who reads the lists: `(query, variables) => h.ok(query, variables, auditor)`. */
export type ReadAs = (query: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** The read of a case that resolves the first `n` of `ids` as references of `type`, as the gateway asks for them: how many it resolved. */
const entitiesRead =
  (run: ReadAs, type: string, ids: readonly string[], selection: string) =>
  async (n: number): Promise<number> => {
    const { _entities } = await run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { ${selection} } } }`,
      { r: references(type, ...ids.slice(0, n)) },
    );
    return (_entities as unknown[]).filter(Boolean).length;
  };

/** The read of a case that asks for `field(first: n)`, a connection (`args` follow `first`): how many edges it answered. */
const connectionRead =
  (run: ReadAs, field: string, selection: string, args = '') =>
  async (n: number): Promise<number> => {
    const data = await run(
      `query($n: Int) { ${field}(first: $n${args}) { totalCount edges { node { ${selection} } } } }`,
      { n },
    );
    return (data[field] as { edges: unknown[] }).edges.length;
  };

/** The read of a case that runs `query`, with the variables that make its list `field` `n` long: how long it is. */
const listRead =
  (run: ReadAs, field: string, query: string, variables: (n: number) => Record<string, unknown>) =>
  async (n: number): Promise<number> =>
    ((await run(query, variables(n)))[field] as unknown[]).length;

/** The reads of statement cases (entitiesRead, connectionRead, listRead), each run by `run`. */
export const readsAs = (run: ReadAs) => ({
  entities: (type: string, ids: readonly string[], selection: string) =>
    entitiesRead(run, type, ids, selection),
  connection: (field: string, selection: string, args?: string) =>
    connectionRead(run, field, selection, args),
  list: (field: string, query: string, variables: (n: number) => Record<string, unknown>) =>
    listRead(run, field, query, variables),
});

/**
 * The tests of a service's table of statement counts: every case reads 1, 10 and 100 items in the same,
 * given number of statements; and every list and entity of the schema (listsAndEntitiesOf) is in the
 * table or in `excluded`, with the reason it is not counted. Call it at the top of a test file.
 */
export function describeStatementCounts(options: {
  /** The service's DataSource, once the harness has started. */
  source: () => StatementLog;
  typeDefs: DocumentNode;
  cases: readonly StatementCase[];
  excluded?: Readonly<Record<string, string>>;
}): void {
  describe('SQL statements of a read of 1, 10 and 100 items', () => {
    it('counts every list and entity of the schema, or says why not', () => {
      const named = [...options.cases.map((c) => c.name), ...Object.keys(options.excluded ?? {})];
      expect([...new Set(named)].sort()).toEqual(listsAndEntitiesOf(options.typeDefs));
    });

    it.each(options.cases.map((c) => [c.name, c.statements, c] as const))(
      '%s: %d statements',
      async (_name, statements, c) => {
        expect(await statementsPerSize(options.source(), c.read)).toEqual({
          items: [...STATEMENT_SIZES],
          statements: STATEMENT_SIZES.map(() => statements),
        });
      },
    );
  });
}

/**
 * Copies the row `id` of `table` once per entry of `changes`, in one statement: each copy gets a new id
 * (`gen_random_uuid()`) and the column values its entry names (`{ customer_id: '...' }`). For seeding many
 * items at once; a copy passes none of the service's rules, so copy only what the test reads.
 */
export async function copyRow(
  sql: (text: string, params?: unknown[]) => Promise<unknown[]>,
  table: string,
  id: string,
  changes: readonly Record<string, unknown>[],
): Promise<void> {
  await sql(
    `INSERT INTO ${table}
     SELECT (jsonb_populate_record(NULL::${table}, to_jsonb(t) || jsonb_build_object('id', gen_random_uuid()) || c.changes)).*
       FROM ${table} t, unnest($2::jsonb[]) AS c(changes)
      WHERE t.id = $1`,
    [id, changes.map((c) => JSON.stringify(c))],
  );
}

import type { Actor } from '@care/service-kit';
import { devToken } from '../dev-token';

export class SeedError extends Error {
  constructor(
    message: string,
    /** The GraphQL error codes behind it, when the gateway answered with errors. */
    readonly codes: string[] = [],
  ) {
    super(message);
  }
}

interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; retryAfter?: number };
}

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

/** One field of a batched document: `alias: field(arg: $alias) { select }`. */
export interface BatchOp {
  field: string;
  /** The argument's GraphQL type, e.g. `RecordPurchaseInput!`. */
  type: string;
  value: unknown;
  select: string;
  /** The argument's name; `input` unless said. */
  arg?: string;
}

/** Aliases in one batched document: under the platform's limit of 30 (service-kit limits.ts). */
export const MAX_BATCH = 25;
/** How often a request refused by the gateway's rate limit (429) is tried again. */
const RATE_LIMIT_RETRIES = 20;

const describeErrors = (errors: GraphQLErrorShape[]) =>
  errors.map((e) => `${e.extensions?.code ?? 'ERROR'} ${e.message}`).join('; ');

/** GraphQL over HTTP through the gateway, as one member of staff or another (a token per actor). */
export class Client {
  private readonly tokens = new Map<string, Promise<string>>();
  /** Requests sent, for the summary. */
  requests = 0;

  constructor(
    private readonly url: string,
    private readonly secret: string,
  ) {}

  token(actor: Actor): Promise<string> {
    const key = `${actor.sub}|${actor.roles.join(',')}|${actor.department ?? ''}`;
    let token = this.tokens.get(key);
    if (!token) {
      // Signed in real time: the services check tokens against the real clock, whatever their demo clock.
      token = devToken(actor, this.secret, '2h');
      this.tokens.set(key, token);
    }
    return token;
  }

  /** The data, or a SeedError naming the operation and the error codes. */
  async call<T>(actor: Actor, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const body = await this.raw<T>(actor, query, variables);
    if (body.errors?.length) {
      const what = query.replace(/\s+/g, ' ').slice(0, 80);
      throw new SeedError(`${what}: ${describeErrors(body.errors)}`);
    }
    return body.data as T;
  }

  /**
   * Several fields in one document (mutation fields run one after the other, in order), so thousands
   * of records take a fraction of the requests. All or nothing for the caller: any error is a SeedError
   * (what ran before it stays done, and every seeded write is found again by a rerun).
   */
  async batch<T>(actor: Actor, operation: 'mutation' | 'query', ops: BatchOp[]): Promise<T[]> {
    if (ops.length === 0) return [];
    if (ops.length > MAX_BATCH) throw new SeedError(`a batch of ${ops.length} is over ${MAX_BATCH}`);
    const params = ops.map((op, i) => `$a${i}: ${op.type}`).join(', ');
    const fields = ops
      .map((op, i) => `a${i}: ${op.field}(${op.arg ?? 'input'}: $a${i}) { ${op.select} }`)
      .join(' ');
    const variables = Object.fromEntries(ops.map((op, i) => [`a${i}`, op.value]));
    const body = await this.raw<Record<string, T>>(actor, `${operation}(${params}) { ${fields} }`, variables);
    if (body.errors?.length || !body.data)
      throw new SeedError(
        `${ops[0]!.field} x${ops.length}: ${body.errors ? describeErrors(body.errors) : 'no data'}`,
        (body.errors ?? []).map((e) => e.extensions?.code ?? 'ERROR'),
      );
    return ops.map((_, i) => body.data![`a${i}`]!);
  }

  async raw<T>(
    actor: Actor,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLBody<T>> {
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        this.requests++;
        response = await fetch(this.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${await this.token(actor)}`,
          },
          body: JSON.stringify({ query, variables }),
        });
      } catch (error) {
        throw new SeedError(
          `cannot reach the gateway at ${this.url} (${error instanceof Error ? error.message : String(error)}): is \`pnpm start\` running?`,
        );
      }
      const text = await response.text();
      let body: GraphQLBody<T>;
      try {
        body = JSON.parse(text) as GraphQLBody<T>;
      } catch {
        throw new SeedError(`the gateway answered HTTP ${response.status}: ${text.slice(0, 200)}`);
      }
      // The gateway's per-caller rate limit refused it before anything ran: wait as told and send again.
      if (response.status === 429 && attempt < RATE_LIMIT_RETRIES) {
        const seconds =
          body.errors?.[0]?.extensions?.retryAfter ?? (Number(response.headers.get('retry-after')) || 1);
        await sleep(Math.min(seconds, 60) * 1000);
        continue;
      }
      return body;
    }
  }

  /** Every node of a paginated connection (`first: 100`); `path` picks the connection out of the data. */
  async all<N>(
    actor: Actor,
    query: string,
    variables: Record<string, unknown>,
    path: (data: Record<string, unknown>) => unknown,
  ): Promise<N[]> {
    const nodes: N[] = [];
    for (let after: string | null = null; ;) {
      const data = await this.call<Record<string, unknown>>(actor, query, { ...variables, after });
      const connection = path(data) as {
        edges: { node: N }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
      nodes.push(...connection.edges.map((e) => e.node));
      if (!connection.pageInfo.hasNextPage) return nodes;
      after = connection.pageInfo.endCursor;
    }
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` returns a value (not undefined) or the time is up; then fails saying what it waited for. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new SeedError(
        `timed out after ${timeoutMs / 1000} s waiting for ${what}: are the services' event consumers running (NATS)?`,
      );
    await sleep(100);
  }
}

/** `fn` over every item with at most `limit` running at once; results in the items' order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>) {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The items in chunks of at most `size`. */
export const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** Default requests in flight at once: enough to keep the services busy on a small machine. */
export const DEFAULT_CONCURRENCY = 4;

/** The same mutation for every input, as one actor, in batches of MAX_BATCH, `concurrency` at a time. */
export async function batchAll<T>(
  client: Client,
  actor: Actor,
  field: string,
  type: string,
  inputs: readonly unknown[],
  select = 'id',
  concurrency = DEFAULT_CONCURRENCY,
): Promise<T[]> {
  const results = await mapLimit(chunks(inputs, MAX_BATCH), concurrency, (chunk) =>
    client.batch<T>(
      actor,
      'mutation',
      chunk.map((value) => ({ field, type, value, select })),
    ),
  );
  return results.flat();
}

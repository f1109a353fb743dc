import { RemoteGraphQLDataSource } from '@apollo/gateway';
import {
  CORRELATION_ID_HEADER,
  injectTraceHeaders,
  REQUEST_ID_HEADER,
  type Actor,
  type Logger,
} from '@care/service-kit/stateless';
import { GraphQLError, Kind, parse, type GraphQLFormattedError, type SelectionSetNode } from 'graphql';
import { Agent, type Dispatcher } from 'undici';
import { pooledFetcher } from './pooled-fetch';

/** What the gateway knows about the caller of one request (see edge.ts and app.ts). */
export interface GatewayContext {
  token: string;
  actor: Actor;
  requestId: string;
  correlationId: string;
  /** The client takes `application/json` only: GraphQL request errors then answer 200 (see http-semantics.ts). */
  legacyJson: boolean;
}

type ProcessOptions = Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0];
/** A fetch the query plan makes for a client's operation (not a health check or a schema load). */
type OperationFetch = Extract<ProcessOptions, { incomingRequestContext: unknown }>;
type ProcessResult = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;

/** HTTP statuses with which a proxy or a subgraph says it cannot serve now. */
const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

/** A subgraph that did not answer in time: handled like one that cannot be reached. */
class SubgraphTimeout extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'SubgraphTimeout';
  }
}

/** A subgraph answering "unavailable" (502/503/504): handled like one that cannot be reached. */
class SubgraphUnavailable extends GraphQLError {
  constructor(status: number) {
    super(`HTTP ${status}`);
    this.name = 'SubgraphUnavailable';
  }
}

/**
 * The connection pool the gateway reaches its subgraphs through: keep-alive sockets, at most
 * `connections` open to each subgraph (requests beyond that queue for a free socket instead of opening
 * more), idle sockets closed after `keepAliveMs`. Uncompressed: gateway and subgraphs share a network.
 */
export const subgraphAgent = (options: { connections?: number; keepAliveMs?: number } = {}): Agent =>
  new Agent({
    connections: options.connections ?? 64,
    keepAliveTimeout: options.keepAliveMs ?? 4_000,
    pipelining: 1,
  });

/**
 * One subgraph as the gateway calls it: forwards the caller's token, request id, correlation id and trace
 * context (`traceparent`: the subgraph's span is a child of the gateway's fetch span), and
 * turns a subgraph that is down (connection refused or reset, 502/503/504) into `UNAVAILABLE` errors at
 * the paths it should have filled, so the other subgraphs' data still reaches the client. A fetch with
 * no answer within `timeoutMs` is answered the same way.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string | undefined,
    private readonly logger: Logger,
    private readonly timeoutMs = 15_000,
    dispatcher: Dispatcher = subgraphAgent(),
  ) {
    // undici rather than the default make-fetch-happen: its pooled keep-alive sockets are retired before
    // the subgraph's own keep-alive timeout (it reads the `Keep-Alive: timeout=` the server sends), so a
    // request never goes out on a socket the subgraph is closing ("socket hang up"); the agent bounds the
    // sockets per subgraph. A fetch that outlives the timeout fails, so it frees its socket.
    super({ ...(url === undefined ? {} : { url }), fetcher: pooledFetcher(dispatcher, timeoutMs) });
  }

  override willSendRequest({ request, context }: ProcessOptions) {
    if (!('token' in context) || !context.token) return;
    request.http?.headers.set('authorization', `Bearer ${context.token}`);
    request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    request.http?.headers.set(CORRELATION_ID_HEADER, context.correlationId);
    if (request.http) injectTraceHeaders(request.http.headers);
  }

  override async process(options: ProcessOptions): Promise<ProcessResult> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new SubgraphTimeout(this.timeoutMs)), this.timeoutMs);
      });
      return await Promise.race([super.process(options), timeout]);
    } catch (error) {
      const unreachable = !(error instanceof GraphQLError) || error instanceof SubgraphUnavailable;
      if (!('incomingRequestContext' in options) || !unreachable) throw error;
      const context = options.context as Partial<GatewayContext>;
      this.logger.warn(
        { err: error, subgraph: this.name, requestId: context.requestId },
        'subgraph unavailable: its fields are answered with null and UNAVAILABLE',
      );
      return { errors: unavailableErrors(this.name, options) };
    } finally {
      clearTimeout(timer);
    }
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    if (UNAVAILABLE_STATUSES.has(response.status)) return new SubgraphUnavailable(response.status);
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => undefined);
    return (
      subgraphInputError(response.status, body) ??
      subgraphAuthError(response.status) ??
      super.errorFromResponse(response)
    );
  }
}

/**
 * The errors of a fetch the subgraph could not serve, with paths the gateway maps onto the client's
 * response: one per entity of an entity fetch (`_entities.<i>` becomes the entity's place in the
 * response), one per root field of a root fetch.
 */
function unavailableErrors(subgraph: string, options: OperationFetch): GraphQLFormattedError[] {
  const message = `The ${subgraph} service is unavailable; try again later.`;
  const extensions = { code: 'UNAVAILABLE' };
  const representations = options.request.variables?.representations;
  if (Array.isArray(representations)) {
    return representations.map((_, i) => ({ message, path: ['_entities', i], extensions }));
  }
  const document = options.document ?? (options.request.query ? parse(options.request.query) : undefined);
  const operation = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const keys = operation ? responseKeys(operation.selectionSet) : [];
  return keys.length ? keys.map((key) => ({ message, path: [key], extensions })) : [{ message, extensions }];
}

function responseKeys(selectionSet: SelectionSetNode): string[] {
  return selectionSet.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === '__typename' ? [] : [s.alias?.value ?? s.name.value];
    if (s.kind === Kind.INLINE_FRAGMENT) return responseKeys(s.selectionSet);
    return [];
  });
}

/**
 * A subgraph answers HTTP 400 when it rejects an input value the gateway cannot check (a custom scalar
 * such as Decimal or UUID: the gateway's schema only knows their names). Its GraphQL error is passed on
 * as BAD_USER_INPUT (or LIMIT_EXCEEDED) with its message, instead of an opaque "400: Bad Request".
 */
function subgraphInputError(status: number, body: unknown): GraphQLError | undefined {
  if (status !== 400 || typeof body !== 'object' || body === null) return undefined;
  const first = (body as { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] })
    .errors?.[0];
  const code = first?.extensions?.code;
  if (typeof first?.message !== 'string') return undefined;
  if (code === 'LIMIT_EXCEEDED') {
    const limit = first.extensions?.limit;
    return new GraphQLError(first.message, {
      extensions: { code, ...(typeof limit === 'string' ? { limit } : {}) },
    });
  }
  if (code !== 'GRAPHQL_VALIDATION_FAILED' && code !== 'BAD_USER_INPUT') return undefined;
  return new GraphQLError(first.message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** A subgraph refusing the forwarded token: the code only, not the subgraph's URL or response body. */
function subgraphAuthError(status: number): GraphQLError | undefined {
  if (status === 401)
    return new GraphQLError('The access token was refused', { extensions: { code: 'UNAUTHENTICATED' } });
  if (status === 403)
    return new GraphQLError('You are not allowed to do this', { extensions: { code: 'FORBIDDEN' } });
  return undefined;
}

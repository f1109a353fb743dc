import type { ApolloServerOptionsWithGateway, ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ValidationRule } from 'graphql';
import type { GatewayContext } from './subgraph-source';

/**
 * GraphQL over HTTP for the gateway's clients (https://graphql.github.io/graphql-over-http/):
 * a request the gateway cannot run (parse, validation, limit, operation resolution, variable coercion)
 * answers 400 with `application/graphql-response+json`, or 200 when the client takes `application/json`
 * only; a response with data answers 200 and carries its errors (partial answers).
 */

/**
 * An operation on a root type the schema does not have (`subscription`: the gateway serves none) is a
 * validation failure (400), as the GraphQL spec's "Operation Type Existence" rule says.
 */
export const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(
        `The schema has no ${node.operation} root type: ${node.operation}s are not supported.`,
        {
          nodes: node,
        },
      ),
    );
  },
});

/** 400 for the request errors a gateway would otherwise answer with 500. */
function operationResolutionError(operationName: string | undefined) {
  return new GraphQLError(
    operationName
      ? `Unknown operation named "${operationName}".`
      : 'Must provide operation name if query contains multiple operations.',
    { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
  );
}

/** graphql-js gives up comparing overlapping fields past a budget (e.g. 1,000 repeated fields) with this. */
const VALIDATION_BUDGET_MESSAGE = 'Validation aborted.';

export function httpSemanticsPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        // A refusal for size is a limit refusal like the others: LIMIT_EXCEEDED, naming what it hit.
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (error.message !== VALIDATION_BUDGET_MESSAGE) continue;
            error.message = 'Query complexity limit exceeded: too many fields to compare with each other.';
            Object.assign(error.extensions, { code: 'LIMIT_EXCEEDED', limit: 'complexity' });
          }
        },
        // The gateway's executor throws (answering 500) when no operation matches `operationName`; a
        // schema-based server answers these with 400: refuse them before execution, the same way.
        async didResolveOperation({ operation, request }) {
          if (!operation) throw operationResolutionError(request.operationName ?? undefined);
        },
        async willSendResponse({ response, contextValue }) {
          // For `application/json` the spec asks 200 for every well-formed request, whatever its
          // GraphQL errors; 400 is for `application/graphql-response+json`.
          if (
            contextValue?.legacyJson &&
            response.http.status === 400 &&
            response.body.kind === 'single' &&
            response.body.singleResult.data === undefined
          ) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}

type Gateway = NonNullable<ApolloServerOptionsWithGateway<GatewayContext>['gateway']>;
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type ExecutionResult = Awaited<ReturnType<Executor>>;

/**
 * The gateway's results, made fit for the error formatter: every error a GraphQLError, and the
 * gateway's "post-processing" nullability errors (a subgraph returned null for a non-null field),
 * which it puts in `extensions.valueCompletion` when nothing else failed, moved to `errors` where a
 * client looks for them (masked and logged like any unexpected error): never `data: null` without one.
 */
export function withCheckedResults(gateway: Gateway): Gateway {
  return {
    async load(options) {
      const loaded = await gateway.load(options);
      const inner = loaded.executor;
      if (!inner) return loaded;
      const executor: Executor = async (requestContext) => checked(await inner(requestContext));
      return { ...loaded, executor };
    },
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
  };
}

function checked(result: ExecutionResult): ExecutionResult {
  const { valueCompletion, ...extensions } = (result.extensions ?? {}) as Record<string, unknown>;
  const completionErrors = Array.isArray(valueCompletion) ? valueCompletion.map(asGraphQLError) : [];
  const errors = [...(result.errors ?? []).map(asGraphQLError), ...completionErrors];
  const { extensions: _all, ...rest } = result;
  return {
    ...rest,
    ...(errors.length ? { errors } : {}),
    ...(Object.keys(extensions).length ? { extensions } : {}),
  };
}

function asGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof Error) return new GraphQLError(error.message, { originalError: error });
  return new GraphQLError('Unexpected error during query plan execution');
}

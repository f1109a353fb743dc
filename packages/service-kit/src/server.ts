import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import express, { type Express, type Request } from 'express';
import type { DocumentNode } from 'graphql';
import { bearerToken, type Actor, type TokenVerifier } from './auth';
import { createErrorFormatter, DomainError, domainErrorToGraphQL } from './errors';
import {
  correlationIdOf,
  errorHandler,
  httpMetrics,
  operationalRoutes,
  requestLogging,
  type LoggedRequest,
  type ReadinessCheck,
} from './http';
import { limitEntityRepresentations, queryLimits, type QueryLimitOptions } from './limits';
import { withInputValidation } from './input-validation';
import { lazyLogger, type Logger } from './logger';
import { createMetrics, type ServiceMetrics } from './metrics';
import { noStore, securityHeaders } from './security';
import { httpTracing, tracingPlugin } from './tracing';

/** What every resolver receives. */
export interface RequestContext extends BaseContext {
  actor: Actor;
  requestId: string;
  correlationId: string;
  /** The request's logger (`reqId`, `actor`), made when something first logs with it. */
  logger: Logger;
}

export interface SubgraphServerOptions<TContext extends RequestContext> {
  name: string;
  typeDefs: DocumentNode;
  /** The generated `Resolvers` map of the service (GraphQL Code Generator, federation mode). */
  resolvers: object;
  logger: Logger;
  verifyToken: TokenVerifier;
  production: boolean;
  readiness: Record<string, ReadinessCheck>;
  /** Adds the service's own dependencies (use cases, loaders) to the base context. */
  extendContext?: (base: RequestContext) => TContext | Promise<TContext>;
  plugins?: ApolloServerPlugin<TContext>[];
  bodyLimit?: string;
  /** Overrides of the platform's query limits (QUERY_LIMIT_DEFAULTS), the same as the gateway's. */
  limits?: QueryLimitOptions;
  /** Bearer token for `/metrics` (METRICS_TOKEN); see metricsGuard. */
  metricsToken?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

export interface SubgraphServer<TContext extends RequestContext> {
  app: Express;
  apollo: ApolloServer<TContext>;
  metrics: ServiceMetrics;
  httpServer: http.Server;
  listen: (port: number, host?: string) => Promise<RunningServer>;
}

/** Counts operations by name and outcome for `/metrics`. */
function operationMetricsPlugin<T extends BaseContext>(metrics: ServiceMetrics): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operationName, operation, errors }) {
          metrics.operations.inc({
            operation: operationName ?? 'anonymous',
            type: operation?.operation ?? 'unknown',
            outcome: errors?.length ? 'error' : 'ok',
          });
        },
      };
    },
  };
}

/**
 * The subgraph server every service uses: Federation 2 schema, JWT verified on every request
 * (a subgraph reached without a valid token refuses), the gateway's query limits (a subgraph reached
 * directly is no softer target), domain errors mapped to `extensions.code`, unknown errors masked and
 * logged with the request id (stack traces never reach a client, in any mode), security headers,
 * health, readiness and metrics (behind METRICS_TOKEN) endpoints.
 */
export async function createSubgraphServer<TContext extends RequestContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<SubgraphServer<TContext>> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const metrics = createMetrics(options.name);
  const schema = withInputValidation(
    buildSubgraphSchema({
      typeDefs: options.typeDefs,
      resolvers: options.resolvers as GraphQLResolverMap<unknown>,
    }),
  );
  const limits = queryLimits<TContext>({ blockFieldSuggestions: options.production, ...options.limits });
  limitEntityRepresentations(schema, limits.settings.maxRepresentations);

  const apollo = new ApolloServer<TContext>({
    schema,
    logger: options.logger,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError: createErrorFormatter({
      includeStacktrace: false,
      onMaskedError: (error) =>
        options.logger.error({ err: error }, 'unexpected error (masked for the client)'),
    }),
    plugins: [
      ...limits.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      // No cache hints anywhere: answers are `no-store` (noStore) without a hook on every field.
      ApolloServerPluginCacheControlDisabled(),
      operationMetricsPlugin<TContext>(metrics),
      tracingPlugin<TContext>(),
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
      ...(options.plugins ?? []),
    ],
  });
  await apollo.start();

  app.use(securityHeaders({ production: options.production }));
  // Probes and scrapes first: they are neither traced, logged nor timed as requests.
  app.use(
    operationalRoutes({
      metrics,
      readiness: options.readiness,
      metricsToken: options.metricsToken,
      production: options.production,
    }),
  );
  // Before the access log, so that its lines carry the request's trace id.
  app.use(httpTracing(options.name, { ignore: (path) => path !== '/graphql' }));
  app.use(requestLogging(options.logger, { successLevel: 'debug' }));
  app.use(httpMetrics(metrics));
  app.use(
    '/graphql',
    noStore(),
    express.json({ limit: options.bodyLimit ?? '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const base = await baseContext(req, options.verifyToken);
        return options.extendContext ? options.extendContext(base) : (base as TContext);
      },
    }),
  );
  app.use(errorHandler(options.logger));

  return {
    app,
    apollo,
    metrics,
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          resolve({
            port: address.port,
            url: `http://127.0.0.1:${address.port}/graphql`,
            close: () => apollo.stop(),
          });
        });
      }),
  };
}

async function baseContext(req: Request, verifyToken: TokenVerifier): Promise<RequestContext> {
  const { log, id: requestId } = req as Request & LoggedRequest;
  const token = bearerToken(req.headers.authorization);
  if (!token) throw domainErrorToGraphQL(new DomainError('UNAUTHENTICATED', 'An access token is required'));
  let actor: Actor;
  try {
    actor = await verifyToken(token);
  } catch (error) {
    if (error instanceof DomainError) throw domainErrorToGraphQL(error);
    throw error;
  }
  return {
    actor,
    requestId,
    correlationId: correlationIdOf(req, requestId),
    logger: lazyLogger(() => log.child({ actor: actor.sub })),
  };
}

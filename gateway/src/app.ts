import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import v8 from 'node:v8';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import {
  correlationIdOf,
  createErrorFormatter,
  createMetrics,
  createTokenVerifier,
  DomainError,
  domainErrorToGraphQL,
  flushTracing,
  httpMetrics,
  httpTracing,
  noStore,
  operationalRoutes,
  queryLimits,
  requestLogging,
  startTracing,
  tracingPlugin,
  type Logger,
} from '@care/service-kit/stateless';
import express, { type Express, type Request } from 'express';
import type { GraphQLSchema } from 'graphql';
import { readSubgraphs, SUPERGRAPH_FILE } from './composition';
import { corsOrigins, subgraphUrlOverrides, type GatewayConfig } from './config';
import {
  authenticate,
  authenticationOf,
  corsPolicy,
  gatewaySecurityHeaders,
  graphqlHttpErrors,
  jsonBody,
  rateLimitPerCaller,
  responseMediaType,
  variablesDepthLimit,
} from './edge';
import { httpSemanticsPlugin, KnownOperationTypesRule, withCheckedResults } from './http-semantics';
import { subgraphAgent, SubgraphDataSource, type GatewayContext } from './subgraph-source';
import { workbench } from './workbench';

export type { GatewayContext } from './subgraph-source';

export interface GatewayHandle {
  app: Express;
  url: string;
  port: number;
  close: () => Promise<void>;
}

export interface GatewayOptions {
  /** Subgraph name -> URL, over the supergraph's routing URLs and the environment (tests use this). */
  subgraphUrls?: Record<string, string>;
  supergraphSdl?: string;
}

/** Turns a subgraph's /graphql URL into its /readyz URL. */
function readinessUrl(graphqlUrl: string): string {
  const u = new URL(graphqlUrl);
  u.pathname = '/readyz';
  return u.toString();
}

export async function startGateway(
  config: GatewayConfig,
  logger: Logger,
  options: GatewayOptions = {},
): Promise<GatewayHandle> {
  const production = config.NODE_ENV === 'production';
  // Before the gateway is built: its own spans (plan, fetch) go to this provider.
  startTracing('gateway');
  const urls = { ...subgraphUrlOverrides(config), ...(options.subgraphUrls ?? {}) };
  const effectiveUrls = Object.fromEntries(readSubgraphs().map((s) => [s.name, urls[s.name] ?? s.url]));
  const verifyToken = createTokenVerifier({
    secret: config.JWT_SECRET,
    jwksUrl: config.JWT_JWKS_URL,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    maxLifetimeHours: config.JWT_MAX_LIFETIME_HOURS,
  });

  // @apollo/gateway reports anonymous usage to Apollo's servers unless this is set when it is built. A
  // company's customer-data API does not phone home by default; an operator may opt in with `false`.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const agent = subgraphAgent({ connections: config.SUBGRAPH_MAX_SOCKETS });
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readFileSync(SUPERGRAPH_FILE, 'utf8'),
    buildService: ({ name, url }) =>
      new SubgraphDataSource(name, effectiveUrls[name] ?? url, logger, config.SUBGRAPH_TIMEOUT_MS, agent),
    logger,
  });

  // The API schema the gateway serves, for the workbench (production turns introspection off).
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate((loaded) => {
    apiSchema = loaded.apiSchema;
  });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const metrics = createMetrics('gateway');
  // The platform's query limits, the same in every subgraph (QUERY_LIMIT_DEFAULTS in service-kit).
  const protection = queryLimits<GatewayContext>({
    maxDepth: config.MAX_QUERY_DEPTH,
    blockFieldSuggestions: production,
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway: withCheckedResults(gateway),
    logger,
    introspection: !production,
    // Stack traces stay in the server log (onMaskedError), in every mode.
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    formatError: createErrorFormatter({
      onMaskedError: (error) => logger.error({ err: error }, 'unexpected error (masked for the client)'),
    }),
    validationRules: [...protection.validationRules, KnownOperationTypesRule],
    parseOptions: protection.parseOptions,
    plugins: [
      ...protection.plugins,
      httpSemanticsPlugin(),
      tracingPlugin(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No Apollo landing page (it loads Sandbox from a CDN): browsers get the workbench (./workbench).
      ApolloServerPluginLandingPageDisabled(),
      // The subgraphs send no cache hints and the gateway keeps none: answers are `no-store` (noStore).
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  app.use(gatewaySecurityHeaders());
  // Where traces start (or continue the caller's `traceparent`); before the access log, which carries it.
  app.use(httpTracing('gateway', { ignore: (path) => path !== '/graphql' }));
  app.use(requestLogging(logger));
  app.use(httpMetrics(metrics));
  app.use(
    operationalRoutes({
      metrics,
      metricsToken: config.METRICS_TOKEN,
      production,
      readiness: Object.fromEntries(
        Object.entries(effectiveUrls).map(([name, url]) => [
          name,
          async () => {
            const res = await fetch(readinessUrl(url));
            if (!res.ok) throw new Error(`${name} is not ready (HTTP ${res.status})`);
          },
        ]),
      ),
    }),
  );
  app.use(
    workbench({
      production,
      verifyToken,
      logger,
      apiSchema: () => apiSchema,
      ...(config.JWT_SECRET
        ? {
            devTokenSigning: {
              secret: config.JWT_SECRET,
              issuer: config.JWT_ISSUER,
              audience: config.JWT_AUDIENCE,
              maxLifetimeHours: config.JWT_MAX_LIFETIME_HOURS,
            },
          }
        : {}),
    }),
  );
  const variablesDepth = variablesDepthLimit(config.MAX_VARIABLES_DEPTH);
  app.use(
    '/graphql',
    // Every answer, refusals included, is for this caller only.
    noStore(),
    // CORS next: a preflight is answered before authentication, the rate limit and body parsing.
    corsPolicy(corsOrigins(config)),
    authenticate(verifyToken),
    rateLimitPerCaller(config.RATE_LIMIT_PER_MINUTE),
    variablesDepth.guard,
    jsonBody(config.MAX_BODY_BYTES, variablesDepth.verify),
    expressMiddleware(apollo, {
      context: async ({ req }) => gatewayContext(req),
    }),
    graphqlHttpErrors(logger),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/graphql`;
  // The heap bound it runs with (GATEWAY_NODE_OPTIONS in production), for whoever reads its memory figures.
  const heapLimitMiB = Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20);
  logger.info({ url, subgraphs: effectiveUrls, heapLimitMiB }, 'gateway ready');
  return {
    app,
    url,
    port,
    close: async () => {
      await apollo.stop();
      await agent.close();
      await flushTracing();
    },
  };
}

/** Every operation through the gateway needs a valid token: staff, partners and analysts all sign in. */
function gatewayContext(req: Request): GatewayContext {
  const requestId = String((req as Request & { id: unknown }).id);
  const auth = authenticationOf(req);
  if (auth.kind === 'none')
    throw domainErrorToGraphQL(new DomainError('UNAUTHENTICATED', 'An access token is required'));
  if (auth.kind === 'invalid') {
    if (auth.error instanceof DomainError) throw domainErrorToGraphQL(auth.error);
    throw auth.error;
  }
  return {
    token: auth.token,
    actor: auth.actor,
    requestId,
    correlationId: correlationIdOf(req, requestId),
    legacyJson: responseMediaType(req) === 'application/json',
  };
}

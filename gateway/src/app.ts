import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import {
  bearerToken,
  correlationIdOf,
  CORRELATION_ID_HEADER,
  createErrorFormatter,
  createMetrics,
  createTokenVerifier,
  DomainError,
  domainErrorToGraphQL,
  httpMetrics,
  operationalRoutes,
  REQUEST_ID_HEADER,
  requestLogging,
  type Actor,
  type Logger,
} from '@care/service-kit';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express, { type Express, type Request } from 'express';
import { GraphQLError } from 'graphql';
import { subgraphUrlOverrides, type GatewayConfig } from './config';
import { readSubgraphs, SUPERGRAPH_FILE } from './composition';

export interface GatewayContext {
  token: string;
  actor: Actor;
  requestId: string;
  correlationId: string;
}

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

/** Forwards the caller's token, request id and correlation id to every subgraph fetch. */
class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    if (!('token' in context) || !context.token) return;
    request.http?.headers.set('authorization', `Bearer ${context.token}`);
    request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    request.http?.headers.set(CORRELATION_ID_HEADER, context.correlationId);
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => undefined);
    return subgraphInputError(response.status, body) ?? super.errorFromResponse(response);
  }
}

/**
 * A subgraph answers HTTP 400 when it rejects an input value the gateway cannot check (a custom scalar
 * such as Decimal or UUID: the gateway's schema only knows their names). Its GraphQL error is passed on
 * as BAD_USER_INPUT with its message, instead of an opaque "400: Bad Request".
 */
function subgraphInputError(status: number, body: unknown): GraphQLError | undefined {
  if (status !== 400 || typeof body !== 'object' || body === null) return undefined;
  const first = (body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] }).errors?.[0];
  const code = first?.extensions?.code;
  if (
    typeof first?.message !== 'string' ||
    (code !== 'GRAPHQL_VALIDATION_FAILED' && code !== 'BAD_USER_INPUT')
  )
    return undefined;
  return new GraphQLError(first.message, { extensions: { code: 'BAD_USER_INPUT' } });
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
  const urls = { ...subgraphUrlOverrides(config), ...(options.subgraphUrls ?? {}) };
  const effectiveUrls = Object.fromEntries(readSubgraphs().map((s) => [s.name, urls[s.name] ?? s.url]));
  const verifyToken = createTokenVerifier({
    secret: config.JWT_SECRET,
    jwksUrl: config.JWT_JWKS_URL,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
  });

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readFileSync(SUPERGRAPH_FILE, 'utf8'),
    buildService: ({ name, url }) => new AuthenticatedDataSource({ url: effectiveUrls[name] ?? url }),
    logger,
  });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const metrics = createMetrics('gateway');
  const armor = new ApolloArmor({
    maxDepth: { n: config.MAX_QUERY_DEPTH },
    costLimit: { maxCost: 20_000 },
    maxAliases: { n: 30 },
    maxDirectives: { n: 50 },
    maxTokens: { n: 5_000 },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    csrfPrevention: true,
    formatError: createErrorFormatter({
      includeStacktrace: !production,
      onMaskedError: (error) => logger.error({ err: error }, 'unexpected error (masked for the client)'),
    }),
    validationRules: [...protection.validationRules],
    plugins: [
      ...protection.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.use(requestLogging(logger));
  app.use(httpMetrics(metrics));
  app.use(
    operationalRoutes({
      metrics,
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
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => gatewayContext(req, verifyToken),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/graphql`;
  logger.info({ url, subgraphs: effectiveUrls }, 'gateway ready');
  return { app, url, port, close: () => apollo.stop() };
}

/** Every operation through the gateway needs a valid token: staff, partners and analysts all sign in. */
async function gatewayContext(
  req: Request,
  verifyToken: ReturnType<typeof createTokenVerifier>,
): Promise<GatewayContext> {
  const requestId = String((req as Request & { id: unknown }).id);
  const token = bearerToken(req.headers.authorization);
  if (!token) throw domainErrorToGraphQL(new DomainError('UNAUTHENTICATED', 'An access token is required'));
  try {
    const actor = await verifyToken(token);
    return { token, actor, requestId, correlationId: correlationIdOf(req, requestId) };
  } catch (error) {
    if (error instanceof DomainError) throw domainErrorToGraphQL(error);
    throw error;
  }
}

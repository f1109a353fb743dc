import path from 'node:path';
import {
  bearerToken,
  DEPARTMENTS,
  ROLES,
  signToken,
  type Department,
  type Logger,
  type Role,
  type TokenVerifier,
} from '@care/service-kit/stateless';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import { introspectionFromSchema, type GraphQLSchema } from 'graphql';
import { readQueryCollection } from './collection';
import { ASSET_PATH, renderWorkbenchPage } from './page';

/**
 * The GraphQL workbench: GraphiQL (the prebuilt bundle of @graphql-yoga/graphiql) served by the
 * gateway itself, with the example operations of docs/queries as tabs. Nothing is loaded from
 * another origin, so it works offline. A browser reaches it at `/workbench`, or at `/graphql` when
 * it asks for HTML; GraphQL requests to `/graphql` are left to Apollo Server as before.
 *
 * Outside production it is open, with a dev-token endpoint that signs short-lived tokens with
 * JWT_SECRET. In production the dev-token endpoint does not exist and every workbench response
 * needs a bearer token with a workbench role (e.g. added by the SSO proxy in front of the gateway).
 */

export const WORKBENCH_PATH = '/workbench';
export const DEV_TOKEN_PATH = `${WORKBENCH_PATH}/dev-token`;
export const SCHEMA_PATH = `${WORKBENCH_PATH}/schema.json`;
/** Who may open the workbench in production: analysts and developers (admin). */
export const WORKBENCH_ROLES: readonly Role[] = ['analyst', 'admin'];
/** A dev token lives one hour: enough for a session, short enough not to outlive its purpose. */
export const DEV_TOKEN_LIFETIME = '1h';

/** Roles the dev-token picker offers: every person's role (not the internal `service` account). */
const PICKABLE_ROLES = ROLES.filter((r) => r !== 'service');

/**
 * True for what the workbench answers: its own paths, and a browser's GET of `/graphql` (it prefers
 * HTML to JSON, as Apollo Server decided for its landing page).
 */
export function isWorkbenchRequest(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (req.path === WORKBENCH_PATH || req.path.startsWith(`${WORKBENCH_PATH}/`)) return true;
  return req.path === '/graphql' && req.accepts(['json', 'html']) === 'html';
}

const GRAPHIQL_DIST = path.join(path.dirname(require.resolve('@graphql-yoga/graphiql/package.json')), 'dist');
const BROWSER_DIR = path.join(__dirname, 'browser');
const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** Every file the page may load, by its name under ASSET_PATH. */
export const WORKBENCH_ASSETS: Record<string, { file: string; type: string }> = {
  'graphiql.js': { file: path.join(GRAPHIQL_DIST, 'yoga-graphiql.umd.js'), type: JS },
  'graphiql.css': { file: path.join(GRAPHIQL_DIST, 'graphiql.css'), type: CSS },
  'editor.worker.js': {
    file: path.join(GRAPHIQL_DIST, 'monacoeditorwork', 'editor.worker.bundle.js'),
    type: JS,
  },
  'json.worker.js': { file: path.join(GRAPHIQL_DIST, 'monacoeditorwork', 'json.worker.bundle.js'), type: JS },
  'graphql.worker.js': {
    file: path.join(GRAPHIQL_DIST, 'monacoeditorwork', 'graphql.worker..bundle.js'),
    type: JS,
  },
  'monaco-environment.js': { file: path.join(BROWSER_DIR, 'monaco-environment.js'), type: JS },
  'workbench.js': { file: path.join(BROWSER_DIR, 'workbench.js'), type: JS },
  'workbench.css': { file: path.join(BROWSER_DIR, 'workbench.css'), type: CSS },
};

export interface WorkbenchOptions {
  production: boolean;
  verifyToken: TokenVerifier;
  logger: Logger;
  /** Signs dev tokens outside production; absent when the gateway verifies with a JWKS only. */
  devTokenSigning?: { secret: string; issuer: string; audience: string; maxLifetimeHours: number };
  /** The API schema the gateway serves (undefined until loaded). */
  apiSchema: () => GraphQLSchema | undefined;
  /** The example operations (default: docs/queries). */
  queriesDir?: string;
}

const refuse = (res: Response, status: 401 | 403, message: string) => {
  if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(status).type('text/plain').send(message);
};

/** Production: a valid bearer token holding a workbench role, or 401 / 403. */
function requireWorkbenchRole(verifyToken: TokenVerifier): RequestHandler {
  return (req, res, next) => {
    const token = bearerToken(req.headers.authorization);
    if (!token) {
      refuse(res, 401, 'The workbench needs a bearer token (sign in through the company proxy).');
      return;
    }
    verifyToken(token).then(
      (actor) => {
        if (WORKBENCH_ROLES.some((r) => actor.roles.includes(r))) next();
        else refuse(res, 403, `The workbench is for the roles ${WORKBENCH_ROLES.join(', ')}.`);
      },
      () => refuse(res, 401, 'The bearer token is missing, invalid or expired.'),
    );
  };
}

/** Development: `GET /workbench/dev-token?role=<role>[&role=...][&department=<dept>]`. */
function devTokenRoute(signing: NonNullable<WorkbenchOptions['devTokenSigning']>): RequestHandler {
  return (req, res) => {
    const asked = req.query.role;
    const roles = (Array.isArray(asked) ? asked : [asked]).filter((r): r is string => typeof r === 'string');
    const department = typeof req.query.department === 'string' ? req.query.department : '';
    const unknown = roles.filter((r) => !(PICKABLE_ROLES as readonly string[]).includes(r));
    res.setHeader('Cache-Control', 'no-store');
    if (roles.length === 0 || unknown.length > 0) {
      res.status(400).json({ error: `role must be one or more of: ${PICKABLE_ROLES.join(', ')}` });
      return;
    }
    if (department && !(DEPARTMENTS as readonly string[]).includes(department)) {
      res.status(400).json({ error: `department must be one of: ${DEPARTMENTS.join(', ')}` });
      return;
    }
    const actor = {
      sub: `dev-${roles[0]}`,
      name: `Dev ${roles.join(' + ')}`,
      roles: roles as Role[],
      ...(department ? { department: department as Department } : {}),
    };
    signToken(actor, { ...signing, expiresIn: DEV_TOKEN_LIFETIME }).then(
      (token) => res.json({ token, roles, department: department || null }),
      () => res.status(500).json({ error: 'The token could not be signed.' }),
    );
  };
}

export function workbench(options: WorkbenchOptions): Router {
  const router = Router();
  const { operations, problems } = readQueryCollection(options.queriesDir);
  for (const problem of problems) options.logger.warn({ problem }, 'example operation left out');
  const devTokens =
    !options.production && options.devTokenSigning
      ? { url: DEV_TOKEN_PATH, roles: PICKABLE_ROLES, departments: DEPARTMENTS }
      : undefined;
  const page = renderWorkbenchPage({
    endpoint: '/graphql',
    schemaUrl: SCHEMA_PATH,
    examples: operations,
    devTokens,
  });

  router.use((req, res, next) => {
    if (!isWorkbenchRequest(req)) {
      next('router');
      return;
    }
    if (options.production) requireWorkbenchRole(options.verifyToken)(req, res, next);
    else next();
  });
  const sendPage: RequestHandler = (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(page);
  };
  router.get(WORKBENCH_PATH, sendPage);
  router.get('/graphql', sendPage);
  router.get(`${ASSET_PATH}/:name`, (req, res) => {
    const asset = WORKBENCH_ASSETS[String(req.params.name)];
    if (!asset) {
      res.status(404).type('text/plain').send('Not Found');
      return;
    }
    res.sendFile(asset.file, {
      // The package lives under node_modules/.pnpm: a dot folder that `send` would otherwise refuse.
      dotfiles: 'allow',
      // Revalidated with the ETag on each load: the files change with the package version.
      headers: { 'Content-Type': asset.type, 'Cache-Control': 'no-cache' },
    });
  });
  // GraphiQL takes the schema from here rather than introspecting, which production turns off: the
  // workbench roles read the schema that docs/schema.graphql publishes anyway.
  const introspections = new WeakMap<GraphQLSchema, string>();
  router.get(SCHEMA_PATH, (_req, res) => {
    const schema = options.apiSchema();
    if (!schema) {
      res.status(503).type('text/plain').send('The schema is not loaded yet.');
      return;
    }
    if (!introspections.has(schema))
      introspections.set(schema, JSON.stringify(introspectionFromSchema(schema, { specifiedByUrl: true })));
    res.setHeader('Cache-Control', 'no-cache');
    res.type('json').send(introspections.get(schema));
  });
  // The route exists only outside production (test: gateway/test/workbench.spec.ts).
  if (devTokens && options.devTokenSigning)
    router.get(DEV_TOKEN_PATH, devTokenRoute(options.devTokenSigning));
  router.use((_req, res) => {
    res.status(404).type('text/plain').send('Not Found');
  });
  return router;
}

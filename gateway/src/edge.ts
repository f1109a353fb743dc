import {
  bearerToken,
  CORRELATION_ID_HEADER,
  REQUEST_ID_HEADER,
  securityHeaders,
  TRACE_ID_HEADER,
  type Actor,
  type Logger,
  type TokenVerifier,
} from '@care/service-kit/stateless';
import cors from 'cors';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { isWorkbenchRequest } from './workbench';
import { WORKBENCH_CSP } from './workbench/page';

/**
 * The gateway's HTTP edge, in front of GraphQL: the caller's token verified once per request, a rate
 * limit per caller, variables refused when nested too deep, security headers. Refusals are GraphQL-shaped
 * (`{ errors: [{ message, extensions: { code } }] }`) in the media type the client asked for.
 */

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/** The media type of a GraphQL response, chosen as Apollo Server chooses it (application/json on a tie). */
export function responseMediaType(req: Request): string {
  return req.accepts(['application/json', GRAPHQL_RESPONSE_JSON]) === GRAPHQL_RESPONSE_JSON
    ? GRAPHQL_RESPONSE_JSON
    : 'application/json';
}

function refuse(req: Request, res: Response, status: number, message: string, extensions: object) {
  res
    .status(status)
    .type(responseMediaType(req))
    .send(JSON.stringify({ errors: [{ message, extensions }] }));
}

/** How long a browser may reuse a preflight's answer (Chromium caps it at 2 hours). */
export const CORS_MAX_AGE_SECONDS = 7200;

/**
 * CORS for browser front ends on other origins (Fetch standard): a request or preflight from a listed
 * origin gets `Access-Control-Allow-Origin` echoing it, with credentials allowed; any other origin gets
 * no `Access-Control-Allow-Origin`, so the browser withholds the response. Always `Vary: Origin`.
 * Preflights (OPTIONS) are answered 204 here, before authentication, the rate limit and body parsing.
 * The headers a preflight may ask for include `apollo-require-preflight`, which satisfies CSRF
 * prevention.
 */
export function corsPolicy(allowedOrigins: readonly string[]): RequestHandler {
  return cors({
    // A list (not a function) so that `Vary: Origin` is sent on refusals too.
    origin: [...allowedOrigins],
    credentials: true,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: [
      'authorization',
      'content-type',
      'accept',
      REQUEST_ID_HEADER,
      CORRELATION_ID_HEADER,
      'traceparent',
      'tracestate',
      'apollo-require-preflight',
      'x-apollo-operation-name',
    ],
    exposedHeaders: [REQUEST_ID_HEADER, TRACE_ID_HEADER, 'retry-after', 'ratelimit', 'ratelimit-policy'],
    maxAge: CORS_MAX_AGE_SECONDS,
    optionsSuccessStatus: 204,
  });
}

/** The outcome of checking a request's bearer token. */
export type Authentication =
  { kind: 'none' } | { kind: 'valid'; token: string; actor: Actor } | { kind: 'invalid'; error: unknown };

const authentications = new WeakMap<Request, Authentication>();

/** Verifies the bearer token once; GraphQL's context (app.ts) and the rate limit read the outcome. */
export function authenticate(verifyToken: TokenVerifier): RequestHandler {
  return (req, _res, next) => {
    const token = bearerToken(req.headers.authorization);
    if (!token) {
      authentications.set(req, { kind: 'none' });
      next();
      return;
    }
    verifyToken(token).then(
      (actor) => {
        authentications.set(req, { kind: 'valid', token, actor });
        next();
      },
      (error: unknown) => {
        authentications.set(req, { kind: 'invalid', error });
        next();
      },
    );
  };
}

export function authenticationOf(req: Request): Authentication {
  return authentications.get(req) ?? { kind: 'none' };
}

/**
 * At most `perMinute` requests a minute per caller: the verified token's subject, or the client's IP
 * address (its /56 for IPv6) without a valid token. Over it: 429 with `Retry-After` and
 * LIMIT_EXCEEDED (`limit: "rate"`). `perMinute` 0 turns the limit off.
 */
export function rateLimitPerCaller(perMinute: number): RequestHandler {
  if (perMinute === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => {
      const auth = authenticationOf(req);
      return auth.kind === 'valid' ? `sub:${auth.actor.sub}` : `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
    },
    handler: (req, res) => {
      const retryAfter = Number(res.getHeader('retry-after')) || 60;
      refuse(
        req,
        res,
        429,
        `Too many requests: at most ${perMinute} a minute. Retry after ${retryAfter} s.`,
        {
          code: 'LIMIT_EXCEEDED',
          limit: 'rate',
          retryAfter,
        },
      );
    },
  });
}

/** The deepest nesting of `{` and `[` in JSON text, without parsing it (so without recursion). */
export function jsonTextDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return deepest;
}

/** Marks a body refused for its nesting, for graphqlHttpErrors below. */
class TooDeep extends Error {
  constructor(
    readonly depth: number,
    readonly maxDepth: number,
  ) {
    super(`Variables are nested ${depth} levels deep; at most ${maxDepth} are accepted.`);
    this.name = 'TooDeep';
  }
}

/**
 * Variables (and extensions) nested deeper than `maxDepth` are refused with 400 and BAD_USER_INPUT
 * before anything walks them: JSON parsing, variable coercion and query planning recurse, and a value
 * 5,000 levels deep would overflow the stack. `verify` goes to `express.json` (it sees the raw body
 * before it is parsed: `{ "variables": { "v": <value> } }` is 2 levels above the value); the middleware
 * checks a GET request's `variables` and `extensions` parameters.
 */
export function variablesDepthLimit(maxDepth: number): {
  verify: (req: unknown, res: unknown, raw: Buffer) => void;
  guard: RequestHandler;
} {
  return {
    verify: (_req: unknown, _res: unknown, raw: Buffer) => {
      const depth = jsonTextDepth(raw.toString('utf8')) - 2;
      if (depth > maxDepth) throw new TooDeep(depth, maxDepth);
    },
    guard: (req, _res, next) => {
      const query = req.query as Record<string, unknown>;
      const depth = Math.max(
        ...[query.variables, query.extensions].map((v) => (typeof v === 'string' ? jsonTextDepth(v) - 1 : 0)),
      );
      next(depth > maxDepth ? new TooDeep(depth, maxDepth) : undefined);
    },
  };
}

/** The largest body of a request without a valid token: it is refused anyway, so it never needs more. */
export const ANONYMOUS_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * The JSON body parser: up to `maxBytes` for a caller whose token `authenticate` verified (a document
 * upload needs several MiB), up to ANONYMOUS_BODY_LIMIT_BYTES for anyone else. Beyond: 413, see below.
 */
export function jsonBody(
  maxBytes: number,
  verify: (req: unknown, res: unknown, raw: Buffer) => void,
): RequestHandler {
  const signedIn = express.json({ limit: maxBytes, verify });
  const anonymous = express.json({ limit: Math.min(maxBytes, ANONYMOUS_BODY_LIMIT_BYTES), verify });
  return (req, res, next) => (authenticationOf(req).kind === 'valid' ? signedIn : anonymous)(req, res, next);
}

/**
 * Errors before GraphQL runs (a body that is not JSON, too large or too deep), GraphQL-shaped and
 * without Express's HTML page (which prints the stack outside production): 400 BAD_USER_INPUT,
 * 413 LIMIT_EXCEEDED; anything else 500, masked and logged.
 */
export function graphqlHttpErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (error instanceof TooDeep) {
      refuse(req, res, 400, error.message, { code: 'BAD_USER_INPUT' });
      return;
    }
    // body-parser's errors carry a `type`: entity.too.large, entity.parse.failed, encoding.unsupported ...
    const type = (error as { type?: unknown } | undefined)?.type;
    if (type === 'entity.too.large') {
      refuse(req, res, 413, 'The request body is too large.', { code: 'LIMIT_EXCEEDED', limit: 'body' });
      return;
    }
    const status = (error as { status?: unknown } | undefined)?.status;
    if (typeof type === 'string' && typeof status === 'number' && status >= 400 && status < 500) {
      refuse(req, res, status, 'The request body could not be read as JSON.', { code: 'BAD_USER_INPUT' });
      return;
    }
    logger.error({ err: error }, 'unexpected error before GraphQL (masked for the client)');
    refuse(req, res, 500, 'Internal server error', { code: 'INTERNAL_SERVER_ERROR' });
  };
}

/**
 * Security headers (helmet, see service-kit), in every mode: a Content-Security-Policy that allows
 * nothing on every response, and on the workbench's (its page and files) one that allows the
 * gateway's own origin only (WORKBENCH_CSP).
 */
export function gatewaySecurityHeaders(): RequestHandler {
  const strict = securityHeaders({ production: true });
  return (req, res, next) =>
    strict(req, res, (error?: unknown) => {
      if (!error && isWorkbenchRequest(req)) res.setHeader('Content-Security-Policy', WORKBENCH_CSP);
      next(error);
    });
}

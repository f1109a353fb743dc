import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import { context } from '@opentelemetry/api';
import pino from 'pino';
import { lazyLogger, type Logger } from './logger';
import type { ServiceMetrics } from './metrics';
import { withTimeout } from './timeout';

export const REQUEST_ID_HEADER = 'x-request-id';
export const CORRELATION_ID_HEADER = 'x-correlation-id';
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Takes the caller's request id when it looks sane, else makes one. */
export function requestIdOf(req: Request): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && SAFE_ID.test(value) ? value : randomUUID();
}

export function correlationIdOf(req: Request, requestId: string): string {
  const incoming = req.headers[CORRELATION_ID_HEADER];
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && SAFE_ID.test(value) ? value : requestId;
}

export interface RequestLoggingOptions {
  /**
   * The level of the line for a request that succeeded (below 400). A subgraph logs them at `debug`:
   * the gateway's own line for the client's request carries the same request id, so a second line per
   * request at `info` would double the log and cost the subgraph a serialisation per request. Client
   * errors log at `warn` and server errors at `error` everywhere.
   */
  successLevel?: 'info' | 'debug';
}

/** What requestLogging adds to a request: its id, and a logger whose lines carry it (`reqId`). */
export interface LoggedRequest {
  id: string;
  log: Logger;
}

/** Paths that get no access log line (probes and scrapes), as the request's URL reads. */
const UNLOGGED = new Set(['/healthz', '/readyz', '/metrics']);

/** Whole-number value of a header, or nothing. */
function lengthOf(value: string | number | string[] | undefined): number | undefined {
  const n = Number(value);
  return value === undefined || Array.isArray(value) || !Number.isInteger(n) ? undefined : n;
}

/**
 * A request as the access log shows it: enough to find it and its caller (id, method, URL, address,
 * client, size) and no header besides: those are mostly the same on every line, and the token and
 * cookies must never reach a log.
 */
export function requestSummary(req: Request & Partial<LoggedRequest>) {
  return {
    id: req.id,
    method: req.method,
    url: req.originalUrl || req.url,
    remoteAddress: req.socket?.remoteAddress,
    userAgent: req.headers['user-agent'],
    contentLength: lengthOf(req.headers['content-length']),
  };
}

/** A response as the access log shows it: its status and size (its headers are the server's own). */
export function responseSummary(res: Response) {
  return { statusCode: res.statusCode, contentLength: lengthOf(res.getHeader('content-length')) };
}

/**
 * The access log, one line per request when it ends (`req` and `res` summaries, `responseTime`,
 * `requestId`, `correlationId`, `reqId`, and `err` for a server error), written in the request's trace
 * context so that it carries the trace id. The request id is the gateway's (or a new one), echoed back
 * in `x-request-id`. Nothing is serialised for a line the level leaves out, and the request's logger
 * (`req.log`) is made only when something logs with it.
 */
export function requestLogging(logger: Logger, options: RequestLoggingOptions = {}) {
  const successLevel = options.successLevel ?? 'info';
  const log = logger.child(
    {},
    { serializers: { req: requestSummary, res: responseSummary, err: pino.stdSerializers.err } },
  );
  return (req: Request, res: Response, next: NextFunction) => {
    const requestId = requestIdOf(req);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const logged = req as Request & LoggedRequest;
    logged.id = requestId;
    logged.log = lazyLogger(() => log.child({ reqId: requestId }));
    if (!UNLOGGED.has(req.url)) {
      const complete = accessLine(log, successLevel, logged, res);
      res.on('close', complete);
      res.on('finish', complete);
      res.on('error', complete);
    }
    next();
  };
}

/** Writes the request's line once, when it ends (sent, closed or failed), at the level its status gives. */
function accessLine(
  log: Logger,
  successLevel: 'info' | 'debug',
  req: Request & LoggedRequest,
  res: Response,
): (error?: Error) => void {
  const started = Date.now();
  const traced = context.active();
  let done = false;
  return (error) => {
    if (done) return;
    done = true;
    const failed = error !== undefined || res.statusCode >= 500;
    const level = failed ? 'error' : res.statusCode >= 400 ? 'warn' : successLevel;
    if (!log.isLevelEnabled(level)) return;
    const line = {
      reqId: req.id,
      req,
      requestId: req.id,
      correlationId: correlationIdOf(req, req.id),
      res,
      responseTime: Date.now() - started,
    };
    context.with(traced, () => {
      if (failed) {
        const err = error ?? new Error(`failed with status code ${res.statusCode}`);
        log[level]({ ...line, err }, 'request errored');
      } else {
        const ended = !req.readableAborted && res.writableEnded;
        log[level](line, ended ? 'request completed' : 'request aborted');
      }
    });
  };
}

/** The paths served by a mounted middleware rather than a route (so `req.route` is not set for them). */
const MOUNTED_PATHS = new Set(['/graphql']);

/**
 * The `route` label of a request: the pattern of the route that answered it, a mounted path such as
 * `/graphql`, or `unmatched`. Never the raw path: every distinct path a client sends would otherwise
 * become a metrics series kept for the life of the process.
 */
export function routeLabel(req: Request): string {
  const pattern: unknown = req.route?.path;
  if (typeof pattern === 'string') return `${req.baseUrl}${pattern}`;
  const path = req.originalUrl.split('?', 1)[0] ?? '';
  return MOUNTED_PATHS.has(path) ? path : 'unmatched';
}

export function httpMetrics(metrics: ServiceMetrics) {
  return (req: Request, res: Response, next: NextFunction) => {
    const end = metrics.httpDuration.startTimer({ method: req.method });
    res.on('finish', () => end({ route: routeLabel(req), status: String(res.statusCode) }));
    next();
  };
}

export type ReadinessCheck = () => Promise<void>;

/** Who may read `/metrics`. */
export interface MetricsAccess {
  /** When set, a scrape must send `Authorization: Bearer <token>` (METRICS_TOKEN). */
  metricsToken?: string;
  /** Without a token, `/metrics` is served outside production only; in production it answers 404. */
  production: boolean;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares in constant time (digests of equal length, whatever the inputs' lengths). */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** `/metrics` behind METRICS_TOKEN; open without one outside production; hidden (404) in production. */
export function metricsGuard(access: MetricsAccess) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (access.metricsToken === undefined) {
      if (access.production) {
        res.status(404).type('text/plain').send('Not Found');
        return;
      }
      next();
      return;
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    if (!match || !sameSecret(match[1]!, access.metricsToken)) {
      res.setHeader('www-authenticate', 'Bearer realm="metrics"');
      res.status(401).type('text/plain').send('Unauthorized');
      return;
    }
    next();
  };
}

/** The body of `/healthz`, as `res.json({ status: 'ok' })` would serialise it, made once. */
const HEALTHY = Buffer.from(JSON.stringify({ status: 'ok' }));

/**
 * `/healthz` (the process is alive), `/readyz` (each dependency answers), `/metrics` (Prometheus, behind
 * METRICS_TOKEN; see metricsGuard).
 *
 * A probe is cheap and frequent, so a `GET` or `HEAD` of a probe's exact path is answered here directly,
 * without a Router layer (which would match the path again and wrap `next`), and `/healthz` from a body
 * serialised and tagged once (healthzRoute). Everything else (another method, `OPTIONS` with its
 * `Allow` answer, a path in other case or with a trailing slash) goes through an express Router holding
 * the same routes, which answers it as before. Clients see the same answers either way (probes.spec.ts).
 */
export function operationalRoutes(
  options: {
    metrics: ServiceMetrics;
    readiness: Record<string, ReadinessCheck>;
    timeoutMs?: number;
  } & MetricsAccess,
): RequestHandler {
  const guard = metricsGuard(options);
  const scrape: RequestHandler = async (_req, res) => {
    res.setHeader('content-type', options.metrics.registry.contentType);
    res.send(await options.metrics.registry.metrics());
  };
  const probes = new Map<string, RequestHandler>([
    ['/healthz', healthzRoute()],
    ['/readyz', readinessRoute(options.readiness, options.timeoutMs ?? 2_000)],
    [
      '/metrics',
      (req, res, next) =>
        guard(req, res, (error?: unknown) => (error ? next(error) : handleAsExpress(scrape, req, res, next))),
    ],
  ]);
  const router = express.Router();
  for (const [path, handler] of probes) router.get(path, handler);
  return (req, res, next) => {
    const probe = req.method === 'GET' || req.method === 'HEAD' ? probes.get(req.path) : undefined;
    if (probe) handleAsExpress(probe, req, res, next);
    else router(req, res, next);
  };
}

type EtagFn = (body: Buffer) => string | undefined;

/**
 * `/healthz`: what `res.json({ status: 'ok' })` answers, from a body serialised once and its ETag made
 * once with the app's own `etag fn` (res.send makes none when one is set). Content-Length is set before
 * the ETag so that the headers keep res.json's order; res.send still answers HEAD and a conditional
 * request (304) itself.
 */
function healthzRoute(): RequestHandler {
  let etagOf: EtagFn | undefined;
  let etag: string | undefined;
  return (req, res) => {
    const fn = req.app.get('etag fn') as EtagFn | undefined;
    if (fn !== etagOf) {
      etagOf = fn;
      etag = typeof fn === 'function' ? fn(HEALTHY) : undefined;
    }
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    if (etag) {
      res.setHeader('Content-Length', HEALTHY.length);
      res.setHeader('ETag', etag);
    }
    res.send(HEALTHY);
  };
}

/**
 * Calls a route handler as express does: an error it throws, or a promise it returns that rejects,
 * goes to `next` (and on to errorHandler).
 */
function handleAsExpress(handler: RequestHandler, req: Request, res: Response, next: NextFunction): void {
  try {
    const result: unknown = handler(req, res, next);
    if (result instanceof Promise)
      result.catch((error: unknown) => next(error || new Error('Rejected promise')));
  } catch (error) {
    next(error);
  }
}

/** `/readyz`: 200 when every check answers in time, else 503; each check's outcome in the body. */
function readinessRoute(readiness: Record<string, ReadinessCheck>, timeoutMs: number): RequestHandler {
  return async (_req, res) => {
    const entries = await Promise.all(
      Object.entries(readiness).map(async ([name, check]) => {
        try {
          await withTimeout(check(), timeoutMs, `${name} did not answer in time`);
          return [name, { ok: true }] as const;
        } catch (error) {
          return [
            name,
            { ok: false, error: error instanceof Error ? error.message : String(error) },
          ] as const;
        }
      }),
    );
    const ready = entries.every(([, r]) => r.ok);
    res
      .status(ready ? 200 : 503)
      .json({ status: ready ? 'ready' : 'not ready', checks: Object.fromEntries(entries) });
  };
}

/**
 * The last middleware: an error no route handled (a malformed or oversized JSON body, a failing
 * `/metrics` collector) answers JSON without a stack trace, in every mode; the stack goes to the log.
 * Express's own handler would send an HTML page with the stack outside production.
 */
export function errorHandler(logger: Logger) {
  return (error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const e = error as { status?: unknown; statusCode?: unknown; expose?: unknown; message?: unknown };
    const given = Number(e.status ?? e.statusCode);
    const status = given >= 400 && given < 500 ? given : 500;
    const log = (req as Request & Partial<LoggedRequest>).log ?? logger;
    if (status === 500) log.error({ err: error }, 'unhandled error (masked for the client)');
    const message =
      status !== 500 && e.expose === true && typeof e.message === 'string'
        ? e.message
        : status === 500
          ? 'Internal server error'
          : 'Bad request';
    const code = status === 500 ? 'INTERNAL_SERVER_ERROR' : status === 413 ? 'LIMIT_EXCEEDED' : 'BAD_REQUEST';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

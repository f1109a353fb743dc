import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Security headers (helmet) for a JSON API: no sniffing, no framing, no referrer, HSTS, same-origin
 * resource policy. In production a strict Content-Security-Policy (`default-src 'none'`): nothing a
 * server of this platform answers is meant to run in a browser. Outside production the policy is
 * left off so the development landing page (Apollo Sandbox, loaded from its CDN) keeps working.
 *
 * Helmet stays the source of the headers, but runs once, at start-up: the values of this
 * configuration depend on nothing in the request, so each request gets the recorded headers set in
 * one loop instead of helmet's chain of a dozen middlewares (a measurable share of a cheap request
 * such as `GET /healthz`).
 */
export function securityHeaders(options: { production: boolean }): RequestHandler {
  const { set, removed } = recordHeaders(helmet(helmetOptions(options)));
  return (_req, res, next) => {
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}

/**
 * A GraphQL answer is never stored by a browser or a proxy: it carries customer data and depends on the
 * caller's token. Apollo Server's cache-control plugin would say the same (`no-store` for an answer
 * without cache hints) at the price of a hook around every field a request resolves; no type or field
 * of the platform carries a cache hint, so the servers turn that plugin off
 * (ApolloServerPluginCacheControlDisabled) and set the header with this, once a request.
 */
export function noStore(): RequestHandler {
  return (_req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    next();
  };
}

/** The helmet configuration of securityHeaders. */
export function helmetOptions(options: { production: boolean }): HelmetOptions {
  return {
    contentSecurityPolicy: options.production
      ? {
          useDefaults: false,
          directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"] },
        }
      : false,
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  };
}

/** What a header middleware does to a response: the headers it sets (in order) and those it removes. */
interface RecordedHeaders {
  set: (readonly [string, string])[];
  removed: string[];
}

/**
 * Runs a header middleware once against a response that only records. It must finish at once and
 * touch nothing but `setHeader` and `removeHeader` (a static helmet configuration does): anything else
 * (a per-request CSP nonce, an asynchronous step) fails here, at start-up, rather than be replayed wrong.
 */
function recordHeaders(middleware: RequestHandler): RecordedHeaders {
  const recorded: RecordedHeaders = { set: [], removed: [] };
  const response = {
    setHeader: (name: string, value: unknown) => {
      if (typeof value !== 'string') throw new Error(`security header ${name} is not a plain string`);
      recorded.set.push([name, value]);
    },
    removeHeader: (name: string) => void recorded.removed.push(name),
  };
  let finished = false;
  middleware({} as never, response as never, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  if (!finished) throw new Error('the security headers middleware did not finish synchronously');
  return recorded;
}

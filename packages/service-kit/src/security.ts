import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers (helmet) for a JSON API: no sniffing, no framing, no referrer, HSTS, same-origin
 * resource policy. In production a strict Content-Security-Policy (`default-src 'none'`): nothing a
 * server of this platform answers is meant to run in a browser. Outside production the policy is
 * left off so the development landing page (Apollo Sandbox, loaded from its CDN) keeps working.
 */
export function securityHeaders(options: { production: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: options.production
      ? {
          useDefaults: false,
          directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"] },
        }
      : false,
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

import { baseServiceConfig, loadConfig, requireJwtSource } from '@care/service-kit/stateless';
import { z } from 'zod';

const url = z.url({ protocol: /^https?$/ });

/** 20 requests a second per caller, sustained for a minute: above any person's use of the front ends. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 1200;

/**
 * 8 MiB: governance's largest controlled document (DOCUMENT_MAX_BYTES, at most 5 MiB) travels base64 in
 * `registerDocument` (4 bytes per 3: 6,990,508), with up to 1 MiB of the request beside it, as governance
 * itself accepts (services/governance/src/app.ts).
 */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

/**
 * The Node.js options production starts the gateway with (NODE_OPTIONS in docker-compose.yml and
 * infra/k8s/base/gateway.yaml; `pnpm bench api` too): V8's old generation bounded at 512 MiB. Its live
 * heap is about 90 MiB under steady traffic and about 260 MiB with the parse and query-plan caches full
 * (tens of thousands of distinct documents). Without a bound, V8 sizes the heap from the machine's
 * memory (4 GiB on a large host) and lets it grow up to four times the live heap between collections:
 * the process's resident memory then wanders by hundreds of MiB with no leak behind it. 512 MiB of
 * heap, plus the young generation, code and the rest of the process (about 150 MiB), fits the
 * container's 768 MiB.
 */
export const GATEWAY_NODE_OPTIONS = '--max-old-space-size=512';

/** Browser origins allowed outside production when CORS_ORIGINS is unset: the usual local front-end servers. */
export const DEVELOPMENT_CORS_ORIGINS = [
  'http://localhost:3000',
  'http://localhost:5173',
  'http://127.0.0.1:3000',
  'http://127.0.0.1:5173',
];

/** True for an http(s) origin written as the browser sends it: scheme, host and port only. */
function isHttpOrigin(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === value;
  } catch {
    return false;
  }
}

/** A comma-separated list of origins, e.g. `https://care.example.com,http://localhost:3000`. */
const originList = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  )
  .check((ctx) => {
    for (const origin of ctx.value.filter((o) => !isHttpOrigin(o)))
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `"${origin}" is not an http(s) origin (scheme://host[:port], no path or trailing slash)`,
      });
  });

export const configSchema = requireJwtSource(
  baseServiceConfig.omit({ DATABASE_URL: true, NATS_URL: true }).extend({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    /** Routing URLs override the ones in the supergraph (e.g. container names under docker compose). */
    COMPLAINTS_URL: url.optional(),
    CUSTOMERS_AND_LOYALTY_URL: url.optional(),
    APPROVALS_URL: url.optional(),
    GOVERNANCE_URL: url.optional(),
    /** Largest accepted query: depth and number of fields, against abusive ad-hoc queries. */
    MAX_QUERY_DEPTH: z.coerce.number().int().min(1).default(12),
    /**
     * Requests per minute one caller may send to /graphql: keyed by the verified token's `sub`, by the
     * client's IP address without a valid token. 0 turns the limit off (benchmarks, load tests).
     */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(DEFAULT_RATE_LIMIT_PER_MINUTE),
    /**
     * Largest JSON body a caller with a valid token may send (413 LIMIT_EXCEEDED beyond it); a request
     * without a valid token gets at most 1 MiB, since it is refused anyway.
     */
    MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(64 * 1024)
      .max(64 * 1024 * 1024)
      .default(DEFAULT_MAX_BODY_BYTES),
    /** Deepest nesting of objects and lists accepted in a request's variables (refused before planning). */
    MAX_VARIABLES_DEPTH: z.coerce.number().int().min(1).max(256).default(32),
    /**
     * How long the gateway waits for one subgraph fetch before it answers that subgraph's fields with
     * null and UNAVAILABLE (a subgraph that hangs must not hold the whole request).
     */
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
    /**
     * Most sockets the gateway keeps open to one subgraph; requests beyond it wait for a free one, so a
     * burst cannot exhaust the subgraph's (or the gateway's) file descriptors.
     */
    SUBGRAPH_MAX_SOCKETS: z.coerce.number().int().min(1).max(4096).default(64),
    /**
     * Browser origins allowed to call /graphql (CORS, with credentials), comma-separated. Unset: the
     * local front-end servers outside production (DEVELOPMENT_CORS_ORIGINS), none in production.
     */
    CORS_ORIGINS: originList.optional(),
    /** Read by Node.js itself before the gateway starts: production sets GATEWAY_NODE_OPTIONS there. */
    NODE_OPTIONS: z.string().optional(),
  }),
);
export type GatewayConfig = z.output<typeof configSchema>;

export const readConfig = (env: Record<string, string | undefined> = process.env): GatewayConfig =>
  loadConfig('gateway', configSchema, env);

/** The origins CORS allows: CORS_ORIGINS, or its default for the mode. */
export function corsOrigins(config: GatewayConfig): string[] {
  return config.CORS_ORIGINS ?? (config.NODE_ENV === 'production' ? [] : DEVELOPMENT_CORS_ORIGINS);
}

/** Subgraph name -> URL overrides from the environment. */
export function subgraphUrlOverrides(config: GatewayConfig): Record<string, string> {
  const entries: [string, string | undefined][] = [
    ['complaints', config.COMPLAINTS_URL],
    ['customers-and-loyalty', config.CUSTOMERS_AND_LOYALTY_URL],
    ['approvals', config.APPROVALS_URL],
    ['governance', config.GOVERNANCE_URL],
  ];
  return Object.fromEntries(entries.filter((e): e is [string, string] => Boolean(e[1])));
}

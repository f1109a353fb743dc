import { baseServiceConfig, loadConfig, requireJwtSource } from '@care/service-kit';
import { z } from 'zod';

const url = z.url({ protocol: /^https?$/ });

/** 20 requests a second per caller, sustained for a minute: above any person's use of the front ends. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 1200;

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
    /** Deepest nesting of objects and lists accepted in a request's variables (refused before planning). */
    MAX_VARIABLES_DEPTH: z.coerce.number().int().min(1).max(256).default(32),
  }),
);
export type GatewayConfig = z.output<typeof configSchema>;

export const readConfig = (env: Record<string, string | undefined> = process.env): GatewayConfig =>
  loadConfig('gateway', configSchema, env);

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

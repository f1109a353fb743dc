import { baseServiceConfig, loadConfig, requireJwtSource } from '@care/service-kit';
import { z } from 'zod';

const url = z.url({ protocol: /^https?$/ });

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

import { loadConfig, subgraphConfig } from '@care/service-kit';
import type { z } from 'zod';

export const configSchema = subgraphConfig({ port: 4002, schema: 'loyalty' });
export type Config = z.output<typeof configSchema>;

export const readConfig = (env: Record<string, string | undefined> = process.env): Config =>
  loadConfig('customers-and-loyalty', configSchema, env);

import { loadConfig, subgraphConfig } from '@care/service-kit';
import type { z } from 'zod';

export const configSchema = subgraphConfig({ port: 4003, schema: 'approvals' });
export type Config = z.output<typeof configSchema>;

export const readConfig = (env: Record<string, string | undefined> = process.env): Config =>
  loadConfig('approvals', configSchema, env);

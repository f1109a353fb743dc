import { loadConfig, subgraphConfig } from '@care/service-kit';
import type { z } from 'zod';

export const configSchema = subgraphConfig({ port: 4001, schema: 'complaints' });
export type Config = z.output<typeof configSchema>;

export const readConfig = (env: Record<string, string | undefined> = process.env): Config =>
  loadConfig('complaints', configSchema, env);

import { configReader, subgraphConfig } from '@care/service-kit';
import type { z } from 'zod';

export const configSchema = subgraphConfig({ port: 4002, schema: 'loyalty' });
export type Config = z.output<typeof configSchema>;

export const readConfig = configReader('customers-and-loyalty', configSchema);

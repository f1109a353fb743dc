import { configReader, jobIntervalSeconds, subgraphConfig } from '@care/service-kit';
import { z } from 'zod';

export const configSchema = subgraphConfig({ port: 4001, schema: 'complaints' }).and(
  z.object({
    /** How often the SLA breach job runs; 0 turns the schedule off (the use case stays callable). */
    SLA_JOB_INTERVAL_SECONDS: jobIntervalSeconds(60),
  }),
);
export type Config = z.output<typeof configSchema>;

export const readConfig = configReader('complaints', configSchema);

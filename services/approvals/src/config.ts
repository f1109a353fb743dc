import { configReader, jobIntervalSeconds, subgraphConfig } from '@care/service-kit';
import { z } from 'zod';

export const configSchema = subgraphConfig({ port: 4003, schema: 'approvals' }).and(
  z.object({
    /**
     * How often the overdue-steps and emergency-ratification jobs run; 0 turns the schedule off (the jobs
     * stay callable).
     */
    OVERDUE_JOB_INTERVAL_SECONDS: jobIntervalSeconds(60),
  }),
);
export type Config = z.output<typeof configSchema>;

export const readConfig = configReader('approvals', configSchema);

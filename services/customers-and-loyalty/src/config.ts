import { configReader, jobIntervalSeconds, subgraphConfig } from '@care/service-kit';
import { z } from 'zod';

export const configSchema = subgraphConfig({ port: 4002, schema: 'loyalty' }).and(
  z.object({
    /** How often the change-response job runs (DOMAIN 2.5); 0 turns the schedule off (it stays callable). */
    OVERDUE_JOB_INTERVAL_SECONDS: jobIntervalSeconds(60),
    /** How many days before points expire the customer is reminded (`points.expiring`); 0: never. */
    POINTS_EXPIRY_NOTICE_DAYS: z.coerce.number().int().min(0).max(366).default(30),
  }),
);
export type Config = z.output<typeof configSchema>;

export const readConfig = configReader('customers-and-loyalty', configSchema);

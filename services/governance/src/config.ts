import { loadConfig, subgraphConfig } from '@care/service-kit';
import { z } from 'zod';
import { checkDocumentKeys, documentSettings } from './security/document-keys-config';
import { supervisionSettings } from './supervision-settings';

export const configSchema = subgraphConfig({ port: 4004, schema: 'governance' })
  .and(
    z.object({
      /** How often the rectification overdue job runs; 0 turns the schedule off (the use case stays callable). */
      RECTIFICATION_JOB_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
    }),
  )
  .and(documentSettings)
  .and(supervisionSettings)
  .superRefine(checkDocumentKeys);
export type Config = z.output<typeof configSchema>;

export const readConfig = (env: Record<string, string | undefined> = process.env): Config =>
  loadConfig('governance', configSchema, env);

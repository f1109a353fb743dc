import { configReader, jobIntervalSeconds, subgraphConfig } from '@care/service-kit';
import { z } from 'zod';
import { MIN_RETENTION_MONTHS } from './domain/audit-chain';
import { EMERGENCY_BUDGET_PERCENT } from './domain/emergency-budget';
import { DEFAULT_NOTIFICATION_POLICY } from './domain/incident';
import { KEY_ID, type MasterKeys, parseMasterKeys } from './persistence/document-keyring';

/** The audit trail's and the violations' settings (DOMAIN 4.1, 4.5), part of the service's config. */
export const supervisionSettings = z.object({
  /** Months audit entries are kept: at least 6 (DOMAIN 4.1); a shorter setting is refused at start-up. */
  AUDIT_RETENTION_MONTHS: z.coerce
    .number()
    .int()
    .min(MIN_RETENTION_MONTHS, `audit entries are kept at least ${MIN_RETENTION_MONTHS} months (DOMAIN 4.1)`)
    .max(1_200)
    .default(MIN_RETENTION_MONTHS),
  /** How often the purge of entries past retention runs; 0 turns the schedule off. */
  AUDIT_PURGE_INTERVAL_SECONDS: jobIntervalSeconds(86_400),
  /** How often the violation checks (unapproved discounts, overdue appeals) run; 0 turns them off. */
  VIOLATION_JOB_INTERVAL_SECONDS: jobIntervalSeconds(300),
  /** How long after an issued discount its approval may still arrive before a violation opens. */
  DISCOUNT_APPROVAL_GRACE_MINUTES: z.coerce.number().int().min(0).max(1_440).default(10),
});

/**
 * Emergencies (DOMAIN 4.6), policy data: the deadlines of an incident's notifications, which the seeds do
 * not give (the regulator within 72 hours of detection, the customers within 3 working days, by default),
 * the emergency budget's share of last year's activity total (DOMAIN 4.6: 5 %), and how often the check
 * for overdue notifications runs (0 turns its schedule off).
 */
export const emergencySettings = z.object({
  INCIDENT_REGULATOR_NOTICE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(720)
    .default(DEFAULT_NOTIFICATION_POLICY.regulatorHours),
  INCIDENT_CUSTOMER_NOTICE_WORKING_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(30)
    .default(DEFAULT_NOTIFICATION_POLICY.customerWorkingDays),
  EMERGENCY_BUDGET_PERCENT: z.coerce.number().min(0).max(100).default(EMERGENCY_BUDGET_PERCENT),
  INCIDENT_JOB_INTERVAL_SECONDS: jobIntervalSeconds(300),
});

/** DOMAIN 4.7: a document's content is at most this large unless DOCUMENT_MAX_BYTES says less (5 MiB). */
export const DOCUMENT_MAX_BYTES_LIMIT = 5 * 1024 * 1024;

/**
 * The settings of document encryption at rest (DOMAIN 4.7):
 * - DOCUMENT_KEYS: the master keys, `<key id>:<base64 of 32 random bytes>` separated by commas (old keys
 *   stay listed until `rewrapDocumentKeys` has moved every document to the active one);
 * - DOCUMENT_ACTIVE_KEY_ID: the key new documents are sealed under and re-wrapping moves to;
 * - DOCUMENT_MAX_BYTES: the largest content accepted.
 * Required in production; elsewhere, without them, documents cannot be stored or read (UNAVAILABLE)
 * and everything else works.
 */
export const documentSettings = z.object({
  DOCUMENT_KEYS: z
    .string()
    .transform((text, ctx) => {
      try {
        return parseMasterKeys(text);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    })
    .optional(),
  DOCUMENT_ACTIVE_KEY_ID: z.string().regex(KEY_ID, 'must be a key id of DOCUMENT_KEYS').optional(),
  DOCUMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1_024)
    .max(DOCUMENT_MAX_BYTES_LIMIT)
    .default(DOCUMENT_MAX_BYTES_LIMIT),
});

type DocumentSettings = z.output<typeof documentSettings> & { NODE_ENV: string };

/** The checks across settings: both keys and the active id or neither, the active one listed, production has them. */
export function checkDocumentKeys(config: DocumentSettings, ctx: z.RefinementCtx): void {
  const keys = config.DOCUMENT_KEYS;
  const active = config.DOCUMENT_ACTIVE_KEY_ID;
  if (!keys && !active) {
    if (config.NODE_ENV === 'production')
      ctx.addIssue({
        code: 'custom',
        path: ['DOCUMENT_KEYS'],
        message: 'is required in production (documents are stored encrypted): <key id>:<base64 of 32 bytes>',
      });
    return;
  }
  if (!keys)
    ctx.addIssue({
      code: 'custom',
      path: ['DOCUMENT_KEYS'],
      message: 'is required with DOCUMENT_ACTIVE_KEY_ID',
    });
  else if (!active)
    ctx.addIssue({
      code: 'custom',
      path: ['DOCUMENT_ACTIVE_KEY_ID'],
      message: 'is required with DOCUMENT_KEYS',
    });
  else if (!keys.has(active))
    ctx.addIssue({
      code: 'custom',
      path: ['DOCUMENT_ACTIVE_KEY_ID'],
      message: `names key ${active}, which DOCUMENT_KEYS does not list`,
    });
}

/** The configured master keys; null when document encryption is not configured. */
export function masterKeysOf(config: z.output<typeof documentSettings>): MasterKeys | null {
  return config.DOCUMENT_KEYS && config.DOCUMENT_ACTIVE_KEY_ID
    ? { activeKeyId: config.DOCUMENT_ACTIVE_KEY_ID, keys: config.DOCUMENT_KEYS }
    : null;
}

export const configSchema = subgraphConfig({ port: 4004, schema: 'governance' })
  .and(
    z.object({
      /** How often the rectification overdue job runs; 0 turns the schedule off (the use case stays callable). */
      RECTIFICATION_JOB_INTERVAL_SECONDS: jobIntervalSeconds(300),
    }),
  )
  .and(documentSettings)
  .and(supervisionSettings)
  .and(emergencySettings)
  .superRefine(checkDocumentKeys);
export type Config = z.output<typeof configSchema>;

export const readConfig = configReader('governance', configSchema);

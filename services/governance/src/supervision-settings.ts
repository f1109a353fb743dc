import { z } from 'zod';
import { MIN_RETENTION_MONTHS } from './domain/audit-chain';

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
  AUDIT_PURGE_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(86_400),
  /** How often the violation checks (unapproved discounts, overdue appeals) run; 0 turns them off. */
  VIOLATION_JOB_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
  /** How long after an issued discount its approval may still arrive before a violation opens. */
  DISCOUNT_APPROVAL_GRACE_MINUTES: z.coerce.number().int().min(0).max(1_440).default(10),
});

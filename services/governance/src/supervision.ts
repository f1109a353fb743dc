import { job, type JobDefinition } from '@care/service-kit';
import type { Subscription } from '@care/messaging';
import type { DataSource } from 'typeorm';
import { detectOverdueAppeals, detectUnapprovedDiscounts } from './application/detect-violations';
import type { Deps } from './application/ports';
import { purgeAuditTrail } from './application/purge-audit-trail';
import { violationDetection } from './events/violation-detection';
import { auditSnapshot, SqlViolationRepository } from './persistence';
import type { supervisionSettings } from './supervision-settings';
import type { z } from 'zod';

/*
 * The audit chain (DOMAIN 4.1) and violations (DOMAIN 4.5) in the service's composition root: their
 * dependencies, event reactions and jobs, which app.ts adds to the service's.
 */

type Settings = z.output<typeof supervisionSettings>;

/** The audit-chain purge job: `handle.jobs[AUDIT_PURGE_JOB].runNow()` runs it at once. */
export const AUDIT_PURGE_JOB = 'audit-purge';
/** Opens violations for discounts issued without their approval. */
export const UNAPPROVED_DISCOUNTS_JOB = 'unapproved-discounts';
/** Marks and announces appeals not decided within their 5 working days. */
export const OVERDUE_APPEALS_JOB = 'violation-appeals-overdue';

export const supervisionDependencies = (dataSource: DataSource, settings: Settings) => ({
  auditChain: { retentionMonths: settings.AUDIT_RETENTION_MONTHS, snapshot: auditSnapshot(dataSource) },
  violations: new SqlViolationRepository(dataSource.manager),
  violationSettings: { discountApprovalGraceMinutes: settings.DISCOUNT_APPROVAL_GRACE_MINUTES },
});

export const supervisionSubscriptions = (deps: Deps): Subscription[] => [violationDetection(deps)];

export const supervisionJobs = (deps: Deps, settings: Settings): JobDefinition[] => [
  job({
    name: AUDIT_PURGE_JOB,
    everyMs: settings.AUDIT_PURGE_INTERVAL_SECONDS * 1_000,
    run: () => purgeAuditTrail(deps),
    describe: (checkpoint) =>
      checkpoint !== null && { purgedThrough: checkpoint.position, deleted: checkpoint.deleted },
  }),
  job({
    name: UNAPPROVED_DISCOUNTS_JOB,
    everyMs: settings.VIOLATION_JOB_INTERVAL_SECONDS * 1_000,
    run: () => detectUnapprovedDiscounts(deps),
    describe: (opened) => opened.length > 0 && { opened: opened.length },
  }),
  job({
    name: OVERDUE_APPEALS_JOB,
    everyMs: settings.VIOLATION_JOB_INTERVAL_SECONDS * 1_000,
    run: () => detectOverdueAppeals(deps),
    describe: (marked) => marked.length > 0 && { marked: marked.length },
  }),
];

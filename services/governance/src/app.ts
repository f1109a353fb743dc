import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { WorkingCalendar } from '@care/calendar';
import type { Subscription } from '@care/messaging';
import {
  configuredClock,
  job,
  type JobDefinition,
  loadTypeDefs,
  type Logger,
  startSubgraph,
  type SubgraphHandle,
} from '@care/service-kit';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { detectOverdueNotifications } from './application/detect-overdue-notifications';
import { detectOverdueRectifications } from './application/detect-overdue-rectifications';
import { detectOverdueAppeals, detectUnapprovedDiscounts } from './application/detect-violations';
import type { Deps } from './application/ports';
import { purgeAuditTrail } from './application/purge-audit-trail';
import { type Config, masterKeysOf, type supervisionSettings } from './config';
import { auditTrail } from './events/audit-trail';
import { checkProjections } from './events/check-projections';
import { exceptionDecisions } from './events/exception-decisions';
import { rectificationIntake } from './events/rectification-intake';
import { violationDetection } from './events/violation-detection';
import { violationIntake } from './events/violation-intake';
import type { Context } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { auditSnapshot, entities, migrations, serviceRepositories, unitOfWork } from './persistence';
import { DocumentKeyring } from './persistence/document-keyring';

export const SERVICE_NAME = 'governance';
export const typeDefs = loadTypeDefs(path.join(__dirname, '..'));
export { entities, migrations };

/** The rectification overdue job's name: `handle.jobs[RECTIFICATION_OVERDUE_JOB].runNow()` runs it at once. */
export const RECTIFICATION_OVERDUE_JOB = 'rectification-overdue';
/** Marks and announces the notifications incidents owe that are past their deadline (DOMAIN 4.6). */
export const INCIDENT_NOTIFICATIONS_JOB = 'incident-notifications-overdue';

export interface ServiceOptions {
  /** The time the service lives in; tests fix it. */
  clock?: Deps['clock'];
  calendar?: WorkingCalendar;
}

export function startService(
  config: Config,
  logger: Logger,
  options: ServiceOptions = {},
): Promise<SubgraphHandle<Deps>> {
  const clock = options.clock ?? configuredClock(config, logger);
  const calendar =
    options.calendar ??
    WorkingCalendar.chinaMainland(
      { timeZone: config.TIME_ZONE },
      {
        onMissingYear: (year) =>
          logger.warn({ year }, 'no holiday data for this year: counting weekends only (provisional)'),
      },
    );
  return startSubgraph<Context, Deps>(
    {
      name: SERVICE_NAME,
      typeDefs,
      resolvers,
      entities,
      migrations,
      dependencies: ({ dataSource }) => ({
        ...serviceRepositories(dataSource.manager),
        unitOfWork: unitOfWork(dataSource),
        clock,
        newId: randomUUID,
        calendar,
        documentCipher: new DocumentKeyring(masterKeysOf(config)),
        documentMaxBytes: config.DOCUMENT_MAX_BYTES,
        timeZone: config.TIME_ZONE,
        emergencySettings: {
          notificationPolicy: {
            regulatorHours: config.INCIDENT_REGULATOR_NOTICE_HOURS,
            customerWorkingDays: config.INCIDENT_CUSTOMER_NOTICE_WORKING_DAYS,
          },
          budgetPercent: config.EMERGENCY_BUDGET_PERCENT,
        },
        ...supervisionDependencies(dataSource, config),
      }),
      extendContext: (base, deps) => ({ ...base, deps }),
      // A document's content comes base64-encoded (4 bytes per 3), with the rest of the request beside it.
      bodyLimit: `${Math.ceil((config.DOCUMENT_MAX_BYTES * 4) / 3) + 1_048_576}b`,
      subscriptions: (deps) => [
        auditTrail,
        rectificationIntake(deps),
        ...supervisionSubscriptions(deps),
        checkProjections,
        exceptionDecisions(deps),
      ],
      jobs: (deps) => [
        job({
          name: RECTIFICATION_OVERDUE_JOB,
          // 0 turns the schedule off; the job still runs when asked.
          everyMs: config.RECTIFICATION_JOB_INTERVAL_SECONDS * 1_000,
          run: () => detectOverdueRectifications(deps),
          describe: (marked) => marked.length > 0 && { marked: marked.length },
        }),
        job({
          name: INCIDENT_NOTIFICATIONS_JOB,
          everyMs: config.INCIDENT_JOB_INTERVAL_SECONDS * 1_000,
          run: () => detectOverdueNotifications(deps),
          describe: (marked) => marked.length > 0 && { incidents: marked.length },
        }),
        ...supervisionJobs(deps, config),
      ],
    },
    config,
    logger,
  );
}

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
  violationSettings: { discountApprovalGraceMinutes: settings.DISCOUNT_APPROVAL_GRACE_MINUTES },
});

export const supervisionSubscriptions = (deps: Deps): Subscription[] => [
  violationDetection(deps),
  violationIntake(deps),
];

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

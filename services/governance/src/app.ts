import path from 'node:path';
import {
  countedAs,
  job,
  type JobDefinition,
  loadTypeDefs,
  serviceStarter,
  type ServiceTimeOptions,
  type StartService,
} from '@care/service-kit';
import { detectOverdueNotifications } from './application/detect-overdue-notifications';
import { detectOverdueRectifications } from './application/detect-overdue-rectifications';
import { detectOverdueAppeals, detectUnapprovedDiscounts } from './application/detect-violations';
import type { Deps } from './application/ports';
import { purgeAuditTrail } from './application/purge-audit-trail';
import { type Config, masterKeysOf } from './config';
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
/** The kit's common SDL, then this package's src/graphql/schema/*.graphql in file-name order. */
export const typeDefs = loadTypeDefs(path.join(__dirname, '..'));
export { entities, migrations };

/** The jobs' names: `handle.jobs[RECTIFICATION_OVERDUE_JOB].runNow()` runs one at once. */
export const RECTIFICATION_OVERDUE_JOB = 'rectification-overdue';
/** Marks and announces the notifications incidents owe that are past their deadline (DOMAIN 4.6). */
export const INCIDENT_NOTIFICATIONS_JOB = 'incident-notifications-overdue';
/** Purges the audit entries past retention (DOMAIN 4.1). */
export const AUDIT_PURGE_JOB = 'audit-purge';
/** Opens violations for discounts issued without their approval. */
export const UNAPPROVED_DISCOUNTS_JOB = 'unapproved-discounts';
/** Marks and announces appeals not decided within their 5 working days. */
export const OVERDUE_APPEALS_JOB = 'violation-appeals-overdue';

export type ServiceOptions = ServiceTimeOptions;

/** The service's jobs; an interval of 0 turns a schedule off (the job still runs when asked). */
const jobsOf = (deps: Deps, config: Config): JobDefinition[] => [
  job({
    name: RECTIFICATION_OVERDUE_JOB,
    everyMs: config.RECTIFICATION_JOB_INTERVAL_SECONDS * 1_000,
    run: () => detectOverdueRectifications(deps),
    describe: countedAs('marked'),
  }),
  job({
    name: INCIDENT_NOTIFICATIONS_JOB,
    everyMs: config.INCIDENT_JOB_INTERVAL_SECONDS * 1_000,
    run: () => detectOverdueNotifications(deps),
    describe: countedAs('incidents'),
  }),
  job({
    name: AUDIT_PURGE_JOB,
    everyMs: config.AUDIT_PURGE_INTERVAL_SECONDS * 1_000,
    run: () => purgeAuditTrail(deps),
    describe: (checkpoint) =>
      checkpoint !== null && { purgedThrough: checkpoint.position, deleted: checkpoint.deleted },
  }),
  job({
    name: UNAPPROVED_DISCOUNTS_JOB,
    everyMs: config.VIOLATION_JOB_INTERVAL_SECONDS * 1_000,
    run: () => detectUnapprovedDiscounts(deps),
    describe: countedAs('opened'),
  }),
  job({
    name: OVERDUE_APPEALS_JOB,
    everyMs: config.VIOLATION_JOB_INTERVAL_SECONDS * 1_000,
    run: () => detectOverdueAppeals(deps),
    describe: countedAs('marked'),
  }),
];

export const startService: StartService<Config, Deps, ServiceOptions> = serviceStarter<Context, Deps, Config>(
  (config, time) => ({
    name: SERVICE_NAME,
    typeDefs,
    resolvers,
    entities,
    migrations,
    dependencies: ({ dataSource }) => ({
      ...serviceRepositories(dataSource.manager),
      unitOfWork: unitOfWork(dataSource),
      ...time,
      documentCipher: new DocumentKeyring(masterKeysOf(config)),
      documentMaxBytes: config.DOCUMENT_MAX_BYTES,
      emergencySettings: {
        notificationPolicy: {
          regulatorHours: config.INCIDENT_REGULATOR_NOTICE_HOURS,
          customerWorkingDays: config.INCIDENT_CUSTOMER_NOTICE_WORKING_DAYS,
        },
        budgetPercent: config.EMERGENCY_BUDGET_PERCENT,
      },
      auditChain: { retentionMonths: config.AUDIT_RETENTION_MONTHS, snapshot: auditSnapshot(dataSource) },
      violationSettings: { discountApprovalGraceMinutes: config.DISCOUNT_APPROVAL_GRACE_MINUTES },
    }),
    extendContext: (base, deps) => ({ ...base, deps }),
    // A document's content comes base64-encoded (4 bytes per 3), with the rest of the request beside it.
    bodyLimit: `${Math.ceil((config.DOCUMENT_MAX_BYTES * 4) / 3) + 1_048_576}b`,
    subscriptions: (deps) => [
      auditTrail,
      rectificationIntake(deps),
      violationDetection(deps),
      violationIntake(deps),
      checkProjections,
      exceptionDecisions(deps),
    ],
    jobs: (deps) => jobsOf(deps, config),
  }),
);

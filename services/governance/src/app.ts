import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { WorkingCalendar } from '@care/calendar';
import {
  configuredClock,
  job,
  loadTypeDefs,
  startSubgraph,
  type Logger,
  type SubgraphHandle,
} from '@care/service-kit';
import { detectOverdueRectifications } from './application/detect-overdue-rectifications';
import type { Deps } from './application/ports';
import type { Config } from './config';
import { auditTrail } from './events/audit-trail';
import { rectificationIntake } from './events/rectification-intake';
import type { Context } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import {
  entities,
  migrations,
  SqlDocumentRepository,
  SqlRectificationRepository,
  TypeOrmAuditEntryRepository,
  unitOfWork,
} from './persistence';
import { DocumentKeyring } from './security/document-keyring';
import { masterKeysOf } from './security/document-keys-config';
import { supervisionDependencies, supervisionJobs, supervisionSubscriptions } from './supervision';

export const SERVICE_NAME = 'governance';
export const typeDefs = loadTypeDefs(path.join(__dirname, '..'));
export { entities, migrations };

/** The rectification overdue job's name: `handle.jobs[RECTIFICATION_OVERDUE_JOB].runNow()` runs it at once. */
export const RECTIFICATION_OVERDUE_JOB = 'rectification-overdue';

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
        entries: new TypeOrmAuditEntryRepository(dataSource.manager),
        unitOfWork: unitOfWork(dataSource),
        clock,
        newId: randomUUID,
        calendar,
        rectifications: new SqlRectificationRepository(dataSource.manager),
        documents: new SqlDocumentRepository(dataSource.manager),
        documentCipher: new DocumentKeyring(masterKeysOf(config)),
        documentMaxBytes: config.DOCUMENT_MAX_BYTES,
        ...supervisionDependencies(dataSource, config),
      }),
      extendContext: (base, deps) => ({ ...base, deps }),
      // A document's content comes base64-encoded (4 bytes per 3), with the rest of the request beside it.
      bodyLimit: `${Math.ceil((config.DOCUMENT_MAX_BYTES * 4) / 3) + 1_048_576}b`,
      subscriptions: (deps) => [auditTrail, rectificationIntake(deps), ...supervisionSubscriptions(deps)],
      jobs: (deps) => [
        job({
          name: RECTIFICATION_OVERDUE_JOB,
          // 0 turns the schedule off; the job still runs when asked.
          everyMs: config.RECTIFICATION_JOB_INTERVAL_SECONDS * 1_000,
          run: () => detectOverdueRectifications(deps),
          describe: (marked) => marked.length > 0 && { marked: marked.length },
        }),
        ...supervisionJobs(deps, config),
      ],
    },
    config,
    logger,
  );
}

import path from 'node:path';
import { countedAs, job, loadTypeDefs, serviceStarter } from '@care/service-kit';
import DataLoader from 'dataloader';
import { approvalBySubjectLoader } from './application/approval-subjects';
import { markOverdueSteps } from './application/mark-overdue-steps';
import { markUnratifiedEmergencies } from './application/mark-unratified-emergencies';
import type { Deps } from './application/ports';
import type { Config } from './config';
import type { ApprovalRequest } from './domain/approval-request';
import type { Payment } from './domain/payment';
import { asks } from './events/asks';
import type { Context } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { entities, migrations, serviceRepositories, unitOfWork } from './persistence';

export const SERVICE_NAME = 'approvals';
/** The jobs' names: `handle.jobs[OVERDUE_STEPS_JOB].runNow()` runs one at once. */
export const OVERDUE_STEPS_JOB = 'overdue-steps';
export const RATIFICATION_JOB = 'emergency-ratification';
/** The kit's common SDL, then this package's src/graphql/schema/*.graphql in file-name order. */
export const typeDefs = loadTypeDefs(path.join(__dirname, '..'));
export { entities, migrations };

/** Each request's loaders: a page of requests reads their payments in one statement. */
function loadersOf(deps: Deps): Context['loaders'] {
  return {
    approvalRequest: new DataLoader<string, ApprovalRequest | null>(async (ids) => {
      const found = new Map((await deps.requests.findByIds(ids)).map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    approvalBySubject: approvalBySubjectLoader(deps),
    payments: new DataLoader<string, Payment[]>(async (ids) => {
      const all = await deps.payments.byRequests(ids);
      return ids.map((id) => all.filter((p) => p.requestId === id));
    }),
  };
}

export const startService = serviceStarter<Context, Deps, Config>((config, time) => ({
  name: SERVICE_NAME,
  typeDefs,
  resolvers,
  entities,
  migrations,
  dependencies: ({ dataSource }) => ({
    ...serviceRepositories(dataSource.manager),
    unitOfWork: unitOfWork(dataSource),
    ...time,
  }),
  extendContext: (base, deps) => ({ ...base, deps, loaders: loadersOf(deps) }),
  subscriptions: (deps) => [asks(deps)],
  jobs: (deps) => {
    // 0 turns the schedule off; the jobs still run when asked.
    const everyMs = config.OVERDUE_JOB_INTERVAL_SECONDS * 1_000;
    const describe = countedAs('marked');
    return [
      job({ name: OVERDUE_STEPS_JOB, everyMs, run: () => markOverdueSteps(deps), describe }),
      job({ name: RATIFICATION_JOB, everyMs, run: () => markUnratifiedEmergencies(deps), describe }),
    ];
  },
}));

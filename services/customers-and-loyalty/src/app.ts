import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { WorkingCalendar } from '@care/calendar';
import {
  configuredClock,
  loadTypeDefs,
  startSubgraph,
  type Logger,
  type SubgraphHandle,
} from '@care/service-kit';
import DataLoader from 'dataloader';
import { auditPersonalDataRead } from './application/audit-personal-data';
import { expirePoints } from './application/expire-points';
import type { Clock, Consent, Deps, Interaction } from './application/ports';
import type { Config } from './config';
import type { Campaign } from './domain/campaign';
import type { Customer } from './domain/customer';
import type { Freeze } from './domain/freeze';
import type { LoyaltyPolicy } from './domain/policy';
import type { WorkingTime } from './domain/working-time';
import { approvalsConsumer, compensationConsumer, complaintClassifiedConsumer } from './events/consumers';
import type { Context } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import {
  entities,
  migrations,
  SqlCampaignRepository,
  SqlCustomerRepository,
  SqlKpiRepository,
  SqlLedgerRepository,
  SqlTierRepository,
  unitOfWork,
} from './persistence';

export const SERVICE_NAME = 'customers-and-loyalty';
export const typeDefs = loadTypeDefs(path.join(__dirname, 'graphql', 'schema.graphql'));
export { entities, migrations };

export interface ServiceOptions {
  /** The clock every rule reads (tests fix it). */
  clock?: Clock;
  calendar?: WorkingTime;
  /** How often the points expiry job runs; 0 turns it off (tests run it by hand). */
  expiryIntervalMs?: number;
}

function grouped<K, V>(keys: readonly K[], items: V[], keyOf: (v: V) => K): V[][] {
  const map = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const item of items) map.get(keyOf(item))?.push(item);
  return keys.map((k) => map.get(k) ?? []);
}

export async function startService(
  config: Config,
  logger: Logger,
  options: ServiceOptions = {},
): Promise<SubgraphHandle> {
  const clock = options.clock ?? configuredClock(config, logger);
  const calendar = options.calendar ?? WorkingCalendar.chinaMainland();
  let deps!: Deps;
  const handle = await startSubgraph<Context>(
    {
      name: SERVICE_NAME,
      typeDefs,
      resolvers,
      entities,
      migrations,
      extendContext: (base, { dataSource }) => {
        deps ??= {
          customers: new SqlCustomerRepository(dataSource.manager),
          ledger: new SqlLedgerRepository(dataSource.manager),
          tiers: new SqlTierRepository(dataSource.manager),
          campaigns: new SqlCampaignRepository(dataSource.manager),
          kpis: new SqlKpiRepository(dataSource.manager),
          unitOfWork: unitOfWork(dataSource),
          clock,
          calendar,
          newId: randomUUID,
        };
        return {
          ...base,
          deps,
          loaders: {
            customer: new DataLoader<string, Customer | null>(async (ids) => {
              const found = new Map((await deps.customers.findByIds(ids)).map((c) => [c.id, c]));
              return ids.map((id) => found.get(id) ?? null);
            }),
            consents: new DataLoader<string, Consent[]>(async (ids) =>
              grouped(ids, await deps.customers.consentsOf(ids), (c) => c.customerId),
            ),
            freezes: new DataLoader<string, Freeze[]>(async (ids) =>
              grouped(ids, await deps.customers.freezesOf(ids), (f) => f.customerId),
            ),
            annualSpend: new DataLoader<string, string, string>(async (keys) => {
              // key: `${year}:${customerId}`; one statement per year asked for in the request.
              const byYear = new Map<number, string[]>();
              for (const k of keys) {
                const [year = '', id = ''] = k.split(':');
                byYear.set(Number(year), [...(byYear.get(Number(year)) ?? []), id]);
              }
              const results = new Map<string, string>();
              for (const [year, ids] of byYear)
                for (const [id, spend] of await deps.ledger.annualSpend(ids, year))
                  results.set(`${year}:${id}`, spend);
              return keys.map((k) => results.get(k) ?? '0.00');
            }),
            campaign: new DataLoader<string, Campaign | null>(async (ids) => {
              const found = new Map((await deps.campaigns.findByIds(ids)).map((c) => [c.id, c]));
              return ids.map((id) => found.get(id) ?? null);
            }),
            interactions: new DataLoader<string, Interaction[]>(async (ids) =>
              grouped(ids, await deps.campaigns.interactionsOf(ids), (i) => i.campaignId),
            ),
            policy: new DataLoader<'current', LoyaltyPolicy>(async (keys) => {
              const policy = await deps.tiers.policyAt(clock.now());
              return keys.map(() => policy);
            }),
            personalDataRead: new DataLoader<string, true>(async (keys) => {
              await auditPersonalDataRead(
                deps,
                base,
                keys.map((k) => {
                  const [field = '', customerId = ''] = k.split(':');
                  return { customerId, field: field as 'email' | 'phone' | 'birthday' };
                }),
              );
              return keys.map(() => true as const);
            }),
          },
        };
      },
      consumers: (context) => {
        const consumerDeps = { clock, calendar, newId: randomUUID };
        return [
          complaintClassifiedConsumer(context, consumerDeps),
          compensationConsumer(context, consumerDeps),
          approvalsConsumer(context, consumerDeps),
        ];
      },
    },
    config,
    logger,
  );
  const interval = options.expiryIntervalMs ?? (config.NODE_ENV === 'test' ? 0 : 3_600_000);
  if (interval > 0) {
    const jobDeps: Deps = {
      customers: new SqlCustomerRepository(handle.dataSource.manager),
      ledger: new SqlLedgerRepository(handle.dataSource.manager),
      tiers: new SqlTierRepository(handle.dataSource.manager),
      campaigns: new SqlCampaignRepository(handle.dataSource.manager),
      kpis: new SqlKpiRepository(handle.dataSource.manager),
      unitOfWork: unitOfWork(handle.dataSource),
      clock,
      calendar,
      newId: randomUUID,
    };
    const timer = setInterval(() => {
      expirePoints(jobDeps).then(
        (n) => n > 0 && logger.info({ points: n }, 'points expired'),
        (error: unknown) => logger.error({ err: error }, 'points expiry failed'),
      );
    }, interval);
    timer.unref();
    const close = handle.close;
    handle.close = async () => {
      clearInterval(timer);
      await close();
    };
  }
  return handle;
}

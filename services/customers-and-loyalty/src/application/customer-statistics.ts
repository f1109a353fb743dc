import { requireRole, type Caller } from '@care/service-kit';
import type { CustomerStatistic, Deps } from './ports';

/** DOMAIN 2.7: a data export needs compliance's authorisation and is for statistics only: aggregates, no person. */
export async function customerStatistics(
  deps: Deps,
  caller: Caller,
  year: number,
): Promise<CustomerStatistic[]> {
  requireRole(caller.actor, 'compliance');
  return deps.kpis.statistics(year);
}

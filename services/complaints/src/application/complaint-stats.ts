import { refuse } from '@care/domain-kernel';
import { authorised } from '@care/service-kit';
import { STATS_ROLES } from '../domain/access';
import type { ComplaintFilter, Deps, StatsDimension, StatsRow } from './ports';

export interface StatsQuestion {
  groupBy: StatsDimension[];
  filter: ComplaintFilter;
}

/** DOMAIN 1.11: complaint statistics for supervision and analysts, aggregated in SQL. */
export const complaintStats = authorised(
  STATS_ROLES,
  async (deps: Deps, _caller, { groupBy, filter }: StatsQuestion): Promise<StatsRow[]> => {
    if (groupBy.length > 3) throw refuse.input('groupBy', 'group by at most 3 dimensions');
    if (filter.receivedFrom && filter.receivedTo && filter.receivedFrom > filter.receivedTo)
      throw refuse.input('filter', 'the date range ends before it starts');
    return deps.statistics.stats(groupBy, filter, deps.timeZone);
  },
);

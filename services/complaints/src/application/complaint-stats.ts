import { Refusal } from '@care/domain-kernel';
import { requireRole, type Caller } from '@care/service-kit';
import { STATS_ROLES } from '../domain/access';
import type { ComplaintFilter, Deps, StatsDimension, StatsRow } from './ports';

/** DOMAIN 1.11: complaint statistics for supervision and analysts, aggregated in SQL. */
export function complaintStats(
  deps: Deps,
  caller: Caller,
  groupBy: StatsDimension[],
  filter: ComplaintFilter,
): Promise<StatsRow[]> {
  requireRole(caller.actor, ...STATS_ROLES);
  if (groupBy.length > 3)
    throw new Refusal('BAD_USER_INPUT', 'group by at most 3 dimensions', { argument: 'groupBy' });
  if (filter.receivedFrom && filter.receivedTo && filter.receivedFrom > filter.receivedTo)
    throw new Refusal('BAD_USER_INPUT', 'the date range ends before it starts', { argument: 'filter' });
  return deps.statistics.stats(groupBy, filter, deps.timeZone);
}

import type { EntityManager } from 'typeorm';
import type { ComplaintFilter, ComplaintStatistics, StatsDimension, StatsRow } from '../application/ports';
import { filterSql } from './complaint-repository';
import {
  ROLLUP_DIMENSIONS,
  ROLLUP_TIME_ZONE,
  type RollupDimension,
} from './migrations/1767398400000-complaint-daily-stats';

type Period = 'MONTH' | 'QUARTER';
const isPeriod = (d: StatsDimension): d is Period => d === 'MONTH' || d === 'QUARTER';

/** The column of each grouping that is not a calendar period (the rollup keeps the same names). */
const COLUMN: Record<Exclude<StatsDimension, Period>, string> = {
  CATEGORY: 'c.category',
  DEPARTMENT: 'c.lead_department',
  CHANNEL: 'c.channel',
  URGENCY: 'c.urgency',
  STATUS: 'c.status',
  HANDLER: 'c.resolved_by',
};

/** Calendar periods of receipt in the company time zone. */
const PERIOD: Record<Period, string> = { MONTH: `'YYYY-MM'`, QUARTER: `'YYYY-"Q"Q'` };

/** What each grouping needs of the rollup: nothing more than its day (periods), a column, or more than it keeps. */
const ROLLUP_NEEDS: Record<StatsDimension, RollupDimension | 'day' | 'no'> = {
  CATEGORY: 'category',
  DEPARTMENT: 'lead_department',
  CHANNEL: 'channel',
  URGENCY: 'urgency',
  STATUS: 'status',
  MONTH: 'day',
  QUARTER: 'day',
  HANDLER: 'no',
};

/** The sums of a group, under the names `toStatsRow` reads: from the complaints, and from the rollup. */
const COMPLAINT_SUMS = `count(*)::int AS count, count(c.on_time)::int AS resolved,
  count(*) FILTER (WHERE c.on_time)::int AS on_time, count(*) FILTER (WHERE c.breached)::int AS breached,
  sum(c.working_hours_to_resolve) AS hours_sum, count(c.working_hours_to_resolve)::int AS hours_n,
  sum(c.satisfaction) AS satisfaction_sum, count(c.satisfaction)::int AS satisfaction_n`;
const ROLLUP_SUMS = `sum(c.n)::int AS count, sum(c.resolved)::int AS resolved,
  sum(c.on_time)::int AS on_time, sum(c.breached_n)::int AS breached,
  sum(c.hours_sum) AS hours_sum, sum(c.hours_n)::int AS hours_n,
  sum(c.satisfaction_sum) AS satisfaction_sum, sum(c.satisfaction_n)::int AS satisfaction_n`;

const ROLLUP_DAY = new Intl.DateTimeFormat('en-US', {
  timeZone: ROLLUP_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The rollup day (YYYY-MM-DD) that starts at the instant; null when it is not the start of a day there. */
export function rollupDayStartingAt(at: Date): string | null {
  if (at.getUTCMilliseconds() !== 0) return null;
  const part = Object.fromEntries(ROLLUP_DAY.formatToParts(at).map((p) => [p.type, p.value]));
  if (part.hour !== '00' || part.minute !== '00' || part.second !== '00') return null;
  return /^\d{4}$/.test(part.year ?? '') ? `${part.year}-${part.month}-${part.day}` : null;
}

interface RollupPlan {
  groupingSet: number;
  fromDay: string | null;
  toDay: string | null;
}

/**
 * How the rollup answers the question, or null when it cannot: a customer's complaints, per person, a
 * date bound that is not the start of a day in the rollup's zone, or periods in another zone. It reads
 * the rollup of the one column the question needs (or of none), else the rollup of every column.
 */
function rollupPlan(dims: StatsDimension[], filter: ComplaintFilter, timeZone: string): RollupPlan | null {
  if (filter.customerId) return null;
  const needs = new Set(dims.map((d) => ROLLUP_NEEDS[d]));
  if (needs.has('no') || (needs.has('day') && timeZone !== ROLLUP_TIME_ZONE)) return null;
  needs.delete('day');
  const filtered: [RollupDimension, boolean][] = [
    ['status', !!filter.status?.length],
    ['kind', !!filter.kind?.length],
    ['category', !!filter.category?.length],
    ['urgency', !!filter.urgency?.length],
    ['channel', !!filter.channel?.length],
    ['departments', !!filter.department],
    ['breached', filter.breached !== null && filter.breached !== undefined],
  ];
  for (const [column, used] of filtered) if (used) needs.add(column);
  const fromDay = filter.receivedFrom ? rollupDayStartingAt(filter.receivedFrom) : null;
  const toDay = filter.receivedTo ? rollupDayStartingAt(filter.receivedTo) : null;
  if ((filter.receivedFrom && !fromDay) || (filter.receivedTo && !toDay)) return null;
  const kept = [...needs] as RollupDimension[];
  // GROUPING(...) of a set that keeps one column: every bit but that column's; 0 keeps them all. A
  // question that needs no column reads the smallest one-column rollup (breached: two rows a day at most).
  const all = (1 << ROLLUP_DIMENSIONS.length) - 1;
  const bit = (c: RollupDimension) => 1 << (ROLLUP_DIMENSIONS.length - 1 - ROLLUP_DIMENSIONS.indexOf(c));
  const groupingSet = kept.length > 1 ? 0 : all & ~bit(kept[0] ?? 'breached');
  return { groupingSet, fromDay, toDay };
}

const average = (sum: unknown, n: number) => (n === 0 ? null : Math.round((Number(sum) / n) * 100) / 100);

function toStatsRow(dims: StatsDimension[], r: Record<string, unknown>): StatsRow {
  const resolved = Number(r.resolved);
  const onTime = Number(r.on_time);
  return {
    key: Object.fromEntries(dims.map((d, i) => [d, (r[`g${i}`] as string | null) ?? null])),
    count: Number(r.count),
    resolvedCount: resolved,
    onTimeCount: onTime,
    onTimeRate: resolved === 0 ? null : Math.round((onTime / resolved) * 10_000) / 10_000,
    averageWorkingHoursToResolve: average(r.hours_sum, Number(r.hours_n)),
    averageSatisfaction: average(r.satisfaction_sum, Number(r.satisfaction_n)),
    breachedCount: Number(r.breached),
  };
}

const placeholder = (params: unknown[]) => (v: unknown) => {
  params.push(v);
  return `$${params.length}`;
};

/**
 * DOMAIN 1.11: volume, distribution, on-time rate (resolved within target / resolved), average working
 * hours to resolve and satisfaction, aggregated by Postgres in one statement: over the daily rollup
 * (`complaint_daily_stats`) when it can answer the question, over the complaints otherwise. Both sum
 * exactly and divide the same way, so they give the same answer.
 */
export class SqlComplaintStatistics implements ComplaintStatistics {
  constructor(private readonly manager: EntityManager) {}

  async stats(groupBy: StatsDimension[], filter: ComplaintFilter, timeZone: string): Promise<StatsRow[]> {
    return (
      (await this.fromRollup(groupBy, filter, timeZone)) ?? this.fromComplaints(groupBy, filter, timeZone)
    );
  }

  /** The answer read from the complaints themselves. */
  fromComplaints(groupBy: StatsDimension[], filter: ComplaintFilter, timeZone: string): Promise<StatsRow[]> {
    const dims = [...new Set(groupBy)];
    const params: unknown[] = [];
    const p = placeholder(params);
    let zone: string | undefined;
    const groups = dims.map((d) =>
      isPeriod(d) ? `to_char(c.received_at AT TIME ZONE ${(zone ??= p(timeZone))}, ${PERIOD[d]})` : COLUMN[d],
    );
    return this.aggregate('complaint c', COMPLAINT_SUMS, dims, groups, filterSql(filter, params), params);
  }

  /** The answer read from the daily rollup; null when the rollup cannot answer it (see `rollupPlan`). */
  async fromRollup(
    groupBy: StatsDimension[],
    filter: ComplaintFilter,
    timeZone: string,
  ): Promise<StatsRow[] | null> {
    const dims = [...new Set(groupBy)];
    const plan = rollupPlan(dims, filter, timeZone);
    if (!plan) return null;
    const params: unknown[] = [plan.groupingSet];
    const p = placeholder(params);
    // The rollup names its columns as the complaint table does: the filter's conditions read the same.
    const where = [
      'c.grouping_set = $1',
      'c.n > 0',
      ...filterSql({ ...filter, receivedFrom: null, receivedTo: null }, params),
    ];
    if (plan.fromDay) where.push(`c.day >= ${p(plan.fromDay)}::date`);
    if (plan.toDay) where.push(`c.day < ${p(plan.toDay)}::date`);
    const groups = dims.map((d) => (isPeriod(d) ? `to_char(c.day, ${PERIOD[d]})` : COLUMN[d]));
    return this.aggregate('complaint_daily_stats c', ROLLUP_SUMS, dims, groups, where, params);
  }

  private async aggregate(
    from: string,
    sums: string,
    dims: StatsDimension[],
    groups: string[],
    where: string[],
    params: unknown[],
  ): Promise<StatsRow[]> {
    const names = groups.map((_, i) => `g${i}`);
    const sql = `
      SELECT ${[...groups.map((g, i) => `${g} AS ${names[i]}`), sums].join(', ')}
        FROM ${from}
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ${names.length ? `GROUP BY ${names.join(', ')} ORDER BY ${names.join(', ')}` : ''}`;
    const rows: Record<string, unknown>[] = await this.manager.query(sql, params);
    return rows.map((r) => toStatsRow(dims, r));
  }
}

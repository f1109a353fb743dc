import type { EntityManager } from 'typeorm';
import type { ComplaintFilter, ComplaintStatistics, StatsDimension, StatsRow } from '../application/ports';
import { filterSql } from './complaint-repository';

/** SQL expression of each grouping (MONTH in the company time zone: parameter $1, pushed first). */
const DIMENSION_SQL: Record<StatsDimension, string> = {
  CATEGORY: 'c.category',
  DEPARTMENT: 'c.lead_department',
  CHANNEL: 'c.channel',
  URGENCY: 'c.urgency',
  STATUS: 'c.status',
  MONTH: `to_char(c.received_at AT TIME ZONE $1, 'YYYY-MM')`,
  QUARTER: `to_char(c.received_at AT TIME ZONE $1, 'YYYY-"Q"Q')`,
  HANDLER: 'c.resolved_by',
};

/**
 * DOMAIN 1.11: volume, distribution, on-time rate (resolved within target / resolved), average working
 * hours to resolve and satisfaction, aggregated by Postgres in one statement.
 */
export class SqlComplaintStatistics implements ComplaintStatistics {
  constructor(private readonly manager: EntityManager) {}

  async stats(groupBy: StatsDimension[], filter: ComplaintFilter, timeZone: string): Promise<StatsRow[]> {
    const dims = [...new Set(groupBy)];
    const params: unknown[] = dims.includes('MONTH') || dims.includes('QUARTER') ? [timeZone] : [];
    const where = filterSql(filter, params);
    const selected = dims.map((d, i) => `${DIMENSION_SQL[d]} AS g${i}`);
    const sql = `
      SELECT ${[...selected, ''].join(', ')}
             count(*)::int AS count,
             count(c.on_time)::int AS resolved,
             count(*) FILTER (WHERE c.on_time)::int AS on_time,
             avg(c.working_hours_to_resolve)::float8 AS avg_hours,
             avg(c.satisfaction)::float8 AS avg_satisfaction,
             count(*) FILTER (WHERE c.breached)::int AS breached
        FROM complaint c
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ${dims.length ? `GROUP BY ${dims.map((_, i) => `g${i}`).join(', ')} ORDER BY ${dims.map((_, i) => `g${i}`).join(', ')}` : ''}`;
    const rows: Record<string, unknown>[] = await this.manager.query(sql, params);
    return rows.map((r) => {
      const resolved = Number(r.resolved);
      const onTime = Number(r.on_time);
      const round = (v: unknown) =>
        v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100;
      return {
        key: Object.fromEntries(dims.map((d, i) => [d, (r[`g${i}`] as string | null) ?? null])),
        count: Number(r.count),
        resolvedCount: resolved,
        onTimeCount: onTime,
        onTimeRate: resolved === 0 ? null : Math.round((onTime / resolved) * 10_000) / 10_000,
        averageWorkingHoursToResolve: round(r.avg_hours),
        averageSatisfaction: round(r.avg_satisfaction),
        breachedCount: Number(r.breached),
      };
    });
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The days of the rollup are calendar days in this zone (the company's). */
export const ROLLUP_TIME_ZONE = 'Asia/Shanghai';

/**
 * The complaint columns the rollup keeps, in the order of its `grouping_set` bitmask (Postgres'
 * `GROUPING(...)`: the first column is the highest bit, a set bit means "summed over").
 */
export const ROLLUP_DIMENSIONS = [
  'kind',
  'channel',
  'status',
  'category',
  'urgency',
  'lead_department',
  'departments',
  'breached',
] as const;
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number];

const DIMS = ROLLUP_DIMENSIONS.join(', ');

/** The sums kept per group, over a source of signed rows (+1 a row that counts, -1 one that no longer does). */
const MEASURES = {
  n: 'sum(d.sign)',
  resolved: 'coalesce(sum(d.sign) FILTER (WHERE d.on_time IS NOT NULL), 0)',
  on_time: 'coalesce(sum(d.sign) FILTER (WHERE d.on_time), 0)',
  breached_n: 'coalesce(sum(d.sign) FILTER (WHERE d.breached), 0)',
  hours_sum: 'coalesce(sum(d.sign * d.working_hours_to_resolve), 0)',
  hours_n: 'coalesce(sum(d.sign) FILTER (WHERE d.working_hours_to_resolve IS NOT NULL), 0)',
  satisfaction_sum: 'coalesce(sum(d.sign * d.satisfaction), 0)',
  satisfaction_n: 'coalesce(sum(d.sign) FILTER (WHERE d.satisfaction IS NOT NULL), 0)',
};
const MEASURE_NAMES = Object.keys(MEASURES);

/** The rows of a table (the complaint table or a trigger's transition table) as signed rollup input. */
const signed = (table: string, sign: 1 | -1) => `
  SELECT ${sign} AS sign, (received_at AT TIME ZONE '${ROLLUP_TIME_ZONE}')::date AS day, ${DIMS},
         on_time, working_hours_to_resolve, satisfaction
    FROM ${table}`;

/**
 * Adds the signed rows to the rollup: one group per day for every dimension together and one per day for
 * each dimension alone. Groups whose sums all net to zero are left alone (a change that moves nothing
 * counted writes nothing); the groups are upserted in key order, so concurrent changes lock them in the
 * same order.
 */
const addToRollup = (source: string) => `
  INSERT INTO complaint_daily_stats AS s (grouping_set, day, ${DIMS}, ${MEASURE_NAMES.join(', ')})
  SELECT * FROM (
    SELECT GROUPING(${DIMS}) AS grouping_set, d.day, ${DIMS},
           ${Object.entries(MEASURES)
             .map(([name, sql]) => `${sql} AS ${name}`)
             .join(', ')}
      FROM (${source}) d
     GROUP BY GROUPING SETS ((d.day, ${DIMS}), ${ROLLUP_DIMENSIONS.map((c) => `(d.day, ${c})`).join(', ')})
  ) g
  WHERE ${MEASURE_NAMES.map((m) => `g.${m} <> 0`).join(' OR ')}
  ORDER BY grouping_set, day, ${DIMS}
  ON CONFLICT (grouping_set, day, ${DIMS}) DO UPDATE
    SET ${MEASURE_NAMES.map((m) => `${m} = s.${m} + EXCLUDED.${m}`).join(', ')}`;

/** Builds the rollup from the complaints as they are (the table must be empty). */
export const REBUILD_DAILY_STATS = addToRollup(signed('complaint', 1));

/**
 * `complaint_daily_stats`: per calendar day of receipt (company zone), the sums `complaintStats` needs,
 * for every combination of the counted columns that occurs and for each of them alone, so a question
 * over a long history reads a few rows per day. Statement-level triggers keep it in the transaction of
 * every insert, update or delete of a complaint, whoever writes it (the repository, a bulk load), and it
 * is built here from the complaints already stored.
 */
export class ComplaintDailyStats1767398400000 implements MigrationInterface {
  name = 'ComplaintDailyStats1767398400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE complaint_daily_stats (
        grouping_set smallint NOT NULL,
        day date NOT NULL,
        kind text,
        channel text,
        status text,
        category text,
        urgency text,
        lead_department text,
        departments text[],
        breached boolean,
        n integer NOT NULL,
        resolved integer NOT NULL,
        on_time integer NOT NULL,
        breached_n integer NOT NULL,
        hours_sum numeric NOT NULL,
        hours_n integer NOT NULL,
        satisfaction_sum integer NOT NULL,
        satisfaction_n integer NOT NULL
      ) WITH (fillfactor = 80)`);
    await q.query(`
      CREATE UNIQUE INDEX complaint_daily_stats_key
        ON complaint_daily_stats (grouping_set, day, ${DIMS}) NULLS NOT DISTINCT`);
    await q.query(`
      CREATE FUNCTION complaint_daily_stats_apply() RETURNS trigger
      LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${addToRollup(signed('new_rows', 1))};
        ELSIF TG_OP = 'UPDATE' THEN
          ${addToRollup(`${signed('new_rows', 1)} UNION ALL ${signed('old_rows', -1)}`)};
        ELSIF TG_OP = 'DELETE' THEN
          ${addToRollup(signed('old_rows', -1))};
        ELSE
          DELETE FROM complaint_daily_stats;
        END IF;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER complaint_daily_stats_insert AFTER INSERT ON complaint
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION complaint_daily_stats_apply()`);
    await q.query(`
      CREATE TRIGGER complaint_daily_stats_update AFTER UPDATE ON complaint
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION complaint_daily_stats_apply()`);
    await q.query(`
      CREATE TRIGGER complaint_daily_stats_delete AFTER DELETE ON complaint
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION complaint_daily_stats_apply()`);
    await q.query(`
      CREATE TRIGGER complaint_daily_stats_truncate AFTER TRUNCATE ON complaint
        FOR EACH STATEMENT EXECUTE FUNCTION complaint_daily_stats_apply()`);
    await q.query(REBUILD_DAILY_STATS);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete', 'truncate'])
      await q.query(`DROP TRIGGER complaint_daily_stats_${event} ON complaint`);
    await q.query(`DROP FUNCTION complaint_daily_stats_apply()`);
    await q.query(`DROP TABLE complaint_daily_stats`);
  }
}

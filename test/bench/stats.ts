/**
 * Complaint statistics on a million complaints (real Postgres, the complaints service's own schema,
 * indexes, rollup and SQL): how long analysts' typical `complaintStats` questions take from the daily
 * rollup and from the complaints themselves (the same answer either way, checked here too), whether
 * Postgres answers a one-month question from an index, and what keeping the rollup costs a change.
 */
import { isDeepStrictEqual } from 'node:util';
import { migrations, SqlComplaintStatistics } from '@care/complaints/src/persistence';
import type { ComplaintFilter, StatsDimension, StatsRow } from '@care/complaints/src/application/ports';
import { createTestSchema } from '@care/testing';
import { createDataSource } from '@care/service-kit';
import type { DataSource } from 'typeorm';
import { median } from './api/figures';

const ROWS = Number(process.env.BENCH_COMPLAINTS ?? 1_000_000);
const RUNS = 5;
const TIME_ZONE = 'Asia/Shanghai';
/** Single-row changes timed with and without the rollup's triggers. */
const CHANGES = 1_000;

/** Three years of complaints (2024-2026), numbered per year, in every status, channel and category. */
const FILL = `
  INSERT INTO complaint (
    id, number, kind, channel, status, customer_id, description, received_at, created_at, filed_by,
    category, urgency, complexity, classified_at, departments, lead_department, acknowledgement, sla,
    sla_tier, first_response_due_at, resolution_due_at, first_responded_at, resolved_at, resolved_by,
    breached, on_time, working_hours_to_resolve, satisfaction)
  SELECT gen_random_uuid(),
         'CP-' || (2024 + (i % 3)) || '-' || lpad((i / 3 + 1)::text, 6, '0'),
         (ARRAY['COMPLAINT','COMPLAINT','COMPLAINT','INQUIRY','SUGGESTION'])[1 + i % 5],
         (ARRAY['WEB_CHAT','PHONE','EMAIL','OTHER'])[1 + (i / 5) % 4],
         s.status,
         md5((i % 50000)::text)::uuid,
         'Bench complaint',
         at, at, 'bench',
         (ARRAY['PRODUCT_QUALITY','LOGISTICS_DELAY','SERVICE_ATTITUDE','POINTS_ANOMALY','BILLING','OTHER'])[1 + (i / 7) % 6],
         (ARRAY['NORMAL','NORMAL','HIGH','URGENT'])[1 + (i / 11) % 4],
         (ARRAY['SIMPLE','COMPLEX'])[1 + (i / 13) % 2],
         at + interval '1 hour',
         ARRAY[d.department], d.department,
         '{}'::jsonb, '{}'::jsonb, 'MEMBER',
         at + interval '4 hours', at + interval '3 days',
         at + interval '2 hours',
         CASE WHEN s.resolved THEN at + ((i % 120) || ' hours')::interval END,
         CASE WHEN s.resolved THEN 'agent-' || (i % 40) END,
         (i % 17 = 0),
         CASE WHEN s.resolved THEN (i % 120) < 72 END,
         CASE WHEN s.resolved THEN (i % 120) * 0.4 END,
         CASE WHEN s.resolved THEN 1 + (i % 5) END
    FROM generate_series(0, $1::int - 1) AS i,
         LATERAL (SELECT timestamptz '2024-01-01 00:00+08' + (i % 3) * interval '1 year'
                         + ((i::bigint * 7919) % 525600) * interval '1 minute' AS at) t,
         LATERAL (SELECT (ARRAY['RECEIVED','CLASSIFIED','ASSIGNED','INVESTIGATING','SOLUTION_PROPOSED',
                                'IMPLEMENTING','RESOLVED','CLOSED','CLOSED','CLOSED'])[1 + (i / 3) % 10] AS status) s0,
         LATERAL (SELECT s0.status, s0.status IN ('RESOLVED','CLOSED') AS resolved) s,
         LATERAL (SELECT (ARRAY['QUALITY_CONTROL','LOGISTICS','CUSTOMER_SERVICE','SALES','FINANCE','IT'])[1 + (i / 7) % 6]
                  AS department) d`;

const QUESTIONS: { label: string; groupBy: StatsDimension[]; filter: ComplaintFilter }[] = [
  { label: 'by category, all time', groupBy: ['CATEGORY'], filter: {} },
  {
    label: 'by month, one quarter',
    groupBy: ['MONTH'],
    filter: {
      receivedFrom: new Date('2026-01-01T00:00:00+08:00'),
      receivedTo: new Date('2026-04-01T00:00:00+08:00'),
    },
  },
  {
    label: 'by department and urgency, one month',
    groupBy: ['DEPARTMENT', 'URGENCY'],
    filter: {
      receivedFrom: new Date('2026-03-01T00:00:00+08:00'),
      receivedTo: new Date('2026-04-01T00:00:00+08:00'),
    },
  },
  {
    label: 'by handler, one month (per-person performance)',
    groupBy: ['HANDLER'],
    filter: {
      receivedFrom: new Date('2026-03-01T00:00:00+08:00'),
      receivedTo: new Date('2026-04-01T00:00:00+08:00'),
    },
  },
  {
    label: 'breached, by channel, one year',
    groupBy: ['CHANNEL'],
    filter: {
      breached: true,
      receivedFrom: new Date('2025-01-01T00:00:00+08:00'),
      receivedTo: new Date('2026-01-01T00:00:00+08:00'),
    },
  },
  {
    label: 'by status and urgency, all time (the rollup of every column)',
    groupBy: ['STATUS', 'URGENCY'],
    filter: {},
  },
  {
    label: 'one category by quarter, all time',
    groupBy: ['QUARTER'],
    filter: { category: ['POINTS_ANOMALY'] },
  },
];

/** Median and first run in ms of a statistics read, and its last answer. */
async function timed(read: () => Promise<StatsRow[] | null>) {
  const times: number[] = [];
  let answer: StatsRow[] | null = null;
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint();
    answer = await read();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { median: median(times), first: times[0]!, answer };
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

/** Milliseconds per single-row change of a counted column (status), each its own statement. */
async function changeCost(dataSource: DataSource): Promise<number> {
  const ids: { id: string }[] = await dataSource.query(
    `SELECT id FROM complaint WHERE status = 'INVESTIGATING' LIMIT $1`,
    [CHANGES],
  );
  const started = process.hrtime.bigint();
  for (const { id } of ids)
    await dataSource.query(
      `UPDATE complaint SET status = CASE status WHEN 'INVESTIGATING' THEN 'ASSIGNED' ELSE 'INVESTIGATING' END
        WHERE id = $1`,
      [id],
    );
  return Number(process.hrtime.bigint() - started) / 1e6 / Math.max(1, ids.length);
}

export async function benchStats(): Promise<void> {
  const db = await createTestSchema('bench_stats');
  const dataSource = createDataSource({
    url: db.url,
    schema: db.schema,
    entities: [],
    migrations,
    poolSize: 2,
  });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const loadStarted = Date.now();
    await dataSource.query(FILL, [ROWS]);
    await dataSource.query('ANALYZE complaint');
    await dataSource.query('ANALYZE complaint_daily_stats');
    const [sizes] = await dataSource.query(
      `SELECT pg_size_pretty(pg_total_relation_size('complaint')) AS complaints,
              pg_size_pretty(pg_total_relation_size('complaint_daily_stats')) AS rollup,
              (SELECT count(*) FROM complaint_daily_stats)::int AS rollup_rows`,
    );
    console.log(
      `stats: ${ROWS.toLocaleString('en')} complaints loaded, rollup included, in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s ` +
        `(complaints and indexes: ${sizes.complaints}; rollup: ${sizes.rollup_rows.toLocaleString('en')} rows, ${sizes.rollup})`,
    );
    const statistics = new SqlComplaintStatistics(dataSource.manager);
    for (const { label, groupBy, filter } of QUESTIONS) {
      const raw = await timed(() => statistics.fromComplaints(groupBy, filter, TIME_ZONE));
      const rollup = await timed(() => statistics.fromRollup(groupBy, filter, TIME_ZONE));
      const groups = raw.answer?.length ?? 0;
      const fromRollup = rollup.answer
        ? `rollup ${ms(rollup.median)} (first ${ms(rollup.first)}), complaints/rollup ${(raw.median / rollup.median).toFixed(1)}x` +
          (isDeepStrictEqual(rollup.answer, raw.answer) ? '' : ' ANSWERS DIFFER')
        : 'rollup cannot answer it';
      console.log(
        `stats: ${label}: complaints ${ms(raw.median)} (first ${ms(raw.first)}), ${fromRollup}; ` +
          `medians of ${RUNS} runs, ${groups} groups`,
      );
    }
    // How Postgres answers a one-month question: from an index, not by reading the whole table.
    const plan: { 'QUERY PLAN': string }[] = await dataSource.query(
      `EXPLAIN SELECT c.lead_department, count(*) FROM complaint c
        WHERE c.received_at >= $1 AND c.received_at < $2 GROUP BY 1`,
      [new Date('2026-03-01T00:00:00+08:00'), new Date('2026-04-01T00:00:00+08:00')],
    );
    const scans = plan.map((p) => p['QUERY PLAN']).filter((l) => /Scan/.test(l));
    console.log(
      `stats: plan for one month: ${scans.map((l) => l.trim().replace(/\s+\(cost.*$/, '')).join(' | ')}`,
    );
    // What the rollup costs a change of a counted column: the same changes with its triggers and without.
    const withRollup = await changeCost(dataSource);
    await dataSource.query('ALTER TABLE complaint DISABLE TRIGGER USER');
    const withoutRollup = await changeCost(dataSource);
    await dataSource.query('ALTER TABLE complaint ENABLE TRIGGER USER');
    console.log(
      `stats: a status change (one-row UPDATE, autocommit): ${withRollup.toFixed(2)} ms with the rollup, ` +
        `${withoutRollup.toFixed(2)} ms without (${CHANGES.toLocaleString('en')} changes each)`,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await db.drop();
  }
}

import { sqlOf } from '@care/testing';
import type { ComplaintFilter, StatsDimension } from '../src/application/ports';
import { CATEGORIES, CHANNELS, COMPLAINT_KINDS as KINDS } from '../src/domain/complaint';
import { URGENCIES } from '../src/domain/sla';
import { STATUSES } from '../src/domain/state-machine';
import { SqlComplaintStatistics } from '../src/persistence';
import { REBUILD_DAILY_STATS } from '../src/persistence/migrations/1767398400000-complaint-daily-stats';
import { complaintsHarness, MONDAY_10, type C } from './harness';

// complaintStats answers from the daily rollup when it can and from the complaints otherwise: the same
// answer either way, on random complaints, random changes and random questions (a fixed seed).

const h = complaintsHarness('complaints_rollup');

/** A small deterministic generator (mulberry32): the same complaints and questions on every run. */
function randomOf(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(values: readonly T[]): T => values[int(values.length)]!;
  const chance = (p: number) => next() < p;
  const subset = <T>(values: readonly T[]): T[] => {
    const chosen = values.filter(() => chance(0.4));
    return chosen.length ? chosen : [pick(values)];
  };
  const uuid = () =>
    Array.from({ length: 32 }, () => int(16).toString(16))
      .join('')
      .replace(/^(.{8})(.{4}).(.{3}).(.{3})(.{12})$/, '$1-$2-4$3-8$4-$5');
  return { next, int, pick, chance, subset, uuid };
}

const DEPARTMENTS = [
  'QUALITY_CONTROL',
  'LOGISTICS',
  'CUSTOMER_SERVICE',
  'SALES',
  'FINANCE',
  'PURCHASING',
] as const;
const DIMENSIONS: StatsDimension[] = [
  'CATEGORY',
  'DEPARTMENT',
  'CHANNEL',
  'URGENCY',
  'STATUS',
  'MONTH',
  'QUARTER',
  'HANDLER',
];

/** Midnight of 1 January 2025 in Shanghai (no daylight saving: every day is 24 hours). */
const FIRST_DAY = Date.parse('2025-01-01T00:00:00+08:00');
const DAY_MS = 86_400_000;
const DAYS = 540;

type Random = ReturnType<typeof randomOf>;

/** The counted facts of a complaint, at random (resolved ones with their on-time flag, hours, handler). */
function factsOf(r: Random) {
  const category = r.chance(0.15) ? null : r.pick(CATEGORIES);
  const lead = category ? r.pick(DEPARTMENTS) : null;
  const departments = lead ? [lead, ...DEPARTMENTS.filter((d) => d !== lead && r.chance(0.1))] : [];
  const status = r.pick(STATUSES);
  const resolved = status === 'RESOLVED' || status === 'CLOSED';
  return {
    kind: r.pick(KINDS),
    channel: r.pick(CHANNELS),
    status,
    category,
    urgency: r.pick(URGENCIES),
    lead_department: lead,
    departments,
    breached: r.chance(0.15),
    on_time: resolved ? r.chance(0.7) : null,
    working_hours_to_resolve: resolved && r.chance(0.9) ? (r.int(20_000) / 100).toFixed(2) : null,
    satisfaction: resolved && r.chance(0.6) ? 1 + r.int(5) : null,
    resolved_by: resolved ? `handler-${r.int(5)}` : null,
  };
}

/** An instant of receipt: mostly inside a day, sometimes exactly at a midnight or just before one. */
function receivedAt(r: Random): Date {
  const midnight = FIRST_DAY + r.int(DAYS) * DAY_MS;
  if (r.chance(0.1)) return new Date(midnight);
  if (r.chance(0.05)) return new Date(midnight - 1);
  return new Date(midnight + r.int(DAY_MS));
}

const FACT_COLUMNS = `kind text, channel text, status text, category text, urgency text, lead_department text,
  departments text[], breached boolean, on_time boolean, working_hours_to_resolve numeric, satisfaction smallint,
  resolved_by text`;

let serial = 0;

/** Stores complaints with random facts in one statement (as a bulk load does): their ids. */
async function insertRandom(r: Random, count: number, customers: string[], day?: number): Promise<string[]> {
  const rows = Array.from({ length: count }, () => ({
    id: r.uuid(),
    number: `CP-2099-${String(++serial).padStart(6, '0')}`,
    customer_id: r.pick(customers),
    received_at: day === undefined ? receivedAt(r) : new Date(FIRST_DAY + day * DAY_MS + r.int(DAY_MS)),
    ...factsOf(r),
  }));
  await h.sql(
    `INSERT INTO complaint (id, number, customer_id, received_at, created_at, description, filed_by,
       acknowledgement, sla, sla_tier, first_response_due_at, resolution_due_at,
       kind, channel, status, category, urgency, lead_department, departments, breached, on_time,
       working_hours_to_resolve, satisfaction, resolved_by)
     SELECT x.id, x.number, x.customer_id, x.received_at, x.received_at, 'random', 'test',
            '{}', '{}', 'MEMBER', x.received_at + interval '4 hours', x.received_at + interval '3 days',
            x.kind, x.channel, x.status, x.category, x.urgency, x.lead_department, x.departments, x.breached,
            x.on_time, x.working_hours_to_resolve, x.satisfaction, x.resolved_by
       FROM jsonb_to_recordset($1::jsonb)
         AS x(id uuid, number text, customer_id uuid, received_at timestamptz, ${FACT_COLUMNS})`,
    [JSON.stringify(rows)],
  );
  return rows.map((row) => row.id);
}

/** New random facts for the complaints, in one UPDATE statement. */
const changeFactsSql = `
  UPDATE complaint c SET kind = x.kind, channel = x.channel, status = x.status, category = x.category,
         urgency = x.urgency, lead_department = x.lead_department, departments = x.departments,
         breached = x.breached, on_time = x.on_time, working_hours_to_resolve = x.working_hours_to_resolve,
         satisfaction = x.satisfaction, resolved_by = x.resolved_by
    FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, ${FACT_COLUMNS})
   WHERE c.id = x.id`;
const changedFacts = (r: Random, ids: string[]) => JSON.stringify(ids.map((id) => ({ id, ...factsOf(r) })));

/** A random question: up to three groupings, a random filter, mostly whole days, sometimes another zone. */
function questionOf(r: Random, customers: string[]) {
  const groupBy = [...new Set(Array.from({ length: r.int(4) }, () => r.pick(DIMENSIONS)))];
  // Mostly a midnight; else just after or before one (where complaints were received), or any time.
  const bound = () => {
    const midnight = FIRST_DAY + r.int(DAYS + 20) * DAY_MS;
    return new Date(midnight + (r.chance(0.8) ? 0 : r.pick([1, 1000, -1, r.int(DAY_MS)])));
  };
  const [from, to] = [bound(), bound()].sort((a, b) => a.getTime() - b.getTime());
  const filter: ComplaintFilter = {
    ...(r.chance(0.25) ? { status: r.subset(STATUSES) } : {}),
    ...(r.chance(0.25) ? { kind: r.subset(KINDS) } : {}),
    ...(r.chance(0.25) ? { category: r.subset(CATEGORIES) } : {}),
    ...(r.chance(0.25) ? { urgency: r.subset(URGENCIES) } : {}),
    ...(r.chance(0.25) ? { channel: r.subset(CHANNELS) } : {}),
    ...(r.chance(0.2) ? { department: r.pick(DEPARTMENTS) } : {}),
    ...(r.chance(0.2) ? { breached: r.chance(0.5) } : {}),
    ...(r.chance(0.05) ? { customerId: r.pick(customers) } : {}),
    ...(r.chance(0.5) ? { receivedFrom: from } : {}),
    ...(r.chance(0.5) ? { receivedTo: to } : {}),
  };
  return { groupBy, filter, timeZone: r.chance(0.1) ? 'UTC' : 'Asia/Shanghai' };
}

/** Asks random questions both ways: the ones whose answers differ, and how many the rollup answered. */
async function compareOn(r: Random, questions: number, customers: string[]) {
  const statistics = new SqlComplaintStatistics(h.service.dataSource.manager);
  const differing: unknown[] = [];
  let answeredByRollup = 0;
  for (let i = 0; i < questions; i++) {
    const { groupBy, filter, timeZone } = questionOf(r, customers);
    const fromComplaints = await statistics.fromComplaints(groupBy, filter, timeZone);
    const fromRollup = await statistics.fromRollup(groupBy, filter, timeZone);
    if (fromRollup) answeredByRollup++;
    if (fromRollup && JSON.stringify(fromRollup) !== JSON.stringify(fromComplaints))
      differing.push({ groupBy, filter, timeZone, fromComplaints, fromRollup });
  }
  return { differing, answeredByRollup };
}

/** The rollup rows that differ from the rollup built afresh from the complaints as they are now. */
async function driftFromRebuild(): Promise<Record<string, unknown>[]> {
  await h.sql(`DROP TABLE IF EXISTS rollup_kept`);
  await h.sql(`CREATE TABLE rollup_kept AS SELECT * FROM complaint_daily_stats
    WHERE (n, resolved, on_time, breached_n, hours_sum, hours_n, satisfaction_sum, satisfaction_n)
       <> (0, 0, 0, 0, 0, 0, 0, 0)`);
  await h.sql(`DELETE FROM complaint_daily_stats`);
  await h.sql(REBUILD_DAILY_STATS);
  return h.sql(`(SELECT 'kept' AS side, * FROM rollup_kept EXCEPT SELECT 'kept', * FROM complaint_daily_stats)
                UNION ALL
                (SELECT 'rebuilt', * FROM complaint_daily_stats EXCEPT SELECT 'rebuilt', * FROM rollup_kept)`);
}

describe('complaint statistics from the daily rollup', () => {
  const r = randomOf(20260101);
  let customers: string[] = [];

  beforeAll(async () => {
    customers = Array.from({ length: 12 }, () => r.uuid());
    const ids = await insertRandom(r, 1500, customers);
    // Changes of every kind: new facts for random complaints, a change of nothing counted, deletions.
    for (let round = 0; round < 5; round++) {
      const chosen = ids.filter(() => r.chance(0.2));
      await h.sql(changeFactsSql, [changedFacts(r, chosen)]);
    }
    await h.sql(`UPDATE complaint SET description = 'read again' WHERE id = ANY($1::uuid[])`, [
      ids.slice(0, 50),
    ]);
    await h.sql(`DELETE FROM complaint WHERE id = ANY($1::uuid[])`, [ids.slice(50, 80)]);
    // And through the service's own use cases.
    h.clock.set(MONDAY_10);
    await h.walk('RESOLVED', { category: 'LOGISTICS_DELAY', urgency: 'URGENT', channel: 'EMAIL' });
    const q: C = await h.walk('IMPLEMENTING', { category: 'PRODUCT_QUALITY' });
    await h.call(
      h.staffOf(q.leadDepartment),
      `mutation($input: ResolveComplaintInput!) {
      resolveComplaint(input: $input) { id } }`,
      { input: { id: q.id, summary: 'Done' } },
    );
    await h.walk('ASSIGNED', { category: 'BILLING' });
  });

  it('[DOMAIN 1.11] answers random questions the same from the rollup as from the complaints', async () => {
    const { differing, answeredByRollup } = await compareOn(r, 400, customers);
    expect(differing).toEqual([]);
    // Most questions are ones the rollup answers (whole days, no customer, no handler).
    expect(answeredByRollup).toBeGreaterThan(150);
    expect(await driftFromRebuild()).toEqual([]);
  });

  it('answers the whole history by category from the rollup in one statement', async () => {
    const { answer, sql } = await sqlOf(h.service.dataSource, () =>
      h.call<{ complaintStats: C[] }>(
        h.tokens.analyst,
        `{ complaintStats(groupBy: [CATEGORY]) { key { category } count } }`,
      ),
    );
    expect(sql).toHaveLength(1);
    expect(sql[0]).toMatch(/FROM complaint_daily_stats c/);
    const [total] = await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM complaint`);
    expect(answer.complaintStats.reduce((sum, g) => sum + g.count, 0)).toBe(total!.n);
    const perCategory = await h.sql<{ category: string | null; n: number }>(
      `SELECT category, count(*)::int AS n FROM complaint GROUP BY 1 ORDER BY 1`,
    );
    expect(answer.complaintStats.map((g) => [g.key.category, g.count])).toEqual(
      perCategory.map((g) => [g.category, g.n]),
    );
  });

  it('keeps the rollup exact under concurrent changes of complaints received on the same days', async () => {
    // 300 complaints on three days: concurrent changes meet on the same rollup rows.
    const ids = [
      ...(await insertRandom(r, 100, customers, 200)),
      ...(await insertRandom(r, 100, customers, 201)),
      ...(await insertRandom(r, 100, customers, 202)),
    ];
    const dataSource = h.service.dataSource;
    const changes = Array.from({ length: 30 }, (_, k) => ids.filter((_, i) => i % 30 === k));
    const results = await Promise.allSettled([
      // Each in its own transaction, holding its locks a moment before it commits.
      ...changes.map((chosen) =>
        dataSource.transaction(async (m) => {
          await m.query(changeFactsSql, [changedFacts(r, chosen)]);
          await m.query(`SELECT pg_sleep(0.01)`);
        }),
      ),
      ...[0, 1, 2].map((k) => insertRandom(r, 20, customers, 200 + k)),
      h.walk('RESOLVED', { category: 'LOGISTICS_DELAY', urgency: 'HIGH' }),
      h.walk('ASSIGNED', { category: 'BILLING', urgency: 'URGENT' }),
    ]);
    expect(results.filter((s) => s.status === 'rejected')).toEqual([]);
    expect(await driftFromRebuild()).toEqual([]);
    const { differing } = await compareOn(r, 100, customers);
    expect(differing).toEqual([]);
  });
});

/**
 * The SQL that seeds the benchmark's volume. Filing 100,000 complaints through the API would take longer
 * than the benchmark itself, so the rows are written straight into the services' schemas, shaped like
 * what the services write (their migrations and entities; a complaint's jsonb parts as the domain stores
 * them after each step of its life, checked against rows the API wrote):
 *  - loyalty: `customer` and its `wallet` (what registerCustomer inserts), tiers already evaluated;
 *  - complaints: `known_customer` (the directory fed by customer.registered), `customer_tier` (the
 *    projection of tier.changed, for customers above MEMBER), and `complaint` rows at every stage from
 *    RECEIVED to CLOSED with their timeline, hand-over, investigation, root cause, solution, feedback,
 *    follow-up and report, numbered gaplessly per year with the year's counter set to match.
 * Not written: the outbox (those events were published long ago), tier history, purchases and points:
 * the measured reads do not touch them. Due dates approximate the working calendar (9 working hours a
 * day) instead of computing it.
 */

/** A v4-shaped UUID derived from a text (deterministic, so both schemas agree on the customer ids). */
export const uuidOf = (text: string) =>
  `(SELECT (substr(m, 1, 8) || '-' || substr(m, 9, 4) || '-4' || substr(m, 14, 3) || '-8' ||
           substr(m, 18, 3) || '-' || substr(m, 21, 12))::uuid FROM md5(${text}) AS m)`;

export const customerId = (k: string) => uuidOf(`'bench-customer-' || ${k}`);

/** 2 % DIAMOND, 8 % PLATINUM, 20 % GOLD, the rest MEMBER, by customer number. */
export const tierOf = (k: string) =>
  `(CASE WHEN ${k} % 50 = 0 THEN 'DIAMOND' WHEN ${k} % 50 < 5 THEN 'PLATINUM'
         WHEN ${k} % 50 < 15 THEN 'GOLD' ELSE 'MEMBER' END)`;

const iso = (t: string) => `to_char((${t}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Customers $1..$2 (numbers k), registered before the first complaint ($3), in loyalty's schema. */
export const LOYALTY_CUSTOMERS = `
  INSERT INTO customer (id, name, email, phone, region, birthday, preferred_language, tags, representative,
                        tier, status, registered_at, version)
  SELECT ${customerId('k')},
         (ARRAY['Wang','Li','Zhang','Liu','Chen','Yang','Huang','Zhao','Wu','Zhou'])[1 + k % 10] || ' ' ||
           (ARRAY['Wei','Fang','Min','Jing','Lei','Yan','Tao','Hua','Jun','Ping','Qiang','Xiu'])[1 + (k / 10) % 12],
         'customer' || k || '@example.com',
         '138' || lpad((k % 100000000)::text, 8, '0'),
         (ARRAY['CN-ZJ','CN-GD','CN-BJ','CN-SH','CN-JS','DE'])[1 + (k / 7) % 6],
         CASE WHEN k % 3 = 0 THEN date '1970-01-01' + (k % 15000) END,
         CASE WHEN k % 4 = 0 THEN 'zh-CN' END,
         '{}',
         CASE WHEN ${tierOf('k')} = 'DIAMOND' THEN 'rep-' || (k % 20) END,
         ${tierOf('k')}, 'ACTIVE', $3::timestamptz + k * interval '1 minute', 1
    FROM generate_series($1::int, $2::int) AS k`;

export const LOYALTY_WALLETS = `
  INSERT INTO wallet (customer_id) SELECT ${customerId('k')} FROM generate_series($1::int, $2::int) AS k`;

export const KNOWN_CUSTOMERS = `
  INSERT INTO known_customer (customer_id, registered_at)
  SELECT ${customerId('k')}, $3::timestamptz + k * interval '1 minute' FROM generate_series($1::int, $2::int) AS k`;

export const CUSTOMER_TIERS = `
  INSERT INTO customer_tier (customer_id, tier, effective_at)
  SELECT ${customerId('k')}, ${tierOf('k')}, $3::timestamptz + k * interval '1 minute'
    FROM generate_series($1::int, $2::int) AS k WHERE ${tierOf('k')} <> 'MEMBER'`;

/** A complaint's life: the last moment of each stage, after its receipt. */
const STAGES = [
  { status: 'RECEIVED', done: '0' },
  { status: 'CLASSIFIED', done: '1 hour' },
  { status: 'ASSIGNED', done: '2 hours' },
  { status: 'INVESTIGATING', done: '1 day' },
  { status: 'SOLUTION_PROPOSED', done: '2 days' },
  { status: 'SOLUTION_ACCEPTED', done: '2 days 4 hours' },
  { status: 'IMPLEMENTING', done: '3 days' },
  { status: 'RESOLVED', done: '4 days 2 hours' },
  { status: 'CLOSED', done: '7 days 1 hour' },
];
/** The version after each stage: one per command the complaint went through. */
const VERSIONS = [1, 2, 3, 4, 6, 7, 8, 11, 13];

interface Entry {
  stage: number;
  after: string;
  action: string;
  status: string;
  note: string;
  internal?: boolean;
  /** Who acted: customer service (default) or the responsible department. */
  department?: boolean;
}

const TIMELINE: Entry[] = [
  { stage: 0, after: '0', action: 'RECEIVED', status: 'RECEIVED', note: `ack ->> 'message'` },
  {
    stage: 1,
    after: '1 hour',
    action: 'CLASSIFIED',
    status: 'CLASSIFIED',
    note: `r.category || ', ' || r.urgency || ', ' || r.complexity`,
  },
  {
    stage: 2,
    after: '2 hours',
    action: 'ASSIGNED',
    status: 'ASSIGNED',
    note: `'Handed over to ' || r.department || ' (lead ' || r.department || ')'`,
  },
  {
    stage: 2,
    after: '2 hours',
    action: 'HANDOVER',
    status: 'ASSIGNED',
    note: `'Check the order and the goods'`,
    internal: true,
  },
  {
    stage: 3,
    after: '1 day',
    action: 'INVESTIGATION_STARTED',
    status: 'INVESTIGATING',
    note: `'The department is investigating'`,
    department: true,
  },
  {
    stage: 3,
    after: '1 day',
    action: 'INVESTIGATION_NOTE',
    status: 'INVESTIGATING',
    note: `'Checked the batch: the fault is confirmed'`,
    internal: true,
    department: true,
  },
  {
    stage: 4,
    after: '1 day 2 hours',
    action: 'ROOT_CAUSE',
    status: 'INVESTIGATING',
    note: `'METHOD: The packing step was skipped'`,
    internal: true,
    department: true,
  },
  {
    stage: 4,
    after: '2 days',
    action: 'SOLUTION_PROPOSED',
    status: 'SOLUTION_PROPOSED',
    note: `'Solution v1: A replacement, sent by express'`,
    department: true,
  },
  {
    stage: 5,
    after: '2 days 4 hours',
    action: 'SOLUTION_ACCEPTED',
    status: 'SOLUTION_ACCEPTED',
    note: `'Solution v1 accepted'`,
  },
  {
    stage: 6,
    after: '3 days',
    action: 'IMPLEMENTING',
    status: 'IMPLEMENTING',
    note: `'The accepted solution is being carried out'`,
    department: true,
  },
  {
    stage: 7,
    after: '4 days',
    action: 'RESOLVED',
    status: 'RESOLVED',
    note: `'Replacement delivered'`,
    department: true,
  },
  {
    stage: 7,
    after: '4 days 1 hour',
    action: 'RESPONDED',
    status: 'RESOLVED',
    note: `'We sent you a replacement'`,
  },
  {
    stage: 7,
    after: '4 days 2 hours',
    action: 'FEEDBACK',
    status: 'RESOLVED',
    note: `'Final result: Replacement delivered (satisfaction ' || r.satisfaction || '/5)'`,
  },
  { stage: 8, after: '7 days', action: 'FOLLOW_UP', status: 'RESOLVED', note: `'All well at the visit'` },
  { stage: 8, after: '7 days 1 hour', action: 'CLOSED', status: 'CLOSED', note: `'Closed'` },
];

const at = (after: string) => `r.at + interval '${after}'`;
/** Every moment written as text into the jsonb parts, each formatted once a row. */
const MOMENTS = [...new Set(['0', ...TIMELINE.map((e) => e.after), '4 days', '7 days'])];
const momentColumn = (after: string) => `iso_${after.replace(/\W+/g, '_')}`;
const isoAt = (after: string) => {
  if (!MOMENTS.includes(after)) throw new Error(`no moment ${after}`);
  return `r.${momentColumn(after)}`;
};
const momentsSql = [
  ...MOMENTS.map((m) => `${iso(`t.at + interval '${m}'`)} AS ${momentColumn(m)}`),
  `${iso('u.first_due')} AS iso_first_due`,
  `${iso('u.resolution_due')} AS iso_resolution_due`,
].join(',\n                 ');
const when = (stage: number, value: string, otherwise = 'NULL') =>
  `CASE WHEN r.stage >= ${stage} THEN ${value} ELSE ${otherwise} END`;

export const TIMELINE_SQL = `to_jsonb(array_remove(ARRAY[${TIMELINE.map(
  (e) =>
    `CASE WHEN r.stage >= ${e.stage} THEN jsonb_build_object(
      'at', ${isoAt(e.after)}, 'note', ${e.note}, 'action', '${e.action}', 'status', '${e.status}',
      'actorId', ${e.department ? 'r.department_actor' : 'r.staff'},
      'actorRole', '${e.department ? 'department_staff' : 'cs_specialist'}',
      'visibility', '${e.internal ? 'INTERNAL' : 'PUBLIC'}') END`,
).join(',\n')}]::jsonb[], NULL))`;

const allowedStage = `CASE ${STAGES.map((s, i) => ({ s, i }))
  .reverse()
  .map(({ s, i }) => `WHEN $8::timestamptz - t.at >= interval '${s.done}' THEN ${i}`)
  .join(' ')} ELSE 0 END`;

/**
 * Complaints $2..$3 of year $1 (of $4 that year), received evenly between $5 and $6, for customers
 * 0..$7-1, with "now" $8. Mostly closed, as a complaint history is.
 */
export const COMPLAINTS = `
  INSERT INTO complaint (
    id, number, kind, channel, status, customer_id, order_number, product_model, description,
    expected_resolution, received_at, created_at, version, filed_by, category, urgency, complexity,
    classified_at, departments, lead_department, handover, investigation, root_cause, solutions,
    feedback, satisfaction, follow_up_from, follow_up_due_by, follow_ups, report, escalation,
    resolved_by, closed_at, acknowledgement, sla, sla_tier, first_response_due_at, resolution_due_at,
    first_responded_at, resolved_at, breached, on_time, working_hours_to_resolve, timeline)
  SELECT r.id, r.number, 'COMPLAINT', r.channel, r.status, r.customer_id, r.order_number, r.product_model,
         r.description, NULL, r.at, r.at, r.version, r.staff,
         ${when(1, 'r.category')}, ${when(1, 'r.urgency', `'NORMAL'`)}, ${when(1, 'r.complexity')},
         ${when(1, at('1 hour'))},
         ${when(2, 'ARRAY[r.department]', `'{}'`)}, ${when(2, 'r.department')},
         ${when(
           2,
           `jsonb_build_object('at', ${isoAt('2 hours')}, 'by', r.staff,
             'notes', 'Check the order and the goods', 'urgency', r.urgency, 'customerExpectedBy', NULL)`,
         )},
         ${when(
           3,
           `jsonb_build_array(jsonb_build_object('at', ${isoAt('1 day')}, 'by', r.department_actor,
             'id', ${uuidOf(`'note-' || r.id`)}, 'note', 'Checked the batch: the fault is confirmed',
             'evidence', '[]'::jsonb, 'department', r.department))`,
           `'[]'`,
         )},
         ${when(
           4,
           `jsonb_build_object('at', ${isoAt('1 day 2 hours')}, 'by', r.department_actor, 'how', NULL,
             'who', NULL, 'why', 'The packing step was skipped', 'what', 'Damaged in transit', 'when', NULL,
             'where', NULL, 'howMuch', NULL, 'category', 'METHOD')`,
         )},
         ${when(
           4,
           `jsonb_build_array(jsonb_build_object('id', ${uuidOf(`'solution-' || r.id`)}, 'version', 1,
             'response', ${when(5, `'ACCEPT'`)}, 'proposedAt', ${isoAt('2 days')},
             'proposedBy', r.department_actor, 'description', 'A replacement, sent by express',
             'respondedAt', ${when(5, isoAt('2 days 4 hours'))}, 'compensation', NULL,
             'responseReason', NULL))`,
           `'[]'`,
         )},
         ${when(
           7,
           `jsonb_build_object('at', ${isoAt('4 days 2 hours')}, 'by', r.staff, 'comment', NULL,
             'whatWasDone', 'Replacement delivered', 'satisfaction', r.satisfaction,
             'resultToldToCustomer', true)`,
         )},
         ${when(7, 'r.satisfaction')}, ${when(7, at('7 days'))}, ${when(7, at('13 days'))},
         ${when(
           8,
           `jsonb_build_array(jsonb_build_object('id', ${uuidOf(`'follow-up-' || r.id`)},
             'at', ${isoAt('7 days')}, 'by', r.staff, 'outcome', 'All well at the visit', 'newProblem', false,
             'action', 'NONE', 'linkedComplaintId', NULL, 'withinWindow', true))`,
           `'[]'`,
         )},
         ${when(
           8,
           `jsonb_build_object('cause', 'Damaged in transit', 'handlingIssues', 'None',
             'solutionEffective', true, 'at', ${isoAt('7 days 1 hour')}, 'by', r.staff)`,
         )},
         'NONE', ${when(7, 'r.department_actor')}, ${when(8, at('7 days 1 hour'))},
         r.ack,
         jsonb_build_object('tier', r.tier, 'onTime', ${when(7, 'NOT r.breached')},
           'urgency', ${when(1, 'r.urgency', `'NORMAL'`)}, 'pausedMs', 0, 'startedAt', ${isoAt('0')},
           'resolvedAt', ${when(7, isoAt('4 days'))}, 'pausedSince', NULL, 'provisional', false,
           'resolutionDueAt', r.iso_resolution_due, 'resolutionHours', r.resolution_hours,
           'firstRespondedAt', ${when(4, isoAt('2 days'))}, 'firstResponseDueAt', r.iso_first_due,
           'firstResponseHours', r.first_hours, 'resolutionBreached', r.breached,
           'firstResponseBreached', false, 'workingHoursToResolve', ${when(7, '36')}),
         r.tier, r.first_due, r.resolution_due, ${when(4, at('2 days'))}, ${when(7, at('4 days'))},
         r.breached, ${when(7, 'NOT r.breached')}, ${when(7, '36')},
         ${TIMELINE_SQL}
    FROM (
      SELECT t.*, s.*, u.*, v.*,
             jsonb_build_object(
               'message', CASE WHEN u.accepted
                 THEN 'Your complaint ' || t.number || ' has been accepted; expected answer by ' ||
                      to_char(u.first_due AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') || ' (Asia/Shanghai).'
                 ELSE 'Your complaint ' || t.number || ' has been received outside working hours; handling starts at ' ||
                      to_char(u.handling AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') || ' (Asia/Shanghai).' END,
               'accepted', u.accepted, 'expectedAnswerBy', v.iso_first_due,
               'handlingStartsAt', ${iso('u.handling')}) AS ack
        FROM generate_series($2::int, $3::int) AS n
        CROSS JOIN LATERAL (
          SELECT n, abs(hashint4(n + $1::int * 1000003)) AS h,
                 $5::timestamptz + ($6::timestamptz - $5::timestamptz) * ((n - 1)::float8 / $4::int) AS at,
                 'CP-' || $1::int || '-' || lpad(n::text, 6, '0') AS number
          OFFSET 0
        ) t0
        CROSS JOIN LATERAL (
          SELECT t0.*, gen_random_uuid() AS id, t0.h % $7::int AS k,
                 (ARRAY['WEB_CHAT','PHONE','EMAIL','OTHER'])[1 + (t0.h / 19) % 4] AS channel,
                 (ARRAY['NORMAL','NORMAL','NORMAL','HIGH','URGENT'])[1 + (t0.h / 13) % 5] AS urgency,
                 (ARRAY['SIMPLE','SIMPLE','COMPLEX'])[1 + (t0.h / 23) % 3] AS complexity,
                 (ARRAY['PRODUCT_QUALITY','LOGISTICS_DELAY','SERVICE_ATTITUDE','POINTS_ANOMALY','BILLING','OTHER'])
                   [1 + (t0.h / 17) % 6] AS category,
                 CASE WHEN t0.h % 5 > 0 THEN 'SO-' || lpad((t0.h % 10000000)::text, 7, '0') END AS order_number,
                 CASE WHEN t0.h % 3 = 0 THEN 'M-' || (t0.h % 400) END AS product_model,
                 (ARRAY['The parcel arrived two weeks late and the box was crushed.',
                        'The jacket I ordered has a torn seam on the left sleeve; I would like a replacement or a refund.',
                        'My points from last month''s purchases are missing from my account.',
                        'The assistant on the phone was rude and hung up on me before I could explain the problem.',
                        'I was charged twice for the same order.'])[1 + (t0.h / 29) % 5] AS description,
                 'staff-' || (t0.h % 40) AS staff, 'dept-' || (t0.h % 25) AS department_actor,
                 1 + (t0.h / 31) % 5 AS satisfaction, t0.h % 17 = 0 AS breached,
                 (ARRAY[0,1,2,3,4,5,6,7,7,7,8,8,8,8,8,8])[1 + (t0.h / 7) % 16] AS wanted_stage
          OFFSET 0
        ) t
        CROSS JOIN LATERAL (
          SELECT ${customerId('t.k')} AS customer_id, ${tierOf('t.k')} AS tier,
                 least(t.wanted_stage, ${allowedStage}) AS stage,
                 (SELECT department FROM routing_rule WHERE category = t.category) AS department
          OFFSET 0
        ) s
        CROSS JOIN LATERAL (
          SELECT (ARRAY[${STAGES.map((x) => `'${x.status}'`).join(',')}])[1 + s.stage] AS status,
                 (ARRAY[${VERSIONS.join(',')}])[1 + s.stage] AS version,
                 extract(hour FROM t.at AT TIME ZONE 'Asia/Shanghai') BETWEEN 9 AND 17 AS accepted,
                 f.first_hours, f.resolution_hours,
                 t.at + f.first_hours * interval '160 minutes' AS first_due,
                 t.at + f.resolution_hours * interval '160 minutes' AS resolution_due,
                 CASE WHEN extract(hour FROM t.at AT TIME ZONE 'Asia/Shanghai') BETWEEN 9 AND 17 THEN t.at
                      ELSE (date_trunc('day', (t.at AT TIME ZONE 'Asia/Shanghai') + interval '6 hours')
                            + interval '9 hours') AT TIME ZONE 'Asia/Shanghai' END AS handling
            FROM (SELECT (CASE x.urgency WHEN 'URGENT' THEN 1 WHEN 'HIGH' THEN 4 ELSE 9 END) * x.m AS first_hours,
                         (CASE x.urgency WHEN 'URGENT' THEN 9 WHEN 'HIGH' THEN 27 ELSE 45 END) * x.m AS resolution_hours
                    FROM (SELECT CASE WHEN s.stage >= 1 THEN t.urgency ELSE 'NORMAL' END AS urgency,
                                 CASE s.tier WHEN 'DIAMOND' THEN 0.5 WHEN 'PLATINUM' THEN 0.75 ELSE 1 END AS m) x) f
          OFFSET 0
        ) u
        CROSS JOIN LATERAL (SELECT ${momentsSql} OFFSET 0) v
      OFFSET 0
    ) r`;

export const NUMBER_COUNTER = `
  INSERT INTO complaint_number_counter (year, last) VALUES ($1, $2)
  ON CONFLICT (year) DO UPDATE SET last = GREATEST(complaint_number_counter.last, EXCLUDED.last)`;

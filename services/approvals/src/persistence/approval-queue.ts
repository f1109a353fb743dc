import type { EntityManager } from 'typeorm';
import type { QueueKey } from '../application/ports';
import type { QueueLane } from '../domain/queue';

/** The SQL condition of one lane on the current step `c`, its parameters pushed onto `params`. */
function laneCondition(lane: QueueLane, params: unknown[]): string {
  const param = (value: unknown) => `$${params.push(value)}`;
  const conditions = [`c.authority = ${param(lane.authority)}`];
  const d = lane.department;
  if (d.match === 'EXACTLY') conditions.push(`c.department = ${param(d.department)}`);
  if (d.match === 'OWN_OR_NONE')
    conditions.push(
      d.department === null
        ? 'c.department IS NULL'
        : `(c.department IS NULL OR c.department = ${param(d.department)})`,
    );
  if (lane.scope) {
    conditions.push(`c.type = ANY(${param(lane.scope.types)}::text[])`);
    if (lane.scope.maxAmount !== null) conditions.push(`c.amount <= ${param(lane.scope.maxAmount)}::numeric`);
  }
  if (lane.overdueOnly) conditions.push('c.overdue_at IS NOT NULL');
  return `(${conditions.join(' AND ')})`;
}

/**
 * The pending requests whose current step (the first undecided one of the chain) falls in one of the
 * lanes, without those the person asked for or decided another step of (the rules of `decide`):
 * expedited first, then by the step's due time, then by id. One page after `after`, and the count of all.
 */
export async function queuePage(
  manager: EntityManager,
  query: { sub: string; lanes: readonly QueueLane[] },
  page: { size: number; after?: QueueKey },
): Promise<{ ids: string[]; totalCount: number }> {
  if (query.lanes.length === 0) return { ids: [], totalCount: 0 };
  const params: unknown[] = [query.sub];
  const lanes = query.lanes.map((lane) => laneCondition(lane, params)).join(' OR ');
  const queue = `
    WITH current AS (
      SELECT DISTINCT ON (s.request_id) s.request_id, s.position, s.authority, s.department, s.due_at,
             s.overdue_at, r.type, r.amount, r.expedited, r.requested_by
        FROM approval_step s JOIN approval_request r ON r.id = s.request_id
       WHERE r.status = 'PENDING' AND s.decision IS NULL AND NOT s.superseded
       ORDER BY s.request_id, s.position)
    SELECT c.request_id, c.expedited, c.due_at FROM current c
     WHERE (${lanes}) AND c.requested_by <> $1
       AND NOT EXISTS (SELECT 1 FROM approval_step d
                        WHERE d.request_id = c.request_id AND d.decided_by = $1 AND d.position <> c.position)`;
  const [{ count }] = (await manager.query(`SELECT count(*)::int AS count FROM (${queue}) q`, params)) as [
    { count: number },
  ];
  const pageParams = [...params];
  const after = page.after
    ? `WHERE (NOT q.expedited, q.due_at, q.request_id) > ($${pageParams.push(!page.after.expedited)}::boolean,
         $${pageParams.push(page.after.dueAt)}::timestamptz, $${pageParams.push(page.after.id)}::uuid)`
    : '';
  const rows = (await manager.query(
    `SELECT q.request_id FROM (${queue}) q ${after}
      ORDER BY NOT q.expedited, q.due_at, q.request_id LIMIT $${pageParams.push(page.size + 1)}`,
    pageParams,
  )) as { request_id: string }[];
  return { ids: rows.map((r) => r.request_id), totalCount: count };
}

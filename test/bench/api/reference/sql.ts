/**
 * The SQL the complaints subgraph runs for the benchmark's reads, copied from what it sends (captured
 * with sql-counter.ts; the equivalence test in api.spec.ts compares the two texts, whitespace aside, so a
 * change on either side shows): `complaints(first)` is TypeOrmComplaintRepository.list (the page's ids, the total count,
 * then the rows by id, as TypeORM's findBy writes it); `complaint(id)` and `_entities` are findByIds.
 */

/** The complaint entity's columns in its declaration order, as TypeORM selects them. */
const COLUMNS = [
  'id',
  'number',
  'kind',
  'channel',
  'status',
  'customer_id',
  'order_number',
  'product_model',
  'description',
  'expected_resolution',
  'received_at',
  'created_at',
  'version',
  'idempotency_key',
  'filed_by',
  'related_complaint_id',
  'category',
  'urgency',
  'complexity',
  'classified_at',
  'departments',
  'lead_department',
  'handover',
  'investigation',
  'root_cause',
  'solutions',
  'compensation',
  'compensation_solution_id',
  'feedback',
  'satisfaction',
  'follow_up_from',
  'follow_up_due_by',
  'follow_ups',
  'report',
  'improvement_actions',
  'escalation',
  'escalated_at',
  'reopen_count',
  'resolved_by',
  'closed_at',
  'acknowledgement',
  'sla',
  'sla_tier',
  'first_response_due_at',
  'resolution_due_at',
  'first_responded_at',
  'resolved_at',
  'sla_paused_since',
  'breached',
  'on_time',
  'working_hours_to_resolve',
  'timeline',
];

/** The row's field for a column, as named in TypeORM's select list. */
export const field = (column: string) => `ComplaintEntity_${column}`;

export const PAGE_IDS = `SELECT c.id FROM complaint c ORDER BY c.received_at ASC, c.id ASC LIMIT $1`;

export const COUNT = `SELECT count(*)::int AS n FROM complaint c`;

/** TypeORM's `findBy({ id: In(ids) })` over the complaint table of `schema`. */
export function rowsByIds(schema: string, count: number): string {
  const columns = COLUMNS.map((c) => `"ComplaintEntity"."${c}" AS "${field(c)}"`).join(', ');
  const params = Array.from({ length: count }, (_, i) => `$${i + 1}`).join(', ');
  return `SELECT ${columns} FROM "${schema}"."complaint" "ComplaintEntity" WHERE (("ComplaintEntity"."id" IN (${params})))`;
}

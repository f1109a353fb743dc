import type { Department } from '@care/domain-kernel';
import type { EntityManager } from 'typeorm';
import type { ApprovalStep, StepDecision } from '../domain/approval-step';
import type { Authority } from '../domain/authority';

interface Row {
  request_id: string;
  round: number;
  position: number;
  authority: string;
  department: string | null;
  due_at: Date;
  assignee: string | null;
  decision: string | null;
  decided_by: string | null;
  acting_for: string | null;
  comment: string | null;
  decided_at: Date | null;
  decided_late: boolean;
  overdue_explanation: string | null;
  skip_justification: string | null;
  skip_risk_assessment: string | null;
  skip_authority: string | null;
  superseded: boolean;
  overdue_at: Date | null;
}

const toDomain = (r: Row): ApprovalStep => ({
  round: r.round,
  position: r.position,
  authority: r.authority as Authority,
  department: r.department as Department | null,
  dueAt: r.due_at,
  assignee: r.assignee,
  decision: r.decision as StepDecision | null,
  decidedBy: r.decided_by,
  actingFor: r.acting_for,
  comment: r.comment,
  decidedAt: r.decided_at,
  decidedLate: r.decided_late,
  overdueExplanation: r.overdue_explanation,
  skipLevel:
    r.skip_justification !== null && r.skip_risk_assessment !== null && r.skip_authority !== null
      ? {
          justification: r.skip_justification,
          riskAssessment: r.skip_risk_assessment,
          authority: r.skip_authority as Authority,
        }
      : null,
  superseded: r.superseded,
  overdueAt: r.overdue_at,
});

const toRow = (s: ApprovalStep): Omit<Row, 'request_id'> => ({
  round: s.round,
  position: s.position,
  authority: s.authority,
  department: s.department,
  due_at: s.dueAt,
  assignee: s.assignee,
  decision: s.decision,
  decided_by: s.decidedBy,
  acting_for: s.actingFor,
  comment: s.comment,
  decided_at: s.decidedAt,
  decided_late: s.decidedLate,
  overdue_explanation: s.overdueExplanation,
  skip_justification: s.skipLevel?.justification ?? null,
  skip_risk_assessment: s.skipLevel?.riskAssessment ?? null,
  skip_authority: s.skipLevel?.authority ?? null,
  superseded: s.superseded,
  overdue_at: s.overdueAt,
});

/** The columns written from a step, with their types for jsonb_to_recordset. */
const COLUMNS = `round int, position int, authority text, department text, due_at timestamptz, assignee text,
  decision text, decided_by text, acting_for uuid, comment text, decided_at timestamptz, decided_late boolean,
  overdue_explanation text, skip_justification text, skip_risk_assessment text, skip_authority text,
  superseded boolean, overdue_at timestamptz`;
const NAMES = COLUMNS.split(',').map((c) => c.trim().split(/\s+/)[0]!);

/** The steps of these requests, by request, in order of round and position. */
export async function stepsOf(
  manager: EntityManager,
  requestIds: readonly string[],
): Promise<Map<string, ApprovalStep[]>> {
  const byRequest = new Map<string, ApprovalStep[]>(requestIds.map((id) => [id, []]));
  if (requestIds.length === 0) return byRequest;
  const rows: Row[] = await manager.query(
    `SELECT * FROM approval_step WHERE request_id = ANY($1::uuid[]) ORDER BY round, position`,
    [requestIds],
  );
  for (const row of rows) byRequest.get(row.request_id)?.push(toDomain(row));
  return byRequest;
}

/**
 * Writes a request's steps as they are now, in two statements: new and changed steps upserted by (round,
 * position), steps no longer there (the undecided rest of a chain returned for changes) deleted.
 */
export async function saveSteps(
  manager: EntityManager,
  requestId: string,
  steps: readonly ApprovalStep[],
): Promise<void> {
  const rows = JSON.stringify(steps.map(toRow));
  const changed = NAMES.filter((n) => n !== 'round' && n !== 'position')
    .map((n) => `${n} = EXCLUDED.${n}`)
    .join(', ');
  await manager.query(
    `INSERT INTO approval_step (request_id, ${NAMES.join(', ')})
     SELECT $1::uuid, s.* FROM jsonb_to_recordset($2::jsonb) AS s(${COLUMNS})
     ON CONFLICT (request_id, round, position) DO UPDATE SET ${changed}`,
    [requestId, rows],
  );
  await manager.query(
    `DELETE FROM approval_step d
      WHERE d.request_id = $1
        AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset($2::jsonb) AS s(round int, position int)
                         WHERE s.round = d.round AND s.position = d.position)`,
    [requestId, rows],
  );
}

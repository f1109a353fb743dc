import { refuse } from '@care/domain-kernel';
import type { EntityManager } from 'typeorm';
import type { ListPage, Page, ViolationFilter, ViolationRepository } from '../application/ports';
import { finalPenalty, type Violation } from '../domain/violation';
import { placeholders, reviveInstants } from './json-document';
import { condition, sqlKeysetPage, type SqlQuery } from './sql-page';
import { mappedRow, mappedRows } from './sql-rows';

interface Row {
  id: string;
  version: number;
  document: Record<string, unknown>;
}

/** The document's instants, stored as ISO strings. */
const INSTANTS = new Set(['at', 'statementDueAt', 'appealDueAt', 'decisionDueAt', 'overdueAt']);

const revive = (value: unknown): unknown => reviveInstants(value, INSTANTS);

/** The stored document back as the domain's violation, its instants revived. */
const toDomain = (row: Row): Violation => ({
  ...(revive(row.document) as Omit<Violation, 'id' | 'version'>),
  id: row.id,
  version: row.version,
});

/** The columns beside the document, in the order `values` gives them. */
const COLUMNS =
  'id, version, level, category, cases, person_id, status, source, detected_event_id, subject_type, ' +
  'subject_id, opened_at, decided_at, penalty_kind, penalty_amount, appeal_decision_due_at, appeal_overdue_at, document';

function values(v: Violation, version: number): unknown[] {
  const penalty = finalPenalty(v);
  const { version: _version, ...document } = v;
  return [
    v.id,
    version,
    v.level,
    v.category,
    v.cases,
    v.personId,
    v.status,
    v.source,
    v.detectedFrom?.eventId ?? null,
    v.subject?.type ?? null,
    v.subject?.id ?? null,
    v.opened.at,
    v.decision?.at ?? null,
    penalty?.kind ?? null,
    penalty?.amount ?? null,
    v.appeal?.decisionDueAt ?? null,
    v.appeal?.overdueAt ?? null,
    JSON.stringify(document),
  ];
}

export class SqlViolationRepository implements ViolationRepository {
  constructor(private readonly manager: EntityManager) {}

  async findById(id: string): Promise<Violation | null> {
    return mappedRow(
      this.manager,
      `SELECT id, version, document FROM violation WHERE id = $1`,
      [id],
      toDomain,
    );
  }

  async list(filter: ViolationFilter, page: ListPage): Promise<Page<Violation>> {
    const query: SqlQuery = {
      table: 'violation',
      columns: 'id, version, document, opened_at',
      conditions: [],
      params: [],
    };
    if (filter.status?.length) condition(query, 'status = ANY($)', filter.status);
    if (filter.level?.length) condition(query, 'level = ANY($)', filter.level);
    if (filter.category) condition(query, 'category = $', filter.category);
    if (filter.personId) condition(query, 'person_id = $', filter.personId);
    if (filter.appealDecisionOverdueAt)
      condition(query, `status = 'APPEALED' AND appeal_decision_due_at <= $`, filter.appealDecisionOverdueAt);
    const { rows, totalCount } = await sqlKeysetPage<Row>(this.manager, query, 'opened_at', page);
    return { rows: rows.map(toDomain), totalCount };
  }

  async insert(violation: Violation): Promise<boolean> {
    const inserted = (await this.manager.query(
      `INSERT INTO violation (${COLUMNS}) VALUES (${placeholders(18)})
       ON CONFLICT (detected_event_id) DO NOTHING RETURNING id`,
      values(violation, violation.version),
    )) as unknown[];
    return inserted.length > 0;
  }

  async update(next: Violation, expectedVersion: number): Promise<Violation> {
    const [, ...rest] = values(next, expectedVersion + 1);
    const sets = COLUMNS.split(', ')
      .slice(1)
      .map((column, i) => `${column} = $${i + 2}`)
      .join(', ');
    const [, affected] = (await this.manager.query(
      `UPDATE violation SET ${sets} WHERE id = $1 AND version = $${rest.length + 2}`,
      [next.id, ...rest, expectedVersion],
    )) as [unknown, number];
    if (affected !== 1)
      throw refuse.conflict('the violation was changed by someone else meanwhile: read it again', {
        id: next.id,
      });
    return { ...next, version: expectedVersion + 1 };
  }

  async overdueAppeals(now: Date, limit: number): Promise<Violation[]> {
    return mappedRows(
      this.manager,
      `SELECT id, version, document FROM violation
        WHERE status = 'APPEALED' AND appeal_decision_due_at <= $1 AND appeal_overdue_at IS NULL
        ORDER BY appeal_decision_due_at, id LIMIT $2`,
      [now, limit],
      toDomain,
    );
  }
}

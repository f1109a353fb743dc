import { refuse, type Department } from '@care/domain-kernel';
import type { EntityManager } from 'typeorm';
import type { ListPage, Page, RectificationFilter, RectificationRepository } from '../application/ports';
import type {
  ProgressNote,
  RectificationItem,
  RectificationSeverity,
  RectificationSource,
  RectificationStatus,
} from '../domain/rectification';
import { condition, sqlKeysetPage, type SqlQuery } from './sql-page';
import { mappedRow, mappedRowsByIds } from './sql-rows';

interface Row {
  id: string;
  source: string;
  source_id: string;
  description: string;
  severity: string;
  owner_department: string | null;
  owner: string | null;
  owner_named_by: string | null;
  owner_named_at: Date | null;
  deadline: Date | null;
  deadline_provisional: boolean;
  status: string;
  opened_by: string;
  opened_at: Date;
  progress: { at: string; by: string; note: string }[];
  completed_by: string | null;
  completed_at: Date | null;
  completion_summary: string | null;
  completed_late: boolean | null;
  verified_by: string | null;
  verified_at: Date | null;
  verification_note: string | null;
  failed_verifications: number;
  overdue_at: Date | null;
  origin_event_id: string | null;
  version: number;
}

const toDomain = (r: Row): RectificationItem => ({
  id: r.id,
  source: r.source as RectificationSource,
  sourceId: r.source_id,
  description: r.description,
  severity: r.severity as RectificationSeverity,
  ownerDepartment: r.owner_department as Department | null,
  owner: r.owner,
  ownerNamedBy: r.owner_named_by,
  ownerNamedAt: r.owner_named_at,
  deadline: r.deadline,
  deadlineProvisional: r.deadline_provisional,
  status: r.status as RectificationStatus,
  openedBy: r.opened_by,
  openedAt: r.opened_at,
  progress: r.progress.map((p): ProgressNote => ({ at: new Date(p.at), by: p.by, note: p.note })),
  completedBy: r.completed_by,
  completedAt: r.completed_at,
  completionSummary: r.completion_summary,
  completedLate: r.completed_late,
  verifiedBy: r.verified_by,
  verifiedAt: r.verified_at,
  verificationNote: r.verification_note,
  failedVerifications: r.failed_verifications,
  overdueAt: r.overdue_at,
  originEventId: r.origin_event_id,
  version: r.version,
});

/** The columns in the order `values` gives them. */
const COLUMNS = [
  'id',
  'source',
  'source_id',
  'description',
  'severity',
  'owner_department',
  'owner',
  'owner_named_by',
  'owner_named_at',
  'deadline',
  'deadline_provisional',
  'status',
  'opened_by',
  'opened_at',
  'progress',
  'completed_by',
  'completed_at',
  'completion_summary',
  'completed_late',
  'verified_by',
  'verified_at',
  'verification_note',
  'failed_verifications',
  'overdue_at',
  'origin_event_id',
  'version',
];

const values = (i: RectificationItem): unknown[] => [
  i.id,
  i.source,
  i.sourceId,
  i.description,
  i.severity,
  i.ownerDepartment,
  i.owner,
  i.ownerNamedBy,
  i.ownerNamedAt,
  i.deadline,
  i.deadlineProvisional,
  i.status,
  i.openedBy,
  i.openedAt,
  JSON.stringify(i.progress),
  i.completedBy,
  i.completedAt,
  i.completionSummary,
  i.completedLate,
  i.verifiedBy,
  i.verifiedAt,
  i.verificationNote,
  i.failedVerifications,
  i.overdueAt,
  i.originEventId,
  i.version,
];

const INSERT = `INSERT INTO rectification_item (${COLUMNS.join(', ')})
  VALUES (${COLUMNS.map((_, n) => `$${n + 1}`).join(', ')})`;

export class SqlRectificationRepository implements RectificationRepository {
  constructor(private readonly manager: EntityManager) {}

  private async one(sql: string, id: string): Promise<RectificationItem | null> {
    return mappedRow(this.manager, sql, [id], toDomain);
  }

  findById(id: string): Promise<RectificationItem | null> {
    return this.one(`SELECT * FROM rectification_item WHERE id = $1`, id);
  }

  lockById(id: string): Promise<RectificationItem | null> {
    return this.one(`SELECT * FROM rectification_item WHERE id = $1 FOR UPDATE`, id);
  }

  findByIds(ids: readonly string[]): Promise<RectificationItem[]> {
    return mappedRowsByIds(this.manager, { table: 'rectification_item', columns: '*' }, ids, toDomain);
  }

  async list(filter: RectificationFilter, page: ListPage): Promise<Page<RectificationItem>> {
    const query: SqlQuery = { table: 'rectification_item', columns: '*', conditions: [], params: [] };
    if (filter.status?.length) condition(query, 'status = ANY($)', filter.status);
    if (filter.severity) condition(query, 'severity = $', filter.severity);
    if (filter.source) condition(query, 'source = $', filter.source);
    if (filter.sourceId) condition(query, 'source_id = $', filter.sourceId);
    if (filter.ownerDepartment) condition(query, 'owner_department = $', filter.ownerDepartment);
    if (filter.overdue != null)
      query.conditions.push(filter.overdue ? 'overdue_at IS NOT NULL' : 'overdue_at IS NULL');
    const { rows, totalCount } = await sqlKeysetPage<Row>(this.manager, query, 'opened_at', page);
    return { rows: rows.map(toDomain), totalCount };
  }

  async insert(item: RectificationItem): Promise<void> {
    await this.manager.query(INSERT, values(item));
  }

  async insertUnlessOpened(item: RectificationItem): Promise<boolean> {
    const rows = (await this.manager.query(
      `${INSERT} ON CONFLICT (origin_event_id) DO NOTHING RETURNING id`,
      values(item),
    )) as unknown[];
    return rows.length > 0;
  }

  async update(item: RectificationItem, expectedVersion: number): Promise<RectificationItem> {
    const next = { ...item, version: expectedVersion + 1 };
    const changed = COLUMNS.slice(1).map((c, n) => `${c} = $${n + 2}`);
    const [, affected] = (await this.manager.query(
      `UPDATE rectification_item SET ${changed.join(', ')} WHERE id = $1 AND version = $${COLUMNS.length + 1}`,
      [...values(next), expectedVersion],
    )) as [unknown, number];
    if (affected !== 1)
      throw refuse.conflict('the rectification item was changed by someone else meanwhile: read it again', {
        id: item.id,
      });
    return next;
  }

  async dueForOverdue(now: Date, limit: number): Promise<string[]> {
    const rows = (await this.manager.query(
      `SELECT id FROM rectification_item
        WHERE overdue_at IS NULL AND status IN ('OPEN', 'IN_PROGRESS') AND deadline < $1
        ORDER BY deadline, id LIMIT $2`,
      [now, limit],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }
}

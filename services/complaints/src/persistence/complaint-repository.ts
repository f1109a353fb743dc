import { refuse } from '@care/domain-kernel';
import { In, type EntityManager, type Repository } from 'typeorm';
import type {
  ComplaintFilter,
  ComplaintOrder,
  ComplaintRepository,
  ListPage,
  NumberSequence,
  Reading,
  RoutingTable,
  TierProjection,
} from '../application/ports';
import type { Acknowledgement, Category, Complaint, Tier } from '../domain/complaint';
import { idempotencyKeyTaken } from '../domain/intake';
import type { SlaState } from '../domain/sla';
import { ComplaintEntity, CustomerTierEntity, RoutingRuleEntity } from './complaint.entity';
import {
  acknowledgementOf,
  complaintOfRow,
  complaintSelect,
  slaOf,
  type ComplaintRow,
  type Stored,
} from './complaint-rows';

const UNIQUE_VIOLATION = '23505';

const ALL: Reading = { documents: true };
/** The batch read's statement with and without the documents, made once. */
const WITH_DOCUMENTS = complaintSelect(true);
const WITHOUT_DOCUMENTS = complaintSelect(false);

/** Whether the database refused a row for a value another row holds under this unique constraint. */
const breaksUnique = (error: unknown, column: string): boolean => {
  const e = error as { code?: string; constraint?: string };
  return e.code === UNIQUE_VIOLATION && !!e.constraint?.includes(column);
};

export function toDomain(row: ComplaintEntity): Complaint {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    channel: row.channel,
    status: row.status,
    customerId: row.customerId,
    orderNumber: row.orderNumber,
    productModel: row.productModel,
    description: row.description,
    expectedResolution: row.expectedResolution,
    receivedAt: row.receivedAt,
    createdAt: row.createdAt,
    version: row.version,
    idempotencyKey: row.idempotencyKey,
    filedBy: row.filedBy,
    relatedComplaintId: row.relatedComplaintId,
    category: row.category,
    urgency: row.urgency,
    complexity: row.complexity,
    classifiedAt: row.classifiedAt,
    departments: row.departments,
    leadDepartment: row.leadDepartment,
    handover: row.handover,
    investigation: row.investigation,
    rootCause: row.rootCause,
    solutions: row.solutions,
    compensation: row.compensation,
    feedback: row.feedback,
    followUpFrom: row.followUpFrom,
    followUpDueBy: row.followUpDueBy,
    followUps: row.followUps,
    report: row.report,
    improvementActions: row.improvementActions,
    escalation: row.escalation,
    escalatedAt: row.escalatedAt,
    reopenCount: row.reopenCount,
    resolvedBy: row.resolvedBy,
    closedAt: row.closedAt,
    acknowledgement: acknowledgementOf(row.acknowledgement as Stored<Acknowledgement>),
    sla: slaOf(row.sla as Stored<SlaState>),
    timeline: row.timeline,
  };
}

function toRow(c: Complaint): ComplaintEntity {
  return {
    ...c,
    compensationSolutionId: c.compensation?.solutionId ?? null,
    satisfaction: c.feedback?.satisfaction ?? null,
    slaTier: c.sla.tier,
    firstResponseDueAt: c.sla.firstResponseDueAt,
    resolutionDueAt: c.sla.resolutionDueAt,
    firstRespondedAt: c.sla.firstRespondedAt,
    resolvedAt: c.sla.resolvedAt,
    slaPausedSince: c.sla.pausedSince,
    breached: c.sla.firstResponseBreached || c.sla.resolutionBreached,
    onTime: c.sla.onTime,
    workingHoursToResolve: c.sla.workingHoursToResolve === null ? null : String(c.sla.workingHoursToResolve),
  };
}

const ORDER_COLUMN = { RECEIVED_AT: 'received_at', RESOLUTION_DUE_AT: 'resolution_due_at' } as const;

/** Adds the filter's conditions to a query over `complaint c` (shared by lists and statistics). */
export function filterSql(filter: ComplaintFilter, params: unknown[]): string[] {
  const where: string[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (filter.customerId) where.push(`c.customer_id = ${p(filter.customerId)}`);
  if (filter.status?.length) where.push(`c.status = ANY(${p(filter.status)})`);
  if (filter.kind?.length) where.push(`c.kind = ANY(${p(filter.kind)})`);
  if (filter.category?.length) where.push(`c.category = ANY(${p(filter.category)})`);
  if (filter.urgency?.length) where.push(`c.urgency = ANY(${p(filter.urgency)})`);
  if (filter.channel?.length) where.push(`c.channel = ANY(${p(filter.channel)})`);
  if (filter.department) where.push(`c.departments @> ARRAY[${p(filter.department)}]::text[]`);
  if (filter.receivedFrom) where.push(`c.received_at >= ${p(filter.receivedFrom)}`);
  if (filter.receivedTo) where.push(`c.received_at < ${p(filter.receivedTo)}`);
  if (filter.breached !== null && filter.breached !== undefined)
    where.push(filter.breached ? `c.breached` : `NOT c.breached`);
  return where;
}

export class TypeOrmComplaintRepository implements ComplaintRepository {
  private readonly repo: Repository<ComplaintEntity>;

  constructor(private readonly manager: EntityManager) {
    this.repo = manager.getRepository(ComplaintEntity);
  }

  /** The complaint of the row found, if any. */
  private async one(found: Promise<ComplaintEntity | null>): Promise<Complaint | null> {
    const row = await found;
    return row ? toDomain(row) : null;
  }

  /** The row matching the condition, locked for the rest of the transaction. */
  private lockedWhere(
    condition: string,
    parameters: Record<string, unknown>,
  ): Promise<ComplaintEntity | null> {
    return this.repo
      .createQueryBuilder('c')
      .where(condition, parameters)
      .setLock('pessimistic_write')
      .getOne();
  }

  findById(id: string): Promise<Complaint | null> {
    return this.one(this.repo.findOneBy({ id }));
  }

  lockById(id: string): Promise<Complaint | null> {
    return this.one(this.lockedWhere('c.id = :id', { id }));
  }

  /**
   * Every list and the per-request loader read through here, so it skips the entity layer: one plain
   * statement, each row mapped to the same complaint `toDomain` gives (see `complaintOfRow`).
   */
  async findByIds(ids: readonly string[], reading: Reading = ALL): Promise<Complaint[]> {
    if (ids.length === 0) return [];
    const rows: ComplaintRow[] = await this.manager.query(
      `${reading.documents ? WITH_DOCUMENTS : WITHOUT_DOCUMENTS} WHERE id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return rows.map((row) => complaintOfRow(row, reading.documents));
  }

  /**
   * The complaints that hold these solutions (proposed at any time, answered or not), in one statement
   * whatever the number of ids: each id is looked up through the index on the solution documents.
   */
  async findBySolutionIds(solutionIds: readonly string[]): Promise<Complaint[]> {
    if (solutionIds.length === 0) return [];
    const rows: ComplaintRow[] = await this.manager.query(
      // An array, not IN (subquery): the planner's guess for a containment match is rows by the
      // thousand, and with IN it would read the whole table to join them; ANY(array) reads by key.
      `${WITH_DOCUMENTS} WHERE id = ANY(ARRAY(
        SELECT c.id FROM unnest($1::text[]) AS s(id)
        JOIN complaint c ON c.solutions @> jsonb_build_array(jsonb_build_object('id', s.id))))`,
      [solutionIds.map((id) => id.toLowerCase())],
    );
    return rows.map((row) => complaintOfRow(row, true));
  }

  findByNumber(number: string): Promise<Complaint | null> {
    return this.one(this.repo.findOneBy({ number }));
  }

  findByIdempotencyKey(key: string): Promise<Complaint | null> {
    return this.one(this.repo.findOneBy({ idempotencyKey: key }));
  }

  findByCompensationSolution(solutionId: string): Promise<Complaint | null> {
    return this.one(this.lockedWhere('c.compensation_solution_id = :solutionId', { solutionId }));
  }

  async list(
    filter: ComplaintFilter,
    order: ComplaintOrder,
    page: ListPage,
    reading: Reading = ALL,
  ): Promise<{ rows: Complaint[]; totalCount: number }> {
    const params: unknown[] = [];
    const where = filterSql(filter, params);
    const column = ORDER_COLUMN[order.field];
    const countSql = `SELECT count(*)::int AS n FROM complaint c ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const countParams = [...params];
    const cmp = order.direction === 'ASC' ? '>' : '<';
    if (page.after) {
      params.push(page.after.at, page.after.id);
      where.push(`(c.${column}, c.id) ${cmp} ($${params.length - 1}, $${params.length})`);
    }
    params.push(page.size + 1);
    const ids: { id: string }[] = await this.manager.query(
      `SELECT c.id FROM complaint c ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY c.${column} ${order.direction}, c.id ${order.direction} LIMIT $${params.length}`,
      params,
    );
    const [count] = page.count ? ((await this.manager.query(countSql, countParams)) as { n: number }[]) : [];
    const rows = await this.findByIds(
      ids.map((r) => r.id),
      reading,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return { rows: ids.map((r) => byId.get(r.id)!).filter(Boolean), totalCount: count?.n ?? 0 };
  }

  async listForCustomers(
    customerIds: readonly string[],
    filter: ComplaintFilter,
    order: ComplaintOrder,
    page: ListPage,
    reading: Reading = ALL,
  ): Promise<Map<string, { rows: Complaint[]; totalCount: number }>> {
    const result = new Map<string, { rows: Complaint[]; totalCount: number }>();
    const ids = [...new Set(customerIds)];
    for (const id of ids) result.set(id, { rows: [], totalCount: 0 });
    if (ids.length === 0) return result;
    const params: unknown[] = [ids];
    const where = [`c.customer_id = ANY($1::uuid[])`, ...filterSql({ ...filter, customerId: null }, params)];
    const countParams = [...params];
    const counts: { customer_id: string; n: number }[] = page.count
      ? await this.manager.query(
          `SELECT c.customer_id, count(*)::int AS n FROM complaint c WHERE ${where.join(' AND ')}
           GROUP BY c.customer_id`,
          countParams,
        )
      : [];
    const column = ORDER_COLUMN[order.field];
    const cmp = order.direction === 'ASC' ? '>' : '<';
    if (page.after) {
      params.push(page.after.at, page.after.id);
      where.push(`(c.${column}, c.id) ${cmp} ($${params.length - 1}, $${params.length})`);
    }
    params.push(page.size + 1);
    // One page of (size + 1) rows per customer, in the list's keyset order.
    const ranked: { id: string; customer_id: string }[] = await this.manager.query(
      `SELECT r.id, r.customer_id FROM (
         SELECT c.id, c.customer_id, row_number() OVER (
           PARTITION BY c.customer_id ORDER BY c.${column} ${order.direction}, c.id ${order.direction}) AS rn
         FROM complaint c WHERE ${where.join(' AND ')}
       ) r WHERE r.rn <= $${params.length} ORDER BY r.customer_id, r.rn`,
      params,
    );
    const byId = new Map(
      (
        await this.findByIds(
          ranked.map((r) => r.id),
          reading,
        )
      ).map((c) => [c.id, c]),
    );
    for (const { customer_id: customerId, n } of counts) result.get(customerId)!.totalCount = n;
    for (const { id, customer_id: customerId } of ranked) {
      const row = byId.get(id);
      if (row) result.get(customerId)!.rows.push(row);
    }
    return result;
  }

  async insert(complaint: Complaint): Promise<void> {
    try {
      await this.repo.insert(toRow(complaint));
    } catch (error) {
      // Another filing under the same client key was stored first (a concurrent repeat, DOMAIN 1.2).
      if (breaksUnique(error, 'idempotency_key')) throw idempotencyKeyTaken();
      throw error;
    }
  }

  async save(complaint: Complaint, expectedVersion: number): Promise<Complaint> {
    const next = { ...complaint, version: expectedVersion + 1 };
    const { id: _id, ...values } = toRow(next);
    const result = await this.repo
      .createQueryBuilder()
      .update(ComplaintEntity)
      .set(values)
      .where('id = :id AND version = :expectedVersion', { id: complaint.id, expectedVersion })
      .execute();
    if (result.affected !== 1)
      throw refuse.conflict(
        `complaint ${complaint.number} was changed by someone else meanwhile: reload and try again`,
        { id: complaint.id },
      );
    return next;
  }

  async dueForBreach(now: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM complaint
        WHERE resolved_at IS NULL AND sla_paused_since IS NULL AND status <> 'CLOSED'
          AND ((resolution_due_at < $1 AND NOT (sla->>'resolutionBreached')::boolean)
            OR (first_responded_at IS NULL AND first_response_due_at < $1
                AND NOT (sla->>'firstResponseBreached')::boolean))
        ORDER BY resolution_due_at LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => r.id);
  }
}

/** One counter row per year, incremented under its row lock: gapless, and serial under concurrency. */
export class PostgresNumberSequence implements NumberSequence {
  constructor(private readonly manager: EntityManager) {}

  async next(year: number): Promise<number> {
    const rows: { last: number }[] = await this.manager.query(
      `INSERT INTO complaint_number_counter (year, last) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last = complaint_number_counter.last + 1
       RETURNING last`,
      [year],
    );
    const serial = rows[0]?.last;
    if (serial === undefined) throw new Error('the number counter returned no row');
    return serial;
  }
}

export class TypeOrmRoutingTable implements RoutingTable {
  constructor(private readonly manager: EntityManager) {}

  async departmentFor(category: Category): Promise<string> {
    const rule = await this.manager.getRepository(RoutingRuleEntity).findOneBy({ category });
    if (!rule) throw new Error(`the routing table has no department for ${category}`);
    return rule.department;
  }
}

export class TypeOrmTierProjection implements TierProjection {
  private readonly repo: Repository<CustomerTierEntity>;

  constructor(private readonly manager: EntityManager) {
    this.repo = manager.getRepository(CustomerTierEntity);
  }

  async tierOf(customerId: string): Promise<Tier> {
    return ((await this.repo.findOneBy({ customerId }))?.tier as Tier | undefined) ?? 'MEMBER';
  }

  async tiersOf(customerIds: readonly string[]): Promise<Map<string, Tier>> {
    if (customerIds.length === 0) return new Map();
    const rows = await this.repo.findBy({ customerId: In([...new Set(customerIds)]) });
    return new Map(rows.map((r) => [r.customerId, r.tier as Tier]));
  }

  async record(customerId: string, tier: Tier, effectiveAt: Date): Promise<void> {
    await this.manager.query(
      `INSERT INTO customer_tier (customer_id, tier, effective_at) VALUES ($1, $2, $3)
       ON CONFLICT (customer_id) DO UPDATE SET tier = EXCLUDED.tier, effective_at = EXCLUDED.effective_at
       WHERE customer_tier.effective_at <= EXCLUDED.effective_at`,
      [customerId, tier, effectiveAt],
    );
  }
}

import { refuse, type Department } from '@care/domain-kernel';
import { keysetPage, type ListPage } from '@care/service-kit';
import { Decimal } from 'decimal.js';
import { In, QueryFailedError, type EntityManager, type Repository } from 'typeorm';
import type { ApprovalRequestFilter, ApprovalRequestRepository, QueueKey } from '../application/ports';
import type { ApprovalReference, ApprovalRequest, ApprovalStatus } from '../domain/approval-request';
import type { ApprovalStep } from '../domain/approval-step';
import type { ApprovalType, Authority } from '../domain/authority-matrix';
import type { QueueLane } from '../domain/queue';
import { queuePage } from './approval-queue';
import { ApprovalRequestEntity } from './approval-request.entity';
import { saveSteps, stepsOf } from './approval-step-rows';

function toDomain(row: ApprovalRequestEntity, steps: ApprovalStep[]): ApprovalRequest {
  const {
    referenceService,
    referenceAggregate,
    referenceId,
    lateReviewNecessary,
    lateReviewNote,
    lateReviewedBy,
    lateReviewedAt,
    ...rest
  } = row;
  return {
    ...rest,
    department: row.department as Department | null,
    steps,
    lateReview:
      lateReviewedAt && lateReviewedBy && lateReviewNecessary !== null
        ? {
            necessary: lateReviewNecessary,
            note: lateReviewNote ?? '',
            reviewedBy: lateReviewedBy,
            reviewedAt: lateReviewedAt,
          }
        : null,
    amount: new Decimal(row.amount).toFixed(2),
    type: row.type as ApprovalType,
    status: row.status as ApprovalStatus,
    requiredAuthority: row.requiredAuthority as Authority,
    reference:
      referenceService && referenceAggregate && referenceId
        ? {
            service: referenceService as ApprovalReference['service'],
            aggregate: referenceAggregate,
            id: referenceId,
          }
        : null,
  };
}

/** Postgres' unique_violation: here, the one request for one thing asked for (its reference). */
const isUniqueViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

function toRow(request: ApprovalRequest): Omit<ApprovalRequestEntity, 'version'> {
  const { reference, lateReview, steps: _steps, version: _version, ...rest } = request;
  return {
    ...rest,
    lateReviewNecessary: lateReview?.necessary ?? null,
    lateReviewNote: lateReview?.note ?? null,
    lateReviewedBy: lateReview?.reviewedBy ?? null,
    lateReviewedAt: lateReview?.reviewedAt ?? null,
    referenceService: reference?.service ?? null,
    referenceAggregate: reference?.aggregate ?? null,
    referenceId: reference?.id ?? null,
  };
}

export class TypeOrmApprovalRequestRepository implements ApprovalRequestRepository {
  private readonly repo: Repository<ApprovalRequestEntity>;

  constructor(private readonly manager: EntityManager) {
    this.repo = manager.getRepository(ApprovalRequestEntity);
  }

  /** The requests of these rows, each with its steps (one statement for all). */
  private async withSteps(rows: ApprovalRequestEntity[]): Promise<ApprovalRequest[]> {
    const steps = await stepsOf(
      this.manager,
      rows.map((r) => r.id),
    );
    return rows.map((row) => toDomain(row, steps.get(row.id) ?? []));
  }

  private async one(row: ApprovalRequestEntity | null): Promise<ApprovalRequest | null> {
    return row ? ((await this.withSteps([row]))[0] ?? null) : null;
  }

  async findByIds(ids: readonly string[]): Promise<ApprovalRequest[]> {
    if (ids.length === 0) return [];
    return this.withSteps(await this.repo.findBy({ id: In([...ids]) }));
  }

  async list(
    filter: ApprovalRequestFilter,
    page: ListPage,
  ): Promise<{ rows: ApprovalRequest[]; totalCount: number }> {
    const query = this.repo.createQueryBuilder('r').where('true');
    if (filter.status?.length) query.andWhere('r.status IN (:...status)', { status: filter.status });
    if (filter.requiredAuthority?.length)
      query.andWhere('r.required_authority IN (:...authority)', { authority: filter.requiredAuthority });
    if (filter.type?.length) query.andWhere('r.type IN (:...type)', { type: filter.type });
    if (filter.requestedBy != null)
      query.andWhere('r.requested_by = :requestedBy', { requestedBy: filter.requestedBy });
    if (filter.needsLateReview != null)
      query.andWhere(
        filter.needsLateReview
          ? 'r.decided_late AND r.late_reviewed_at IS NULL'
          : 'NOT (r.decided_late AND r.late_reviewed_at IS NULL)',
      );
    const { rows, totalCount } = await keysetPage(query, 'submitted_at', page);
    return { rows: await this.withSteps(rows), totalCount };
  }

  async findById(id: string): Promise<ApprovalRequest | null> {
    return this.one(await this.repo.findOneBy({ id }));
  }

  async lockById(id: string): Promise<ApprovalRequest | null> {
    return this.one(
      await this.repo
        .createQueryBuilder('r')
        .where('r.id = :id', { id })
        .setLock('pessimistic_write')
        .getOne(),
    );
  }

  async insert(request: ApprovalRequest): Promise<void> {
    try {
      await this.repo.insert({ ...toRow(request), version: request.version });
      await saveSteps(this.manager, request.id, request.steps);
    } catch (error) {
      if (isUniqueViolation(error))
        throw refuse.conflict('a request for this reference exists already', {
          reference: request.reference,
        });
      throw error;
    }
  }

  async insertUnlessAsked(request: ApprovalRequest): Promise<boolean> {
    const inserted = await this.repo
      .createQueryBuilder()
      .insert()
      .values({ ...toRow(request), version: request.version })
      .orIgnore()
      .execute();
    if ((inserted.raw as unknown[]).length === 0) return false;
    await saveSteps(this.manager, request.id, request.steps);
    return true;
  }

  async findByReference(reference: ApprovalReference): Promise<ApprovalRequest | null> {
    return this.one(
      await this.repo.findOneBy({
        referenceService: reference.service,
        referenceAggregate: reference.aggregate,
        referenceId: reference.id,
      }),
    );
  }

  async update(next: ApprovalRequest, expectedVersion: number): Promise<ApprovalRequest> {
    const { id: _id, ...changes } = toRow(next);
    const result = await this.repo
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: expectedVersion + 1 })
      .where('id = :id AND version = :expectedVersion', { id: next.id, expectedVersion })
      .execute();
    if (result.affected !== 1)
      throw refuse.conflict('the request was changed by someone else meanwhile: read it again', {
        id: next.id,
      });
    await saveSteps(this.manager, next.id, next.steps);
    return { ...next, version: expectedVersion + 1 };
  }

  async withUnmarkedOverdueStep(now: Date, limit: number): Promise<string[]> {
    const rows: { request_id: string }[] = await this.manager.query(
      `SELECT s.request_id FROM approval_step s JOIN approval_request r ON r.id = s.request_id
        WHERE r.status = 'PENDING' AND s.decision IS NULL AND NOT s.superseded AND s.overdue_at IS NULL
          AND s.due_at < $1
          AND NOT EXISTS (SELECT 1 FROM approval_step e
                           WHERE e.request_id = s.request_id AND e.decision IS NULL AND NOT e.superseded
                             AND e.position < s.position)
        ORDER BY s.due_at, s.request_id LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => r.request_id);
  }

  async unratifiedPastDeadline(now: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM approval_request
        WHERE ratification_due_at < $1 AND ratification_overdue_at IS NULL AND status IN ('PENDING', 'RETURNED')
        ORDER BY ratification_due_at, id LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => r.id);
  }

  async queue(
    query: { sub: string; lanes: readonly QueueLane[] },
    page: { size: number; after?: QueueKey },
  ): Promise<{ rows: ApprovalRequest[]; totalCount: number }> {
    const { ids, totalCount } = await queuePage(this.manager, query, page);
    const found = new Map((await this.findByIds(ids)).map((r) => [r.id, r]));
    return { rows: ids.flatMap((id) => found.get(id) ?? []), totalCount };
  }
}

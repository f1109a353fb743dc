import type { EntityManager } from 'typeorm';
import type { ApprovalRequestRepository, ApprovalSubjectRepository } from '../application/ports';
import type { ApprovalReference, ApprovalRequest } from '../domain/approval-request';
import { TypeOrmApprovalRequestRepository } from './approval-request-repository';

/**
 * The requests opened for things other services asked to approve, found by those things' references (the
 * unique index on the reference). A batch of any size costs the same statements: one finds the requests
 * of every reference, then their rows and steps are read as `findByIds` reads them.
 */
export class SqlApprovalSubjectRepository implements ApprovalSubjectRepository {
  private readonly requests: ApprovalRequestRepository;

  constructor(private readonly manager: EntityManager) {
    this.requests = new TypeOrmApprovalRequestRepository(manager);
  }

  async findBySubjects(references: readonly ApprovalReference[]): Promise<ApprovalRequest[]> {
    if (references.length === 0) return [];
    const found = (await this.manager.query(
      `SELECT id FROM approval_request
        WHERE (reference_service, reference_aggregate, reference_id) IN (
          SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[]))`,
      [references.map((r) => r.service), references.map((r) => r.aggregate), references.map((r) => r.id)],
    )) as { id: string }[];
    return this.requests.findByIds(found.map((r) => r.id));
  }
}

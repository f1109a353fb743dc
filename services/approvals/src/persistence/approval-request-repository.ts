import { keysetPage, type PageRequest } from '@care/service-kit';
import { Decimal } from 'decimal.js';
import { In, type EntityManager, type Repository } from 'typeorm';
import type { ApprovalRequestRepository } from '../application/ports';
import type { ApprovalRequest, ApprovalStatus } from '../domain/approval-request';
import type { ApprovalType, Authority } from '../domain/authority-matrix';
import { ApprovalRequestEntity } from './approval-request.entity';

function toDomain(row: ApprovalRequestEntity): ApprovalRequest {
  return {
    ...row,
    amount: new Decimal(row.amount).toFixed(),
    type: row.type as ApprovalType,
    status: row.status as ApprovalStatus,
    requiredAuthority: row.requiredAuthority as Authority,
  };
}

export class TypeOrmApprovalRequestRepository implements ApprovalRequestRepository {
  private readonly repo: Repository<ApprovalRequestEntity>;

  constructor(manager: EntityManager) {
    this.repo = manager.getRepository(ApprovalRequestEntity);
  }

  async findByIds(ids: readonly string[]): Promise<ApprovalRequest[]> {
    if (ids.length === 0) return [];
    return (await this.repo.findBy({ id: In([...ids]) })).map(toDomain);
  }

  async list(page: PageRequest): Promise<{ rows: ApprovalRequest[]; totalCount: number }> {
    const { rows, totalCount } = await keysetPage(this.repo.createQueryBuilder('r'), 'submitted_at', page);
    return { rows: rows.map(toDomain), totalCount };
  }

  async insert(request: ApprovalRequest): Promise<void> {
    await this.repo.insert({ ...request });
  }
}

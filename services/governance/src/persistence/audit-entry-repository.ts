import { keysetPage, type PageRequest } from '@care/service-kit';
import { In, type EntityManager, type Repository } from 'typeorm';
import type { AuditEntryRepository, AuditFilter } from '../application/ports';
import type { AuditEntry } from '../domain/audit-entry';
import { AuditEntryEntity } from './audit-entry.entity';

const toDomain = (row: AuditEntryEntity): AuditEntry => ({
  ...row,
  details: row.details as Record<string, unknown> | null,
});

export class TypeOrmAuditEntryRepository implements AuditEntryRepository {
  private readonly repo: Repository<AuditEntryEntity>;

  constructor(manager: EntityManager) {
    this.repo = manager.getRepository(AuditEntryEntity);
  }

  async findByIds(ids: readonly string[]): Promise<AuditEntry[]> {
    if (ids.length === 0) return [];
    return (await this.repo.findBy({ id: In([...ids]) })).map(toDomain);
  }

  async list(filter: AuditFilter, page: PageRequest): Promise<{ rows: AuditEntry[]; totalCount: number }> {
    const query = this.repo.createQueryBuilder('e');
    if (filter.subjectType)
      query.andWhere('e.subject_type = :subjectType', { subjectType: filter.subjectType });
    if (filter.subjectId) query.andWhere('e.subject_id = :subjectId', { subjectId: filter.subjectId });
    if (filter.actor) query.andWhere('e.actor = :actor', { actor: filter.actor });
    const { rows, totalCount } = await keysetPage(query, 'occurred_at', page);
    return { rows: rows.map(toDomain), totalCount };
  }

  async insert(entry: AuditEntry): Promise<void> {
    await this.repo.insert(entry);
  }

  async insertOnce(entry: AuditEntry): Promise<void> {
    await this.repo.createQueryBuilder().insert().values(entry).orIgnore().execute();
  }
}

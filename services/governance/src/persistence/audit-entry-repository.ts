import { keysetPage, type PageRequest } from '@care/service-kit';
import { In, type EntityManager, type Repository } from 'typeorm';
import type { AuditEntryRepository, AuditFilter } from '../application/ports';
import type { SealedAuditEntry } from '../domain/audit-chain';
import type { AuditEntry } from '../domain/audit-entry';
import { SqlAuditChain } from './audit-chain-repository';
import { AuditEntryEntity } from './audit-entry.entity';

const toDomain = (row: AuditEntryEntity): SealedAuditEntry => ({
  ...row,
  details: row.details as Record<string, unknown> | null,
});

export class TypeOrmAuditEntryRepository implements AuditEntryRepository {
  private readonly repo: Repository<AuditEntryEntity>;
  private readonly chain: SqlAuditChain;

  constructor(manager: EntityManager) {
    this.repo = manager.getRepository(AuditEntryEntity);
    this.chain = new SqlAuditChain(manager);
  }

  async findByIds(ids: readonly string[]): Promise<SealedAuditEntry[]> {
    if (ids.length === 0) return [];
    return (await this.repo.findBy({ id: In([...ids]) })).map(toDomain);
  }

  async list(
    filter: AuditFilter,
    page: PageRequest,
  ): Promise<{ rows: SealedAuditEntry[]; totalCount: number }> {
    const query = this.repo.createQueryBuilder('e');
    if (filter.subjectType)
      query.andWhere('e.subject_type = :subjectType', { subjectType: filter.subjectType });
    if (filter.subjectId) query.andWhere('e.subject_id = :subjectId', { subjectId: filter.subjectId });
    if (filter.actor) query.andWhere('e.actor = :actor', { actor: filter.actor });
    const { rows, totalCount } = await keysetPage(query, 'occurred_at', page);
    return { rows: rows.map(toDomain), totalCount };
  }

  /** Every entry joins the tamper-evident chain (DOMAIN 4.1): there is no other way in. */
  async insert(entry: AuditEntry): Promise<SealedAuditEntry> {
    return (await this.chain.append(entry))!;
  }

  async insertOnce(entry: AuditEntry): Promise<void> {
    await this.chain.append(entry, { once: true });
  }
}

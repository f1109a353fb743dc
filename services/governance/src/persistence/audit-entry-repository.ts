import type { EntityManager } from 'typeorm';
import type { AuditEntryRepository, AuditFilter, ListPage, Page } from '../application/ports';
import type { SealedAuditEntry } from '../domain/audit-chain';
import type { AuditEntry } from '../domain/audit-entry';
import { SqlAuditChain } from './audit-chain-repository';
import { AUDIT_ENTRIES, type AuditEntryRow, toAuditEntry } from './audit-entry-rows';
import { condition, sqlKeysetPage, type SqlQuery } from './sql-page';
import { mappedRowsByIds } from './sql-rows';

/** The audit entries: read in SQL, written only through the tamper-evident chain. */
export class SqlAuditEntryRepository implements AuditEntryRepository {
  private readonly chain: SqlAuditChain;

  constructor(private readonly manager: EntityManager) {
    this.chain = new SqlAuditChain(manager);
  }

  findByIds(ids: readonly string[]): Promise<SealedAuditEntry[]> {
    return mappedRowsByIds(this.manager, AUDIT_ENTRIES, ids, toAuditEntry);
  }

  async list(filter: AuditFilter, page: ListPage): Promise<Page<SealedAuditEntry>> {
    const query: SqlQuery = { ...AUDIT_ENTRIES, conditions: [], params: [] };
    if (filter.subjectType) condition(query, 'subject_type = $', filter.subjectType);
    if (filter.subjectId) condition(query, 'subject_id = $', filter.subjectId);
    if (filter.actor) condition(query, 'actor = $', filter.actor);
    const { rows, totalCount } = await sqlKeysetPage<AuditEntryRow>(this.manager, query, 'occurred_at', page);
    return { rows: rows.map(toAuditEntry), totalCount };
  }

  /** Every entry joins the tamper-evident chain (DOMAIN 4.1): there is no other way in. */
  async insert(entry: AuditEntry): Promise<SealedAuditEntry> {
    return (await this.chain.append(entry))!;
  }

  async insertOnce(entry: AuditEntry): Promise<void> {
    await this.chain.append(entry, { once: true });
  }
}

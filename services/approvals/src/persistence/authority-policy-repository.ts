import { refuse } from '@care/domain-kernel';
import { QueryFailedError, type EntityManager } from 'typeorm';
import type { AuthorityPolicyRepository } from '../application/ports';
import type { AuthorityPolicyDocument, AuthorityPolicyVersion } from '../domain/authority-policy';

interface Row {
  version: number;
  effective_from: Date;
  document: AuthorityPolicyDocument;
  published_by: string;
  published_at: Date;
}

const toDomain = (r: Row): AuthorityPolicyVersion => ({
  version: r.version,
  effectiveFrom: r.effective_from,
  document: r.document,
  publishedBy: r.published_by,
  publishedAt: r.published_at,
});

/** The published versions of the authority policy (DOMAIN 3.1, 3.2): appended, never changed. */
export class SqlAuthorityPolicyRepository implements AuthorityPolicyRepository {
  constructor(private readonly manager: EntityManager) {}

  async inForceAt(at: Date): Promise<AuthorityPolicyVersion | null> {
    const rows: Row[] = await this.manager.query(
      `SELECT * FROM authority_policy WHERE effective_from <= $1 ORDER BY effective_from DESC, version DESC LIMIT 1`,
      [at],
    );
    return rows[0] ? toDomain(rows[0]) : null;
  }

  async byVersion(version: number): Promise<AuthorityPolicyVersion | null> {
    const rows: Row[] = await this.manager.query(`SELECT * FROM authority_policy WHERE version = $1`, [
      version,
    ]);
    return rows[0] ? toDomain(rows[0]) : null;
  }

  async latestVersion(): Promise<number> {
    const [row] = (await this.manager.query(
      `SELECT coalesce(max(version), 0)::int AS version FROM authority_policy`,
    )) as { version: number }[];
    return row?.version ?? 0;
  }

  /** CONFLICT when the version was published meanwhile (two publications at once). */
  async insert(p: AuthorityPolicyVersion): Promise<void> {
    try {
      await this.manager.query(
        `INSERT INTO authority_policy (version, effective_from, document, published_by, published_at)
         VALUES ($1, $2, $3::jsonb, $4, $5)`,
        [p.version, p.effectiveFrom, JSON.stringify(p.document), p.publishedBy, p.publishedAt],
      );
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505')
        throw refuse.conflict(
          `version ${p.version} of the authority policy was published meanwhile: try again`,
          {
            version: p.version,
          },
        );
      throw error;
    }
  }
}

import { refuse } from '@care/domain-kernel';
import { QueryFailedError, type EntityManager } from 'typeorm';
import type {
  DocumentFilter,
  DocumentRepository,
  ListPage,
  SealedContent,
  WrappedDataKey,
} from '../application/ports';
import type { AccessGrant, ControlledDocument, DocumentKind } from '../domain/controlled-document';
import { condition, sqlKeysetPage, type SqlQuery } from './sql-page';
import { mappedRow, mappedRows, mappedRowsByIds } from './sql-rows';

interface DocumentRow {
  id: string;
  name: string;
  project: string;
  document_date: string;
  version_major: number;
  version_minor: number;
  extension: string | null;
  kind: string;
  content_type: string;
  size_bytes: number;
  key_id: string;
  registered_by: string;
  registered_at: Date;
}

/** The register's columns: never the ciphertext (megabytes a listing does not need). */
const METADATA = `id, name, project, to_char(document_date, 'YYYY-MM-DD') AS document_date, version_major,
  version_minor, extension, kind, content_type, size_bytes, key_id, registered_by, registered_at`;

const toDocument = (r: DocumentRow): ControlledDocument => ({
  id: r.id,
  name: r.name,
  project: r.project,
  documentDate: r.document_date,
  major: r.version_major,
  minor: r.version_minor,
  extension: r.extension,
  kind: r.kind as DocumentKind,
  contentType: r.content_type,
  sizeBytes: r.size_bytes,
  keyId: r.key_id,
  registeredBy: r.registered_by,
  registeredAt: r.registered_at,
});

interface GrantRow {
  id: string;
  document_id: string;
  grantee: string;
  valid_until: Date;
  reason: string;
  granted_by: string;
  granted_at: Date;
  revoked_by: string | null;
  revoked_at: Date | null;
}

const toGrant = (r: GrantRow): AccessGrant => ({
  id: r.id,
  documentId: r.document_id,
  grantee: r.grantee,
  validUntil: r.valid_until,
  reason: r.reason,
  grantedBy: r.granted_by,
  grantedAt: r.granted_at,
  revokedBy: r.revoked_by,
  revokedAt: r.revoked_at,
});

const isUniqueViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

export class SqlDocumentRepository implements DocumentRepository {
  constructor(private readonly manager: EntityManager) {}

  async findById(id: string): Promise<ControlledDocument | null> {
    return mappedRow(
      this.manager,
      `SELECT ${METADATA} FROM controlled_document WHERE id = $1`,
      [id],
      toDocument,
    );
  }

  findByIds(ids: readonly string[]): Promise<ControlledDocument[]> {
    return mappedRowsByIds(
      this.manager,
      { table: 'controlled_document', columns: METADATA },
      ids,
      toDocument,
    );
  }

  async list(filter: DocumentFilter, page: ListPage) {
    const query: SqlQuery = { table: 'controlled_document', columns: METADATA, conditions: [], params: [] };
    if (filter.kind) condition(query, 'kind = $', filter.kind);
    if (filter.project) condition(query, 'project = $', filter.project);
    const { rows, totalCount } = await sqlKeysetPage<DocumentRow>(this.manager, query, 'registered_at', page);
    return { rows: rows.map(toDocument), totalCount };
  }

  async insert(d: ControlledDocument, s: SealedContent): Promise<void> {
    try {
      await this.manager.query(
        `INSERT INTO controlled_document (id, name, project, document_date, version_major, version_minor, extension,
           kind, content_type, size_bytes, ciphertext, content_nonce, content_tag, key_id, wrapped_key, key_nonce,
           key_tag, registered_by, registered_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
        [
          d.id,
          d.name,
          d.project,
          d.documentDate,
          d.major,
          d.minor,
          d.extension,
          d.kind,
          d.contentType,
          d.sizeBytes,
          s.ciphertext,
          s.contentNonce,
          s.contentTag,
          s.keyId,
          s.wrappedKey,
          s.keyNonce,
          s.keyTag,
          d.registeredBy,
          d.registeredAt,
        ],
      );
    } catch (error) {
      if (isUniqueViolation(error))
        throw refuse.conflict(
          `a document named ${d.name} is registered already: give the new one a new version`,
          {
            name: d.name,
          },
        );
      throw error;
    }
  }

  async sealedContent(id: string): Promise<SealedContent | null> {
    const rows = (await this.manager.query(
      `SELECT ciphertext, content_nonce, content_tag, key_id, wrapped_key, key_nonce, key_tag
         FROM controlled_document WHERE id = $1`,
      [id],
    )) as Record<string, Buffer | string>[];
    const r = rows[0];
    if (!r) return null;
    return {
      ciphertext: r.ciphertext as Buffer,
      contentNonce: r.content_nonce as Buffer,
      contentTag: r.content_tag as Buffer,
      keyId: r.key_id as string,
      wrappedKey: r.wrapped_key as Buffer,
      keyNonce: r.key_nonce as Buffer,
      keyTag: r.key_tag as Buffer,
    };
  }

  async wrappedElsewhere(keyId: string, afterId: string | null, limit: number) {
    const rows = (await this.manager.query(
      `SELECT id, key_id, wrapped_key, key_nonce, key_tag FROM controlled_document
        WHERE key_id <> $1 AND ($2::uuid IS NULL OR id > $2::uuid)
        ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [keyId, afterId, limit],
    )) as { id: string; key_id: string; wrapped_key: Buffer; key_nonce: Buffer; key_tag: Buffer }[];
    return rows.map((r) => ({
      id: r.id,
      key: { keyId: r.key_id, wrappedKey: r.wrapped_key, keyNonce: r.key_nonce, keyTag: r.key_tag },
    }));
  }

  async countWrappedElsewhere(keyId: string): Promise<number> {
    const [{ n }] = (await this.manager.query(
      `SELECT count(*)::int AS n FROM controlled_document WHERE key_id <> $1`,
      [keyId],
    )) as [{ n: number }];
    return n;
  }

  async updateWrappedKey(id: string, key: WrappedDataKey): Promise<void> {
    await this.manager.query(
      `UPDATE controlled_document SET key_id = $2, wrapped_key = $3, key_nonce = $4, key_tag = $5 WHERE id = $1`,
      [id, key.keyId, key.wrappedKey, key.keyNonce, key.keyTag],
    );
  }

  async grantsOf(documentId: string): Promise<AccessGrant[]> {
    return mappedRows(
      this.manager,
      `SELECT * FROM document_access_grant WHERE document_id = $1 ORDER BY granted_at, id`,
      [documentId],
      toGrant,
    );
  }

  async findGrant(id: string): Promise<AccessGrant | null> {
    return mappedRow(
      this.manager,
      `SELECT * FROM document_access_grant WHERE id = $1 FOR UPDATE`,
      [id],
      toGrant,
    );
  }

  async insertGrant(g: AccessGrant): Promise<void> {
    await this.manager.query(
      `INSERT INTO document_access_grant (id, document_id, grantee, valid_until, reason, granted_by, granted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [g.id, g.documentId, g.grantee, g.validUntil, g.reason, g.grantedBy, g.grantedAt],
    );
  }

  async revokeGrant(g: AccessGrant): Promise<void> {
    await this.manager.query(
      `UPDATE document_access_grant SET revoked_by = $2, revoked_at = $3 WHERE id = $1 AND revoked_at IS NULL`,
      [g.id, g.revokedBy, g.revokedAt],
    );
  }
}

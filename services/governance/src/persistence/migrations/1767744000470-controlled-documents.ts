import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register of controlled documents (DOMAIN 4.7). The content is stored encrypted only: AES-256-GCM
 * ciphertext under the document's own data key, and that key wrapped under a master key named by key_id
 * (envelope encryption; the keys themselves are never in the database). Grants of access are kept with
 * their reason and end.
 */
export class ControlledDocuments1767744000470 implements MigrationInterface {
  name = 'ControlledDocuments1767744000470';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE controlled_document (
        id uuid PRIMARY KEY,
        name text NOT NULL UNIQUE,
        project text NOT NULL,
        document_date date NOT NULL,
        version_major integer NOT NULL CHECK (version_major >= 0),
        version_minor integer NOT NULL CHECK (version_minor >= 0),
        extension text,
        kind text NOT NULL CHECK (kind IN ('CONTRACT', 'POLICY', 'REPORT', 'MEETING_MINUTES', 'OTHER')),
        content_type text NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        ciphertext bytea NOT NULL,
        content_nonce bytea NOT NULL CHECK (octet_length(content_nonce) = 12),
        content_tag bytea NOT NULL CHECK (octet_length(content_tag) = 16),
        key_id text NOT NULL,
        wrapped_key bytea NOT NULL CHECK (octet_length(wrapped_key) = 32),
        key_nonce bytea NOT NULL CHECK (octet_length(key_nonce) = 12),
        key_tag bytea NOT NULL CHECK (octet_length(key_tag) = 16),
        registered_by text NOT NULL,
        registered_at timestamptz NOT NULL,
        CHECK (octet_length(ciphertext) = size_bytes)
      )`);
    // Ciphertext does not compress: store it out of line without trying.
    await q.query(`ALTER TABLE controlled_document ALTER COLUMN ciphertext SET STORAGE EXTERNAL`);
    await q.query(
      `CREATE INDEX controlled_document_registered_idx ON controlled_document (registered_at, id)`,
    );
    await q.query(`CREATE INDEX controlled_document_key_idx ON controlled_document (key_id, id)`);
    await q.query(`
      CREATE TABLE document_access_grant (
        id uuid PRIMARY KEY,
        document_id uuid NOT NULL REFERENCES controlled_document (id),
        grantee text NOT NULL CHECK (grantee <> ''),
        valid_until timestamptz NOT NULL,
        reason text NOT NULL CHECK (reason <> ''),
        granted_by text NOT NULL,
        granted_at timestamptz NOT NULL,
        revoked_by text,
        revoked_at timestamptz,
        CHECK (valid_until > granted_at),
        CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
      )`);
    await q.query(
      `CREATE INDEX document_access_grant_document_idx ON document_access_grant (document_id, grantee)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE document_access_grant`);
    await q.query(`DROP TABLE controlled_document`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail: append-only (updates and deletes before the retention date are refused by a trigger).
 * Names are unqualified: search_path is the service's schema.
 */
export class AuditEntries1767225600000 implements MigrationInterface {
  name = 'AuditEntries1767225600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_entry (
        id uuid PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        actor text NOT NULL,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        source text NOT NULL,
        details jsonb,
        retain_until timestamptz NOT NULL CHECK (retain_until >= occurred_at + interval '6 months')
      )`);
    await q.query(`CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at, id)`);
    await q.query(
      `CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_type, subject_id, occurred_at)`,
    );
    await q.query(`
      CREATE FUNCTION audit_entry_protect() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          RAISE EXCEPTION 'audit entries are append-only' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.retain_until > now() THEN
          RAISE EXCEPTION 'audit entry % must be kept until %', OLD.id, OLD.retain_until USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN OLD;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_entry_protect BEFORE UPDATE OR DELETE ON audit_entry
      FOR EACH ROW EXECUTE FUNCTION audit_entry_protect()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_entry`);
    await q.query(`DROP FUNCTION audit_entry_protect()`);
  }
}

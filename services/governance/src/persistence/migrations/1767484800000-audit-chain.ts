import type { MigrationInterface, QueryRunner } from 'typeorm';
import { GENESIS_HASH, seal, type ChainPoint } from '../../domain/audit-chain';
import type { AuditEntry } from '../../domain/audit-entry';

/** Entries chained per statement while the existing trail is migrated. */
const BATCH = 1_000;

interface Row {
  id: string;
  occurred_at: Date;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  source: string;
  details: Record<string, unknown> | null;
  retain_until: Date;
  /** occurred_at as Postgres writes it, to the microsecond: the keyset of the next batch. */
  at_key: string;
}

const entryOf = (r: Row): AuditEntry => ({
  id: r.id,
  occurredAt: r.occurred_at,
  actor: r.actor,
  action: r.action,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  source: r.source,
  details: r.details,
  retainUntil: r.retain_until,
});

/**
 * The tamper-evident audit chain (DOMAIN 4.1): each entry gets its position and the hash over the hash
 * before it and its own content (src/domain/audit-chain.ts). The entries already kept are chained here,
 * oldest first, and the chain head (one row, locked by every append) starts at the last of them. Purges
 * of entries past their retention are recorded with the last purged entry's position and hash, from which
 * the rest of the chain still verifies.
 */
export class AuditChain1767484800000 implements MigrationInterface {
  name = 'AuditChain1767484800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE audit_entry
        ADD COLUMN position bigint,
        ADD COLUMN previous_hash char(64),
        ADD COLUMN hash char(64)`);
    // The trail is append-only (its trigger refuses updates): chaining the existing entries is the
    // one update it ever gets, inside this migration's transaction.
    await q.query(`ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_protect`);
    let head: ChainPoint = { position: 0, hash: GENESIS_HASH };
    let after: { at: string; id: string } | null = null;
    for (;;) {
      const rows: Row[] = await q.query(
        `SELECT occurred_at::text AS at_key, id, occurred_at, actor, action, subject_type, subject_id, source, details, retain_until
           FROM audit_entry
          WHERE $1::timestamptz IS NULL OR (occurred_at, id) > ($1::timestamptz, $2::uuid)
          ORDER BY occurred_at, id
          LIMIT ${BATCH}`,
        [after?.at ?? null, after?.id ?? null],
      );
      if (rows.length === 0) break;
      const sealed = rows.map((row) => {
        const entry = seal(head, entryOf(row));
        head = { position: entry.position, hash: entry.hash };
        return entry;
      });
      await q.query(
        `UPDATE audit_entry e SET position = c.position, previous_hash = c.previous_hash, hash = c.hash
           FROM unnest($1::uuid[], $2::bigint[], $3::text[], $4::text[]) AS c(id, position, previous_hash, hash)
          WHERE e.id = c.id`,
        [
          sealed.map((e) => e.id),
          sealed.map((e) => e.position),
          sealed.map((e) => e.previousHash),
          sealed.map((e) => e.hash),
        ],
      );
      const last = rows[rows.length - 1]!;
      after = { at: last.at_key, id: last.id };
    }
    await q.query(`ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_protect`);
    await q.query(`
      ALTER TABLE audit_entry
        ALTER COLUMN position SET NOT NULL,
        ALTER COLUMN previous_hash SET NOT NULL,
        ALTER COLUMN hash SET NOT NULL`);
    // Not unique: appends are serialised by the head row's lock, and a row slipped in at the next position
    // must not stop the trail (verification names it as inserted).
    await q.query(`CREATE INDEX audit_entry_position_idx ON audit_entry (position)`);
    await q.query(`CREATE INDEX audit_entry_retain_idx ON audit_entry (retain_until)`);

    await q.query(`
      CREATE TABLE audit_chain_head (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        position bigint NOT NULL CHECK (position >= 0),
        hash char(64) NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`INSERT INTO audit_chain_head (position, hash, updated_at) VALUES ($1, $2, now())`, [
      head.position,
      head.hash,
    ]);
    await q.query(`
      CREATE FUNCTION audit_chain_head_protect() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR NEW.position < OLD.position THEN
          RAISE EXCEPTION 'the audit chain head only moves forward' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_chain_head_protect BEFORE UPDATE OR DELETE ON audit_chain_head
      FOR EACH ROW EXECUTE FUNCTION audit_chain_head_protect()`);

    await q.query(`
      CREATE TABLE audit_purge (
        id uuid PRIMARY KEY,
        purged_at timestamptz NOT NULL,
        cutoff timestamptz NOT NULL,
        through_position bigint NOT NULL UNIQUE,
        through_hash char(64) NOT NULL,
        deleted integer NOT NULL CHECK (deleted > 0)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_purge`);
    await q.query(`DROP TABLE audit_chain_head`);
    await q.query(`DROP FUNCTION audit_chain_head_protect()`);
    await q.query(`DROP INDEX audit_entry_retain_idx`);
    await q.query(`DROP INDEX audit_entry_position_idx`);
    await q.query(
      `ALTER TABLE audit_entry DROP COLUMN position, DROP COLUMN previous_hash, DROP COLUMN hash`,
    );
  }
}

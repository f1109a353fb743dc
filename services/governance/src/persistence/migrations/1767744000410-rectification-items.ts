import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rectification items (DOMAIN 4.3-4.4), one table for every source. A major item waits for its owner
 * without a deadline; every other item has one. An item opened from another service's event names it
 * (origin_event_id), once.
 */
export class RectificationItems1767744000410 implements MigrationInterface {
  name = 'RectificationItems1767744000410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rectification_item (
        id uuid PRIMARY KEY,
        source text NOT NULL CHECK (source IN ('AUDIT', 'CHECK', 'VIOLATION', 'COMPLAINT_IMPROVEMENT_ACTION')),
        source_id text NOT NULL CHECK (source_id <> ''),
        description text NOT NULL CHECK (description <> ''),
        severity text NOT NULL CHECK (severity IN ('ORDINARY', 'MAJOR')),
        owner_department text,
        owner text,
        owner_named_by text,
        owner_named_at timestamptz,
        deadline timestamptz,
        deadline_provisional boolean NOT NULL DEFAULT false,
        status text NOT NULL CHECK (status IN ('AWAITING_OWNER', 'OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED')),
        opened_by text NOT NULL,
        opened_at timestamptz NOT NULL,
        progress jsonb NOT NULL DEFAULT '[]',
        completed_by text,
        completed_at timestamptz,
        completion_summary text,
        completed_late boolean,
        verified_by text,
        verified_at timestamptz,
        verification_note text,
        failed_verifications integer NOT NULL DEFAULT 0 CHECK (failed_verifications >= 0),
        overdue_at timestamptz,
        origin_event_id uuid UNIQUE,
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'AWAITING_OWNER') = (deadline IS NULL)),
        CHECK (status = 'AWAITING_OWNER' OR owner_department IS NOT NULL),
        CHECK (status <> 'AWAITING_OWNER' OR severity = 'MAJOR')
      )`);
    await q.query(`CREATE INDEX rectification_item_opened_idx ON rectification_item (opened_at, id)`);
    await q.query(
      `CREATE INDEX rectification_item_department_idx ON rectification_item (owner_department, opened_at)`,
    );
    await q.query(`CREATE INDEX rectification_item_source_idx ON rectification_item (source, source_id)`);
    // What the overdue job reads: running items past their deadline, not marked yet.
    await q.query(`
      CREATE INDEX rectification_item_due_idx ON rectification_item (deadline)
       WHERE overdue_at IS NULL AND status IN ('OPEN', 'IN_PROGRESS')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rectification_item`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Violations and penalties (DOMAIN 4.5): the procedure's steps as one document per violation, with the
 * columns lists, the monthly report and the overdue-appeal check select on. Beside it, what governance
 * learns of discounts from the loyalty and approvals streams, to find one issued without its approval.
 */
export class Violations1767571200000 implements MigrationInterface {
  name = 'Violations1767571200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE violation (
        id uuid PRIMARY KEY,
        version integer NOT NULL,
        level text NOT NULL CHECK (level IN ('ORDINARY', 'SERIOUS', 'SEVERE')),
        category text NOT NULL,
        cases integer NOT NULL CHECK (cases > 0),
        person_id text,
        status text NOT NULL,
        source text NOT NULL CHECK (source IN ('MANUAL', 'DETECTED')),
        detected_event_id uuid UNIQUE,
        subject_type text,
        subject_id text,
        opened_at timestamptz NOT NULL,
        decided_at timestamptz,
        penalty_kind text,
        penalty_amount numeric(14, 2),
        appeal_decision_due_at timestamptz,
        appeal_overdue_at timestamptz,
        document jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX violation_opened_idx ON violation (opened_at, id)`);
    await q.query(`CREATE INDEX violation_person_idx ON violation (person_id, opened_at)`);
    await q.query(
      `CREATE INDEX violation_appeal_due_idx ON violation (appeal_decision_due_at) WHERE status = 'APPEALED'`,
    );
    await q.query(`
      CREATE TABLE discount_watch (
        discount_id uuid PRIMARY KEY,
        kind text,
        needs_approval boolean NOT NULL DEFAULT false,
        approved_request_id uuid,
        approved_at timestamptz,
        issued_at timestamptz,
        issued_seen_at timestamptz,
        issued_event_id uuid,
        issued_by text,
        customer_id uuid,
        value numeric(14, 2),
        violation_id uuid
      )`);
    await q.query(
      `CREATE INDEX discount_watch_unapproved_idx ON discount_watch (issued_seen_at)
        WHERE needs_approval AND approved_at IS NULL AND violation_id IS NULL AND issued_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE discount_watch`);
    await q.query(`DROP TABLE violation`);
  }
}

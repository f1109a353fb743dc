import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Written delegations of approval authority, and the delegation a decision was taken under (DOMAIN 3.5). */
export class Delegations1767225600004 implements MigrationInterface {
  name = 'Delegations1767225600004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE delegation (
        id uuid PRIMARY KEY,
        delegator text NOT NULL,
        delegate text NOT NULL CHECK (delegate <> delegator),
        authority text NOT NULL
          CHECK (authority IN ('DEPARTMENT_HEAD', 'VP', 'GM_OFFICE_MEETING', 'LOYALTY_SUPERVISOR', 'GM')),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '30 days'),
        document_reference text NOT NULL CHECK (document_reference <> ''),
        signed_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        ended_at timestamptz,
        ended_by text,
        version integer NOT NULL DEFAULT 1,
        CHECK ((ended_at IS NULL) = (ended_by IS NULL))
      )`);
    await q.query(
      `CREATE INDEX delegation_delegate_idx ON delegation (delegate, ends_at) WHERE ended_at IS NULL`,
    );
    await q.query(
      `ALTER TABLE approval_request ADD COLUMN decided_under_delegation uuid REFERENCES delegation (id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE approval_request DROP COLUMN decided_under_delegation`);
    await q.query(`DROP TABLE delegation`);
  }
}

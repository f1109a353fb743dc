import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The business types as they are when this migration is written (it must not change with the code). */
const TYPE_LIST = `'EXPENSE', 'PURCHASE', 'POINTS_REDEMPTION', 'DISCOUNT', 'COMPENSATION', 'CAMPAIGN', 'OTHER'`;

/**
 * Overdue steps and unratified emergencies marked by their jobs, once (DOMAIN 3.6, 3.7), and the scope of
 * a delegation (DOMAIN 3.5). An expedited request that exists gets the ratification deadline of its first
 * round: the due time of its chain as first routed, 2 working days, the policy's default. A delegation
 * recorded before scopes covers every business type with no amount of its own, as it did then.
 */
export class OverdueAndDelegationScope1767571200000 implements MigrationInterface {
  name = 'OverdueAndDelegationScope1767571200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE approval_step ADD COLUMN overdue_at timestamptz`);
    await q.query(`
      ALTER TABLE approval_request
        ADD COLUMN ratification_due_at timestamptz,
        ADD COLUMN ratification_overdue_at timestamptz,
        ADD CONSTRAINT approval_request_ratification CHECK (
          (ratification_due_at IS NOT NULL OR ratification_overdue_at IS NULL)
          AND (expedited OR ratification_due_at IS NULL))`);
    await q.query(`
      UPDATE approval_request r
         SET ratification_due_at = (SELECT max(s.due_at) FROM approval_step s WHERE s.request_id = r.id AND s.round = 1)
       WHERE r.expedited`);
    // What the jobs look for: undecided steps not yet marked, expedited requests not yet ratified.
    await q.query(`
      CREATE INDEX approval_step_overdue_idx ON approval_step (due_at)
        WHERE decision IS NULL AND NOT superseded AND overdue_at IS NULL`);
    await q.query(`
      CREATE INDEX approval_request_ratification_idx ON approval_request (ratification_due_at)
        WHERE ratification_due_at IS NOT NULL AND ratification_overdue_at IS NULL
          AND status IN ('PENDING', 'RETURNED')`);
    await q.query(`
      ALTER TABLE delegation
        ADD COLUMN department text,
        ADD COLUMN business_types text[] NOT NULL DEFAULT ARRAY[${TYPE_LIST}]::text[],
        ADD COLUMN max_amount numeric(20, 6) CHECK (max_amount > 0),
        ADD CONSTRAINT delegation_business_types CHECK (
          cardinality(business_types) > 0 AND business_types <@ ARRAY[${TYPE_LIST}]::text[])`);
    await q.query(`ALTER TABLE delegation ALTER COLUMN business_types DROP DEFAULT`);
    await q.query(
      `CREATE INDEX delegation_delegator_idx ON delegation (delegator, authority, ends_at) WHERE ended_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX delegation_delegator_idx`);
    await q.query(`
      ALTER TABLE delegation
        DROP CONSTRAINT delegation_business_types,
        DROP COLUMN max_amount,
        DROP COLUMN business_types,
        DROP COLUMN department`);
    await q.query(`DROP INDEX approval_request_ratification_idx`);
    await q.query(`DROP INDEX approval_step_overdue_idx`);
    await q.query(`
      ALTER TABLE approval_request
        DROP CONSTRAINT approval_request_ratification,
        DROP COLUMN ratification_overdue_at,
        DROP COLUMN ratification_due_at`);
    await q.query(`ALTER TABLE approval_step DROP COLUMN overdue_at`);
  }
}

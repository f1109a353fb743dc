import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * DOMAIN 2.5: a data change request still unanswered after its 2 working hours is marked overdue once
 * (`overdue_at`) and announced; the partial index holds only the requests the job may still have to mark.
 */
export class ChangeResponseOverdue1767657600000 implements MigrationInterface {
  name = 'ChangeResponseOverdue1767657600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer_change ADD COLUMN overdue_at timestamptz`);
    await q.query(`
      CREATE INDEX customer_change_unanswered_idx ON customer_change (due_at, id)
       WHERE status = 'PENDING_REVIEW' AND overdue_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX customer_change_unanswered_idx`);
    await q.query(`ALTER TABLE customer_change DROP COLUMN overdue_at`);
  }
}

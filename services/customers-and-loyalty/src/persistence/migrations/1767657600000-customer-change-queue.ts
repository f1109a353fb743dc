import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * DOMAIN 2.5: a data change request still unanswered after its 2 working hours is marked overdue once
 * (`overdue_at`) and announced; the partial index holds only the requests the job may still have to mark.
 * The reviewers' queue (`customerChanges`) reads by deadline, all of them or a customer's.
 */
export class CustomerChangeQueue1767657600000 implements MigrationInterface {
  name = 'CustomerChangeQueue1767657600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer_change ADD COLUMN overdue_at timestamptz`);
    await q.query(`
      CREATE INDEX customer_change_unanswered_idx ON customer_change (due_at, id)
       WHERE status = 'PENDING_REVIEW' AND overdue_at IS NULL`);
    await q.query(`CREATE INDEX customer_change_due_idx ON customer_change (due_at, id)`);
    await q.query(`CREATE INDEX customer_change_customer_idx ON customer_change (customer_id, due_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX customer_change_customer_idx`);
    await q.query(`DROP INDEX customer_change_due_idx`);
    await q.query(`DROP INDEX customer_change_unanswered_idx`);
    await q.query(`ALTER TABLE customer_change DROP COLUMN overdue_at`);
  }
}

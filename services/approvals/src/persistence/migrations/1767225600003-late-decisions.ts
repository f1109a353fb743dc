import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Decisions taken after the time limit, their explanation and internal control's review (DOMAIN 3.7). */
export class LateDecisions1767225600003 implements MigrationInterface {
  name = 'LateDecisions1767225600003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE approval_request
        ADD COLUMN decided_late boolean NOT NULL DEFAULT false,
        ADD COLUMN overdue_explanation text,
        ADD COLUMN late_review_necessary boolean,
        ADD COLUMN late_review_note text,
        ADD COLUMN late_reviewed_by text,
        ADD COLUMN late_reviewed_at timestamptz,
        ADD CONSTRAINT approval_request_late_explained CHECK (NOT decided_late OR overdue_explanation IS NOT NULL),
        ADD CONSTRAINT approval_request_late_review_whole CHECK (
          (late_reviewed_at IS NULL) = (late_review_necessary IS NULL)
          AND (late_reviewed_at IS NULL) = (late_reviewed_by IS NULL)
          AND (late_reviewed_at IS NULL OR decided_late))`);
    // Internal control's queue: late decisions not reviewed yet.
    await q.query(`
      CREATE INDEX approval_request_late_review_idx ON approval_request (decided_at)
        WHERE decided_late AND late_reviewed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX approval_request_late_review_idx`);
    await q.query(`
      ALTER TABLE approval_request
        DROP CONSTRAINT approval_request_late_review_whole,
        DROP CONSTRAINT approval_request_late_explained,
        DROP COLUMN late_reviewed_at, DROP COLUMN late_reviewed_by, DROP COLUMN late_review_note,
        DROP COLUMN late_review_necessary, DROP COLUMN overdue_explanation, DROP COLUMN decided_late`);
  }
}

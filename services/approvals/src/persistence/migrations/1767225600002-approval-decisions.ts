import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Decisions, expedited requests and what another service's request is about (its reference). */
export class ApprovalDecisions1767225600002 implements MigrationInterface {
  name = 'ApprovalDecisions1767225600002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE approval_request
        ADD COLUMN reference_service text,
        ADD COLUMN reference_aggregate text,
        ADD COLUMN reference_id uuid,
        ADD COLUMN expedited boolean NOT NULL DEFAULT false,
        ADD COLUMN decided_at timestamptz,
        ADD COLUMN decided_by text,
        ADD COLUMN decision_reason text,
        ADD CONSTRAINT approval_request_reference_whole CHECK (
          (reference_service IS NULL) = (reference_aggregate IS NULL)
          AND (reference_service IS NULL) = (reference_id IS NULL)),
        ADD CONSTRAINT approval_request_decided CHECK ((status = 'PENDING') = (decided_at IS NULL))`);
    // One request for one thing asked for: a repeated ask finds the request that exists.
    await q.query(`
      CREATE UNIQUE INDEX approval_request_reference_idx
        ON approval_request (reference_service, reference_aggregate, reference_id)
        WHERE reference_id IS NOT NULL`);
    await q.query(
      `CREATE INDEX approval_request_queue_idx ON approval_request (required_authority, status, due_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX approval_request_queue_idx`);
    await q.query(`DROP INDEX approval_request_reference_idx`);
    await q.query(`
      ALTER TABLE approval_request
        DROP CONSTRAINT approval_request_decided,
        DROP CONSTRAINT approval_request_reference_whole,
        DROP COLUMN decision_reason, DROP COLUMN decided_by, DROP COLUMN decided_at, DROP COLUMN expedited,
        DROP COLUMN reference_id, DROP COLUMN reference_aggregate, DROP COLUMN reference_service`);
  }
}

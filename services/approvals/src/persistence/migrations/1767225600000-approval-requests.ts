import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Approval requests. Names are unqualified: search_path is the service's schema. */
export class ApprovalRequests1767225600000 implements MigrationInterface {
  name = 'ApprovalRequests1767225600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE approval_request (
        id uuid PRIMARY KEY,
        type text NOT NULL,
        title text NOT NULL,
        amount numeric(20, 6) NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
        required_authority text NOT NULL,
        requested_by text NOT NULL,
        submitted_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        due_at_provisional boolean NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX approval_request_submitted_idx ON approval_request (submitted_at, id)`);
    await q.query(
      `CREATE INDEX approval_request_pending_idx ON approval_request (due_at) WHERE status = 'PENDING'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE approval_request`);
  }
}

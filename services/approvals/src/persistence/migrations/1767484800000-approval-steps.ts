import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUTHORITIES } from '../../domain/authority';
import { DEFAULT_POLICY_DOCUMENT } from '../../domain/authority-policy';

const AUTHORITY_LIST = AUTHORITIES.map((a) => `'${a}'`).join(', ');

/**
 * The authority policy as versioned data, and requests as chains of steps (DOMAIN 3.1-3.4). Version 1 of
 * the policy is the service's default. Every request that exists becomes a chain of one step: its required
 * authority's, with its decision when it was approved or rejected.
 */
export class ApprovalSteps1767484800000 implements MigrationInterface {
  name = 'ApprovalSteps1767484800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE authority_policy (
        version integer PRIMARY KEY CHECK (version > 0),
        effective_from timestamptz NOT NULL,
        document jsonb NOT NULL,
        published_by text NOT NULL,
        published_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX authority_policy_effective_idx ON authority_policy (effective_from, version)`,
    );
    await q.query(
      `INSERT INTO authority_policy (version, effective_from, document, published_by, published_at)
       VALUES (1, '2000-01-01T00:00:00Z', $1::jsonb, 'approvals', now())`,
      [JSON.stringify(DEFAULT_POLICY_DOCUMENT)],
    );
    await q.query(`
      ALTER TABLE approval_request
        ADD COLUMN policy_version integer REFERENCES authority_policy (version),
        ADD COLUMN department text,
        DROP CONSTRAINT approval_request_status_check,
        ADD CONSTRAINT approval_request_status_check
          CHECK (status IN ('PENDING', 'RETURNED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
        DROP CONSTRAINT approval_request_decided,
        ADD CONSTRAINT approval_request_decided CHECK ((status IN ('PENDING', 'RETURNED')) = (decided_at IS NULL))`);
    await q.query(`
      ALTER TABLE delegation
        DROP CONSTRAINT delegation_authority_check,
        ADD CONSTRAINT delegation_authority_check CHECK (authority IN (${AUTHORITY_LIST}))`);
    await q.query(`
      CREATE TABLE approval_step (
        request_id uuid NOT NULL REFERENCES approval_request (id),
        round integer NOT NULL CHECK (round > 0),
        position integer NOT NULL CHECK (position > 0),
        authority text NOT NULL CHECK (authority IN (${AUTHORITY_LIST})),
        department text,
        due_at timestamptz NOT NULL,
        assignee text,
        decision text CHECK (decision IN ('APPROVE', 'REJECT', 'RETURN_FOR_CHANGES')),
        decided_by text,
        acting_for uuid REFERENCES delegation (id),
        comment text,
        decided_at timestamptz,
        decided_late boolean NOT NULL DEFAULT false,
        overdue_explanation text,
        skip_justification text,
        skip_risk_assessment text,
        skip_authority text CHECK (skip_authority IN (${AUTHORITY_LIST})),
        superseded boolean NOT NULL DEFAULT false,
        PRIMARY KEY (request_id, round, position),
        CONSTRAINT approval_step_decided CHECK (
          (decision IS NULL) = (decided_at IS NULL) AND (decision IS NULL) = (decided_by IS NULL)),
        CONSTRAINT approval_step_late_explained CHECK (NOT decided_late OR overdue_explanation IS NOT NULL),
        CONSTRAINT approval_step_skip_whole CHECK (
          (skip_justification IS NULL) = (skip_risk_assessment IS NULL)
          AND (skip_justification IS NULL) = (skip_authority IS NULL)
          AND (skip_justification IS NULL OR decision IS NOT NULL)),
        CONSTRAINT approval_step_returned_says_why CHECK (decision IS DISTINCT FROM 'RETURN_FOR_CHANGES' OR comment IS NOT NULL)
      )`);
    // The queues of the steps to decide (by authority and due time), and who decided what.
    await q.query(`
      CREATE INDEX approval_step_open_idx ON approval_step (authority, due_at)
        WHERE decision IS NULL AND NOT superseded`);
    await q.query(
      `CREATE INDEX approval_step_decider_idx ON approval_step (decided_by) WHERE decided_by IS NOT NULL`,
    );
    await q.query(`
      INSERT INTO approval_step (request_id, round, position, authority, due_at, assignee, decision, decided_by,
          acting_for, comment, decided_at, decided_late, overdue_explanation)
        SELECT id, 1, 1, required_authority, due_at, d.decided_by, d.decision, d.decided_by,
            d.acting_for, d.comment, d.decided_at, coalesce(d.decided_late, false), d.overdue_explanation
          FROM approval_request r
          LEFT JOIN LATERAL (
            SELECT CASE r.status WHEN 'APPROVED' THEN 'APPROVE' ELSE 'REJECT' END AS decision,
                   r.decided_by, r.decided_under_delegation AS acting_for, r.decision_reason AS comment,
                   r.decided_at, r.decided_late, r.overdue_explanation
             WHERE r.status IN ('APPROVED', 'REJECTED')) d ON true`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE approval_step`);
    await q.query(`
      ALTER TABLE delegation
        DROP CONSTRAINT delegation_authority_check,
        ADD CONSTRAINT delegation_authority_check
          CHECK (authority IN ('DEPARTMENT_HEAD', 'VP', 'GM_OFFICE_MEETING', 'LOYALTY_SUPERVISOR', 'GM'))`);
    await q.query(`
      ALTER TABLE approval_request
        DROP CONSTRAINT approval_request_decided,
        ADD CONSTRAINT approval_request_decided CHECK ((status = 'PENDING') = (decided_at IS NULL)),
        DROP CONSTRAINT approval_request_status_check,
        ADD CONSTRAINT approval_request_status_check
          CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
        DROP COLUMN department,
        DROP COLUMN policy_version`);
    await q.query(`DROP TABLE authority_policy`);
  }
}

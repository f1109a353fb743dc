import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Emergencies and exceptions (DOMAIN 4.6): incidents (a JSON document beside the columns the lists and the
 * overdue check query), the spending booked against the emergency budget (summed per budget year), and
 * exception applications with the approval request that decides them. Last year's activity total is read
 * from the campaign interactions of the `seen_interaction` read model.
 */
export class IncidentsAndExceptions1767744000680 implements MigrationInterface {
  name = 'IncidentsAndExceptions1767744000680';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE incident (
        id uuid PRIMARY KEY,
        version integer NOT NULL CHECK (version > 0),
        kind text NOT NULL CHECK (kind IN ('DATA_LEAK', 'PUBLIC_OPINION_CRISIS')),
        status text NOT NULL CHECK (status IN ('REPORTED', 'RESPONDING', 'RESOLVED')),
        reported_at timestamptz NOT NULL,
        -- The earliest deadline of a notification unsent and not yet found overdue: the overdue check's key.
        notification_check_at timestamptz,
        document jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX incident_reported_idx ON incident (reported_at, id)`);
    await q.query(
      `CREATE INDEX incident_notification_check_idx ON incident (notification_check_at)
        WHERE notification_check_at IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE emergency_spending (
        id uuid PRIMARY KEY,
        incident_id uuid NOT NULL REFERENCES incident (id),
        amount numeric(16, 2) NOT NULL CHECK (amount > 0),
        currency text NOT NULL,
        purpose text NOT NULL,
        spent_at timestamptz NOT NULL,
        recorded_by text NOT NULL,
        budget_year integer NOT NULL
      )`);
    await q.query(`CREATE INDEX emergency_spending_year_idx ON emergency_spending (budget_year)`);
    await q.query(
      `CREATE INDEX emergency_spending_incident_idx ON emergency_spending (incident_id, spent_at)`,
    );
    await q.query(`
      CREATE TABLE exception_application (
        id uuid PRIMARY KEY,
        version integer NOT NULL CHECK (version > 0),
        kind text NOT NULL CHECK (kind IN ('NATURAL_DISASTER', 'NEW_GOVERNMENT_RULE')),
        status text NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
        submitted_at timestamptz NOT NULL,
        approval_request_id uuid,
        document jsonb NOT NULL
      )`);
    await q.query(
      `CREATE INDEX exception_application_submitted_idx ON exception_application (submitted_at, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE exception_application`);
    await q.query(`DROP TABLE emergency_spending`);
    await q.query(`DROP TABLE incident`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Complaints, their per-year number counter, the routing table and the tier projection. Names are
 * unqualified: search_path is the service's schema.
 *
 * Indexes: lists page on (received_at, id) with an optional leading filter column (customer, status,
 * category, urgency, channel, lead department); `departments` is a GIN array index for "involves this
 * department"; the breach job reads a partial index of open, unpaused complaints by due date; the
 * statistics group over the filter columns with `received_at` ranges, so the same composites serve them.
 */
export class Complaints1767225600000 implements MigrationInterface {
  name = 'Complaints1767225600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE complaint (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE CHECK (number ~ '^CP-[0-9]{4}-[0-9]{6}$'),
        kind text NOT NULL CHECK (kind IN ('COMPLAINT', 'INQUIRY', 'SUGGESTION')),
        channel text NOT NULL CHECK (channel IN ('WEB_CHAT', 'PHONE', 'EMAIL', 'OTHER')),
        status text NOT NULL CHECK (status IN ('RECEIVED', 'CLASSIFIED', 'ASSIGNED', 'INVESTIGATING',
          'SOLUTION_PROPOSED', 'SOLUTION_ACCEPTED', 'IMPLEMENTING', 'RESOLVED', 'CLOSED')),
        customer_id uuid NOT NULL,
        order_number text,
        product_model text,
        description text NOT NULL,
        expected_resolution text,
        received_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        idempotency_key text UNIQUE,
        filed_by text NOT NULL,
        related_complaint_id uuid REFERENCES complaint (id),
        category text CHECK (category IN ('PRODUCT_QUALITY', 'LOGISTICS_DELAY', 'SERVICE_ATTITUDE',
          'POINTS_ANOMALY', 'BILLING', 'OTHER')),
        urgency text NOT NULL DEFAULT 'NORMAL' CHECK (urgency IN ('NORMAL', 'HIGH', 'URGENT')),
        complexity text CHECK (complexity IN ('SIMPLE', 'COMPLEX')),
        classified_at timestamptz,
        departments text[] NOT NULL DEFAULT '{}',
        lead_department text,
        handover jsonb,
        investigation jsonb NOT NULL DEFAULT '[]',
        root_cause jsonb,
        solutions jsonb NOT NULL DEFAULT '[]',
        compensation jsonb,
        compensation_solution_id uuid,
        feedback jsonb,
        satisfaction smallint CHECK (satisfaction BETWEEN 1 AND 5),
        follow_up_from timestamptz,
        follow_up_due_by timestamptz,
        follow_ups jsonb NOT NULL DEFAULT '[]',
        report jsonb,
        improvement_actions jsonb NOT NULL DEFAULT '[]',
        escalation text NOT NULL DEFAULT 'NONE' CHECK (escalation IN ('NONE', 'CS_MANAGER', 'LEADERSHIP_GROUP')),
        escalated_at timestamptz,
        reopen_count integer NOT NULL DEFAULT 0,
        resolved_by text,
        closed_at timestamptz,
        acknowledgement jsonb NOT NULL,
        sla jsonb NOT NULL,
        sla_tier text NOT NULL,
        first_response_due_at timestamptz NOT NULL,
        resolution_due_at timestamptz NOT NULL,
        first_responded_at timestamptz,
        resolved_at timestamptz,
        sla_paused_since timestamptz,
        breached boolean NOT NULL DEFAULT false,
        on_time boolean,
        working_hours_to_resolve numeric(10, 2),
        timeline jsonb NOT NULL DEFAULT '[]'
      )`);
    await q.query(`CREATE INDEX complaint_received_idx ON complaint (received_at, id)`);
    await q.query(`CREATE INDEX complaint_customer_idx ON complaint (customer_id, received_at, id)`);
    await q.query(`CREATE INDEX complaint_status_idx ON complaint (status, received_at, id)`);
    await q.query(`CREATE INDEX complaint_category_idx ON complaint (category, received_at)`);
    await q.query(`CREATE INDEX complaint_urgency_idx ON complaint (urgency, received_at)`);
    await q.query(`CREATE INDEX complaint_channel_idx ON complaint (channel, received_at)`);
    await q.query(`CREATE INDEX complaint_lead_department_idx ON complaint (lead_department, received_at)`);
    await q.query(`CREATE INDEX complaint_resolved_by_idx ON complaint (resolved_by, received_at)`);
    await q.query(`CREATE INDEX complaint_departments_idx ON complaint USING gin (departments)`);
    await q.query(`CREATE INDEX complaint_breached_idx ON complaint (received_at) WHERE breached`);
    await q.query(`CREATE INDEX complaint_compensation_idx ON complaint (compensation_solution_id)
      WHERE compensation_solution_id IS NOT NULL`);
    await q.query(`CREATE INDEX complaint_open_due_idx ON complaint (resolution_due_at)
      WHERE resolved_at IS NULL AND sla_paused_since IS NULL AND status <> 'CLOSED'`);
    await q.query(`
      CREATE TABLE complaint_number_counter (
        year integer PRIMARY KEY,
        last integer NOT NULL CHECK (last BETWEEN 1 AND 999999)
      )`);
    await q.query(`
      CREATE TABLE routing_rule (
        category text PRIMARY KEY,
        department text NOT NULL
      )`);
    await q.query(`
      INSERT INTO routing_rule (category, department) VALUES
        ('PRODUCT_QUALITY', 'QUALITY_CONTROL'), ('LOGISTICS_DELAY', 'LOGISTICS'),
        ('SERVICE_ATTITUDE', 'CUSTOMER_SERVICE'), ('POINTS_ANOMALY', 'SALES'),
        ('BILLING', 'FINANCE'), ('OTHER', 'CUSTOMER_SERVICE')`);
    await q.query(`
      CREATE TABLE customer_tier (
        customer_id uuid PRIMARY KEY,
        tier text NOT NULL CHECK (tier IN ('MEMBER', 'GOLD', 'PLATINUM', 'DIAMOND')),
        effective_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE customer_tier`);
    await q.query(`DROP TABLE routing_rule`);
    await q.query(`DROP TABLE complaint_number_counter`);
    await q.query(`DROP TABLE complaint`);
  }
}

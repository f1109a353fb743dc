import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Checks and reports (DOMAIN 4.2-4.3). The `seen_*` tables are governance's own read model of the other
 * services' streams, one row per fact, written by the `check-projections` consumer in the transaction of its
 * inbox row; keys are the facts' own ids, so a fact is never counted twice. No foreign keys: the streams are
 * read independently and in any order. Beside them, the monthly samples, their findings and the yearly
 * reviews with their findings.
 */
export class ChecksAndReports1767744000620 implements MigrationInterface {
  name = 'ChecksAndReports1767744000620';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE seen_customer (
        customer_id uuid PRIMARY KEY,
        -- The order governance learned of the files in: a sample's population is read again up to it.
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        registered_tier text NOT NULL,
        registered_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX seen_customer_registered_idx ON seen_customer (registered_at)`);
    await q.query(`
      CREATE TABLE seen_tier_change (
        event_id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        from_tier text NOT NULL,
        to_tier text NOT NULL,
        reason text NOT NULL,
        effective_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX seen_tier_change_customer_idx ON seen_tier_change (customer_id, effective_at)`,
    );
    await q.query(`
      CREATE TABLE seen_purchase (
        purchase_id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        amount_cny numeric(16, 2) NOT NULL,
        purchased_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX seen_purchase_at_idx ON seen_purchase (purchased_at, customer_id)`);
    await q.query(`
      CREATE TABLE seen_purchase_return (
        purchase_id uuid NOT NULL,
        return_number text NOT NULL,
        customer_id uuid NOT NULL,
        amount_cny numeric(16, 2) NOT NULL,
        returned_at timestamptz NOT NULL,
        PRIMARY KEY (purchase_id, return_number)
      )`);
    await q.query(`
      CREATE TABLE seen_campaign (
        campaign_id uuid PRIMARY KEY,
        type text,
        target_tiers text[] NOT NULL DEFAULT '{}',
        budget numeric(16, 2),
        spent numeric(16, 2) NOT NULL DEFAULT 0,
        submitted_at timestamptz,
        approved_at timestamptz,
        closed_at timestamptz,
        archived_at timestamptz,
        archive_number text
      )`);
    await q.query(`
      CREATE TABLE seen_interaction (
        event_id uuid PRIMARY KEY,
        kind text NOT NULL,
        customer_id uuid,
        complaint_id uuid,
        campaign_id uuid,
        cost numeric(16, 2),
        at timestamptz NOT NULL,
        CHECK (customer_id IS NOT NULL OR complaint_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX seen_interaction_at_idx ON seen_interaction (at)`);
    await q.query(`
      CREATE TABLE seen_complaint (
        complaint_id uuid PRIMARY KEY,
        number text,
        kind text,
        channel text,
        customer_id uuid,
        category text,
        urgency text,
        received_at timestamptz,
        resolved_at timestamptz,
        on_time boolean,
        breached_due_at timestamptz,
        follow_up_due_by timestamptz,
        followed_up_at timestamptz,
        satisfaction smallint,
        closed_at timestamptz,
        reopened integer NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX seen_complaint_received_idx ON seen_complaint (received_at)`);
    await q.query(`CREATE INDEX seen_complaint_resolved_idx ON seen_complaint (resolved_at)`);
    await q.query(`
      CREATE TABLE seen_approval (
        request_id uuid PRIMARY KEY,
        type text,
        requested_amount numeric(16, 2),
        submitted_at timestamptz,
        outcome text,
        decided_amount numeric(16, 2),
        decided_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE seen_payment (
        payment_id uuid PRIMARY KEY,
        request_id uuid NOT NULL,
        amount numeric(16, 2) NOT NULL,
        stated_approved_amount numeric(16, 2) NOT NULL,
        paid_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX seen_payment_request_idx ON seen_payment (request_id)`);
    await q.query(`CREATE INDEX seen_payment_at_idx ON seen_payment (paid_at)`);

    await q.query(`
      CREATE TABLE check_sample (
        id uuid PRIMARY KEY,
        month text NOT NULL UNIQUE CHECK (month ~ '^\\d{4}-(0[1-9]|1[0-2])$'),
        seed text NOT NULL CHECK (seed ~ '^[0-9a-f]{32}$'),
        population_size integer NOT NULL CHECK (population_size >= 0),
        population_through bigint NOT NULL,
        population_digest text NOT NULL,
        customer_ids uuid[] NOT NULL,
        drawn_by text NOT NULL,
        drawn_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE check_finding (
        id uuid PRIMARY KEY,
        sample_id uuid NOT NULL REFERENCES check_sample (id),
        customer_id uuid,
        outcome text NOT NULL CHECK (outcome IN ('CONFORMS', 'NONCONFORMITY')),
        note text NOT NULL,
        rectification_item_id uuid,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX check_finding_sample_idx ON check_finding (sample_id, recorded_at)`);
    await q.query(`
      CREATE TABLE yearly_review (
        id uuid PRIMARY KEY,
        year integer NOT NULL UNIQUE,
        period_from timestamptz NOT NULL,
        period_to timestamptz NOT NULL,
        parts jsonb NOT NULL,
        run_by text NOT NULL,
        run_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE yearly_review_finding (
        id uuid PRIMARY KEY,
        review_id uuid NOT NULL REFERENCES yearly_review (id),
        position integer NOT NULL,
        part text NOT NULL CHECK (part IN ('TIER_ACCURACY', 'BUDGET_EXECUTION', 'COMPLAINT_TIMELINESS')),
        kind text NOT NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        description text NOT NULL,
        details jsonb NOT NULL,
        rectification_item_id uuid,
        UNIQUE (review_id, position)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'yearly_review_finding',
      'yearly_review',
      'check_finding',
      'check_sample',
      'seen_payment',
      'seen_approval',
      'seen_complaint',
      'seen_interaction',
      'seen_campaign',
      'seen_purchase_return',
      'seen_purchase',
      'seen_tier_change',
      'seen_customer',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}

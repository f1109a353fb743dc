import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Loyalty: customer profile and privacy, consents, change requests, purchases, the versioned policy,
 * tier evaluations and history, the points ledger and wallet, redemptions, discounts, freezes and
 * reward campaigns. Unqualified names: search_path is the service's schema.
 */
export class Loyalty1767225600002 implements MigrationInterface {
  name = 'Loyalty1767225600002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE customer
        ADD COLUMN birthday date,
        ADD COLUMN preferred_language text,
        ADD COLUMN tags text[] NOT NULL DEFAULT '{}',
        ADD COLUMN representative text,
        ADD COLUMN id_document_type text,
        ADD COLUMN id_document_ref text,
        ADD COLUMN identity_verified_by text,
        ADD COLUMN identity_verified_at timestamptz`);
    await q.query(`CREATE INDEX customer_tags_idx ON customer USING gin (tags)`);
    await q.query(`CREATE INDEX customer_tier_idx ON customer (tier)`);

    await q.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customer(id),
        kind text NOT NULL CHECK (kind IN ('PRIVACY', 'MARKETING_EMAIL')),
        granted boolean NOT NULL,
        lawful_basis text,
        source text,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        seq bigserial NOT NULL
      )`);
    await q.query(`CREATE INDEX consent_customer_idx ON consent (customer_id, kind, seq)`);

    await q.query(`
      CREATE TABLE customer_change (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customer(id),
        changes jsonb NOT NULL,
        id_document_ref text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING_REVIEW', 'APPLIED', 'REJECTED')),
        entered_by text NOT NULL,
        submitted_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        reviewed_by text,
        answered_at timestamptz,
        on_time boolean,
        rejection_reason text,
        CHECK (reviewed_by IS NULL OR reviewed_by <> entered_by)
      )`);

    await q.query(`
      CREATE TABLE loyalty_policy (
        version integer PRIMARY KEY,
        effective_from timestamptz NOT NULL,
        document jsonb NOT NULL
      )`);
    await q.query(
      `INSERT INTO loyalty_policy (version, effective_from, document) VALUES (1, '2000-01-01T00:00:00+08:00', $1)`,
      [
        JSON.stringify({
          thresholds: [
            { tier: 'DIAMOND', minAnnualSpend: '500000' },
            { tier: 'PLATINUM', minAnnualSpend: '200000' },
            { tier: 'GOLD', minAnnualSpend: '50000' },
          ],
          benefits: {
            MEMBER: [],
            GOLD: [
              { code: 'QUARTERLY_DISCOUNT', description: 'A quarterly exclusive discount' },
              { code: 'MEMBER_MAGAZINE', description: 'The member magazine' },
            ],
            PLATINUM: [
              { code: 'NEW_PRODUCT_PRIORITY', description: 'Priority on new products' },
              { code: 'ANNUAL_THANK_YOU_EVENT', description: 'The annual thank-you event' },
            ],
            DIAMOND: [
              { code: 'BIRTHDAY_DOUBLE_POINTS', description: 'Double points in the birthday month' },
              { code: 'DEDICATED_REPRESENTATIVE', description: 'A dedicated service representative' },
            ],
          },
          pointsPerCny: '1',
          pointValueCny: '0.01',
          expiryMonths: 24,
          redemptionGmThreshold: '5000',
        }),
      ],
    );

    await q.query(`
      CREATE TABLE purchase (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customer(id),
        order_number text NOT NULL UNIQUE,
        amount numeric(18, 2) NOT NULL CHECK (amount > 0),
        currency text NOT NULL,
        amount_cny numeric(18, 2) NOT NULL CHECK (amount_cny > 0),
        returned_cny numeric(18, 2) NOT NULL DEFAULT 0 CHECK (returned_cny >= 0 AND returned_cny <= amount_cny),
        points_earned integer NOT NULL DEFAULT 0,
        points_reversed integer NOT NULL DEFAULT 0,
        purchased_at timestamptz NOT NULL,
        spend_year integer NOT NULL
      )`);
    await q.query(`CREATE INDEX purchase_customer_year_idx ON purchase (customer_id, spend_year)`);
    await q.query(`CREATE INDEX purchase_at_idx ON purchase (purchased_at)`);
    await q.query(`
      CREATE TABLE purchase_return (
        id uuid PRIMARY KEY,
        purchase_id uuid NOT NULL REFERENCES purchase(id),
        return_number text NOT NULL UNIQUE,
        amount_cny numeric(18, 2) NOT NULL CHECK (amount_cny > 0),
        returned_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE tier_proposal (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customer(id),
        evaluation_year integer NOT NULL,
        from_tier text NOT NULL,
        to_tier text NOT NULL,
        annual_spend numeric(18, 2) NOT NULL,
        policy_version integer NOT NULL REFERENCES loyalty_policy(version),
        status text NOT NULL CHECK (status IN ('PROPOSED', 'CONFIRMED', 'REJECTED')),
        proposed_by text NOT NULL,
        proposed_at timestamptz NOT NULL,
        decided_by text,
        decided_at timestamptz,
        reason text,
        UNIQUE (evaluation_year, customer_id),
        CHECK (decided_by IS NULL OR decided_by <> proposed_by)
      )`);
    await q.query(`
      CREATE TABLE tier_change (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customer(id),
        from_tier text NOT NULL,
        to_tier text NOT NULL,
        reason text NOT NULL CHECK (reason IN ('EVALUATION', 'OVERRIDE')),
        note text,
        evaluation_year integer,
        annual_spend numeric(18, 2),
        changed_by text NOT NULL,
        effective_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX tier_change_customer_idx ON tier_change (customer_id, effective_at)`);

    await q.query(`
      CREATE TABLE wallet (
        customer_id uuid PRIMARY KEY REFERENCES customer(id),
        balance integer NOT NULL DEFAULT 0 CHECK (balance >= 0),
        locked integer NOT NULL DEFAULT 0 CHECK (locked >= 0 AND locked <= balance)
      )`);
    await q.query(`INSERT INTO wallet (customer_id) SELECT id FROM customer`);
    await q.query(`
      CREATE TABLE ledger_entry (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customer(id),
        kind text NOT NULL CHECK (kind IN ('EARN', 'REDEEM', 'EXPIRE', 'ADJUST', 'COMPENSATE', 'REVERSE')),
        points integer NOT NULL CHECK (points <> 0),
        status text NOT NULL CHECK (status IN ('POSTED', 'PENDING', 'VOID')),
        source text NOT NULL,
        source_id text,
        reason text,
        expires_at timestamptz,
        remaining integer CHECK (remaining IS NULL OR remaining >= 0),
        allocations jsonb,
        posted_at timestamptz NOT NULL,
        seq bigserial NOT NULL,
        CHECK ((points > 0) = (remaining IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ledger_customer_idx ON ledger_entry (customer_id, seq)`);
    await q.query(
      `CREATE INDEX ledger_lots_idx ON ledger_entry (customer_id, expires_at) WHERE remaining > 0`,
    );
    await q.query(
      `CREATE UNIQUE INDEX ledger_source_once_idx ON ledger_entry (kind, source, source_id) WHERE source_id IS NOT NULL AND kind IN ('EARN', 'COMPENSATE')`,
    );

    await q.query(`
      CREATE TABLE redemption (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customer(id),
        idempotency_key text NOT NULL,
        points integer NOT NULL CHECK (points > 0),
        value numeric(18, 2) NOT NULL,
        currency text NOT NULL,
        required_authority text NOT NULL CHECK (required_authority IN ('LOYALTY_SUPERVISOR', 'GM')),
        status text NOT NULL CHECK (status IN ('PENDING_APPROVAL', 'COMPLETED', 'CANCELLED')),
        ledger_entry_id uuid NOT NULL REFERENCES ledger_entry(id),
        approval_request_id uuid,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL,
        decided_at timestamptz,
        UNIQUE (customer_id, idempotency_key)
      )`);

    await q.query(`
      CREATE TABLE discount (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customer(id),
        kind text NOT NULL,
        tier text NOT NULL,
        period text,
        value numeric(18, 2) NOT NULL CHECK (value > 0),
        currency text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING_APPROVAL', 'ISSUED', 'REFUSED')),
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL,
        issued_at timestamptz
      )`);
    await q.query(
      `CREATE UNIQUE INDEX discount_once_per_period_idx ON discount (customer_id, kind, period) WHERE period IS NOT NULL AND status <> 'REFUSED'`,
    );

    await q.query(`
      CREATE TABLE account_freeze (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customer(id),
        source text NOT NULL CHECK (source IN ('MANUAL', 'COMPLAINT')),
        complaint_id uuid UNIQUE,
        reason text NOT NULL,
        reported_at timestamptz NOT NULL,
        freeze_due_at timestamptz NOT NULL,
        frozen_at timestamptz NOT NULL,
        frozen_by text NOT NULL,
        frozen_on_time boolean NOT NULL,
        investigation_due_at timestamptz NOT NULL,
        major boolean NOT NULL DEFAULT false,
        unfrozen_at timestamptz,
        unfrozen_by text,
        unfreeze_reason text
      )`);
    await q.query(`CREATE INDEX freeze_customer_idx ON account_freeze (customer_id, frozen_at)`);

    await q.query(`
      CREATE TABLE campaign (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        type text NOT NULL,
        target_tiers text[] NOT NULL,
        target_tags text[] NOT NULL DEFAULT '{}',
        budget numeric(18, 2) NOT NULL CHECK (budget > 0),
        spent numeric(18, 2) NOT NULL DEFAULT 0,
        currency text NOT NULL DEFAULT 'CNY',
        expected_effect text,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'CLOSED', 'SETTLED', 'ARCHIVED')),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        submitted_at timestamptz,
        review_due_at timestamptz,
        approved_at timestamptz,
        closed_at timestamptz,
        settle_due_at timestamptz,
        settled_at timestamptz,
        settled_on_time boolean,
        archived_at timestamptz,
        archive_number text UNIQUE,
        CHECK (spent >= 0 AND spent <= budget),
        CHECK (ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX campaign_created_idx ON campaign (created_at, id)`);
    await q.query(`
      CREATE TABLE campaign_interaction (
        id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL REFERENCES campaign(id),
        customer_id uuid NOT NULL REFERENCES customer(id),
        kind text NOT NULL,
        cost numeric(18, 2) NOT NULL CHECK (cost >= 0),
        points integer NOT NULL DEFAULT 0 CHECK (points >= 0),
        note text,
        recorded_by text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX interaction_campaign_idx ON campaign_interaction (campaign_id, at)`);
    await q.query(`
      CREATE TABLE archive_sequence (
        year integer PRIMARY KEY,
        last_serial integer NOT NULL CHECK (last_serial BETWEEN 1 AND 999999)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'archive_sequence',
      'campaign_interaction',
      'campaign',
      'account_freeze',
      'discount',
      'redemption',
      'ledger_entry',
      'wallet',
      'tier_change',
      'tier_proposal',
      'purchase_return',
      'purchase',
      'loyalty_policy',
      'customer_change',
      'consent',
    ])
      await q.query(`DROP TABLE ${t}`);
    await q.query(`
      ALTER TABLE customer DROP COLUMN birthday, DROP COLUMN preferred_language, DROP COLUMN tags,
        DROP COLUMN representative, DROP COLUMN id_document_type, DROP COLUMN id_document_ref,
        DROP COLUMN identity_verified_by, DROP COLUMN identity_verified_at`);
  }
}

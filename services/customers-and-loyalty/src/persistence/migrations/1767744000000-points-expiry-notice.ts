import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reminders of points about to expire, one per customer and expiry moment: the notice job inserts
 * the row and its `points.expiring` event in one transaction, and a second run finds the row.
 */
export class PointsExpiryNotice1767744000000 implements MigrationInterface {
  name = 'PointsExpiryNotice1767744000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE points_expiry_notice (
        customer_id uuid NOT NULL REFERENCES customer (id),
        expires_at timestamptz NOT NULL,
        points integer NOT NULL CHECK (points > 0),
        noticed_at timestamptz NOT NULL,
        PRIMARY KEY (customer_id, expires_at)
      )`);
    // The lots by expiry moment, whoever holds them: the notice job looks for the moments coming up.
    await q.query(`CREATE INDEX ledger_lot_expiry_idx ON ledger_entry (expires_at) WHERE remaining > 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ledger_lot_expiry_idx`);
    await q.query(`DROP TABLE points_expiry_notice`);
  }
}

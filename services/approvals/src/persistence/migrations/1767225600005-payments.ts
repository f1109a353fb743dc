import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Fund payments checked against their approval and order (DOMAIN 3.8). */
export class Payments1767225600005 implements MigrationInterface {
  name = 'Payments1767225600005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE approval_request ADD COLUMN order_number text`);
    await q.query(`
      CREATE TABLE payment (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        request_id uuid NOT NULL REFERENCES approval_request (id),
        order_number text NOT NULL,
        amount numeric(20, 6) NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        paid_by text NOT NULL,
        paid_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX payment_request_idx ON payment (request_id, seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE payment`);
    await q.query(`ALTER TABLE approval_request DROP COLUMN order_number`);
  }
}

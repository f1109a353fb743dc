import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Complaints and their per-year number counter. Names are unqualified: search_path is the service's schema. */
export class Complaints1767225600000 implements MigrationInterface {
  name = 'Complaints1767225600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE complaint (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE CHECK (number ~ '^CP-[0-9]{4}-[0-9]{6}$'),
        kind text NOT NULL CHECK (kind IN ('COMPLAINT', 'INQUIRY', 'SUGGESTION')),
        channel text NOT NULL CHECK (channel IN ('WEB_CHAT', 'PHONE', 'EMAIL', 'OTHER')),
        status text NOT NULL,
        customer_id uuid NOT NULL,
        order_number text,
        product_model text,
        description text NOT NULL,
        expected_resolution text,
        received_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX complaint_received_idx ON complaint (received_at, id)`);
    await q.query(`CREATE INDEX complaint_customer_idx ON complaint (customer_id, received_at, id)`);
    await q.query(`
      CREATE TABLE complaint_number_counter (
        year integer PRIMARY KEY,
        last integer NOT NULL CHECK (last BETWEEN 1 AND 999999)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE complaint_number_counter`);
    await q.query(`DROP TABLE complaint`);
  }
}

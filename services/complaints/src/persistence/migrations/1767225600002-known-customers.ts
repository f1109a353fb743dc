import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The projection of the customers the platform knows, fed by loyalty's `customer.registered`: a
 * complaint names one of them. Its consumer reads the loyalty stream from the start, so customers
 * registered before this table existed are known as soon as it has caught up.
 */
export class KnownCustomers1767225600002 implements MigrationInterface {
  name = 'KnownCustomers1767225600002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE known_customer (
        customer_id uuid PRIMARY KEY,
        registered_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE known_customer`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A customer's redemptions and discounts, newest first: `Customer.redemptions`, `Customer.discounts`. */
export class CustomerRecordIndexes1767571200000 implements MigrationInterface {
  name = 'CustomerRecordIndexes1767571200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX redemption_customer_idx ON redemption (customer_id, requested_at, id)`);
    await q.query(`CREATE INDEX discount_customer_idx ON discount (customer_id, requested_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX discount_customer_idx`);
    await q.query(`DROP INDEX redemption_customer_idx`);
  }
}

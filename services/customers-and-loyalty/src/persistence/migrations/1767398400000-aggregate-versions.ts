import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The aggregates that change after they are created. */
const VERSIONED = ['campaign', 'redemption', 'discount', 'purchase'];

/**
 * A version on every aggregate that changes after it is created (campaigns, redemptions, discounts,
 * purchases), as the customer has: a change is saved only over the version it read (the optimistic
 * lock). Rows already there start at version 1.
 */
export class AggregateVersions1767398400000 implements MigrationInterface {
  name = 'AggregateVersions1767398400000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of VERSIONED)
      await q.query(`ALTER TABLE ${table} ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of VERSIONED) await q.query(`ALTER TABLE ${table} DROP COLUMN version`);
  }
}

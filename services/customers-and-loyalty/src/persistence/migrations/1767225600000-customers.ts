import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Customers: the entity every other subgraph points at. Names are unqualified: search_path is the service's schema. */
export class Customers1767225600000 implements MigrationInterface {
  name = 'Customers1767225600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        email text,
        phone text,
        region text,
        tier text NOT NULL DEFAULT 'MEMBER' CHECK (tier IN ('MEMBER', 'GOLD', 'PLATINUM', 'DIAMOND')),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'FROZEN', 'DEACTIVATED')),
        registered_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX customer_registered_idx ON customer (registered_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE customer`);
  }
}

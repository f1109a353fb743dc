import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A solution is found by its id (the graph's `Solution` entity, the subject of its compensation's approval
 * request): solutions are jsonb documents on their complaint's row, so the lookup is a containment query
 * (`solutions @> '[{"id": ...}]'`), which this index answers without reading every complaint.
 */
export class SolutionLookup1767484800000 implements MigrationInterface {
  name = 'SolutionLookup1767484800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX complaint_solutions_idx ON complaint USING gin (solutions jsonb_path_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX complaint_solutions_idx`);
  }
}

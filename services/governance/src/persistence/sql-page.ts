import type { PageRequest } from '@care/service-kit';
import type { EntityManager } from 'typeorm';

/** A filtered SELECT: its conditions (joined with AND) and their parameters ($1, $2 ... in order). */
export interface SqlQuery {
  table: string;
  columns: string;
  conditions: string[];
  params: unknown[];
}

/**
 * One page of a keyset over (`column`, id) in raw SQL, and the count of every row the filter matches:
 * what `paginate` (service kit) turns into a connection.
 */
export async function sqlKeysetPage<R>(
  manager: EntityManager,
  query: SqlQuery,
  column: string,
  page: PageRequest,
): Promise<{ rows: R[]; totalCount: number }> {
  const where = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');
  const [{ n }] = (await manager.query(
    `SELECT count(*)::int AS n FROM ${query.table} ${where(query.conditions)}`,
    query.params,
  )) as [{ n: number }];
  const params = [...query.params];
  const conditions = [...query.conditions];
  if (page.after) {
    params.push(page.after.at, page.after.id);
    conditions.push(`(${column}, id) > ($${params.length - 1}, $${params.length})`);
  }
  params.push(page.size + 1);
  const rows = (await manager.query(
    `SELECT ${query.columns} FROM ${query.table} ${where(conditions)} ORDER BY ${column}, id LIMIT $${params.length}`,
    params,
  )) as R[];
  return { rows, totalCount: n };
}

/** Adds a condition with one parameter: `add('status = ANY($)', list)` numbers the `$` for the query. */
export function condition(query: SqlQuery, text: string, value: unknown): void {
  query.params.push(value);
  query.conditions.push(text.replace('$', `$${query.params.length}`));
}

import type { EntityManager } from 'typeorm';
import type { ListPage, Page } from '../application/ports';

/** A filtered SELECT: its conditions (joined with AND) and their parameters ($1, $2 ... in order). */
export interface SqlQuery {
  table: string;
  columns: string;
  conditions: string[];
  params: unknown[];
}

const whereOf = (conditions: readonly string[]) =>
  conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';

/**
 * How many rows the filter matches, when the page asks for it (the query selects `totalCount`); 0 without
 * a statement otherwise.
 */
export async function countIfAsked(
  manager: EntityManager,
  query: Omit<SqlQuery, 'columns'>,
  page: ListPage,
): Promise<number> {
  if (!page.count) return 0;
  const [{ n }] = (await manager.query(
    `SELECT count(*)::int AS n FROM ${query.table} ${whereOf(query.conditions)}`,
    query.params,
  )) as [{ n: number }];
  return n;
}

/**
 * One page of a keyset over (`column`, id) in raw SQL, and the count of every row the filter matches when
 * the page asks for it: what `paginate` (service kit) turns into a connection.
 */
export async function sqlKeysetPage<R>(
  manager: EntityManager,
  query: SqlQuery,
  column: string,
  page: ListPage,
): Promise<Page<R>> {
  const totalCount = await countIfAsked(manager, query, page);
  const params = [...query.params];
  const conditions = [...query.conditions];
  if (page.after) {
    params.push(page.after.at, page.after.id);
    conditions.push(`(${column}, id) > ($${params.length - 1}, $${params.length})`);
  }
  params.push(page.size + 1);
  const rows = (await manager.query(
    `SELECT ${query.columns} FROM ${query.table} ${whereOf(conditions)} ORDER BY ${column}, id LIMIT $${params.length}`,
    params,
  )) as R[];
  return { rows, totalCount };
}

/** Adds a condition with one parameter: `add('status = ANY($)', list)` numbers the `$` for the query. */
export function condition(query: SqlQuery, text: string, value: unknown): void {
  query.params.push(value);
  query.conditions.push(text.replace('$', `$${query.params.length}`));
}

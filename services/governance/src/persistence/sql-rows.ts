import type { EntityManager } from 'typeorm';

/** The rows a query returns, each turned into its domain value by `map`. */
export async function mappedRows<R, T>(
  manager: EntityManager,
  sql: string,
  params: unknown[],
  map: (row: R) => T,
): Promise<T[]> {
  const rows = (await manager.query(sql, params)) as R[];
  return rows.map((row) => map(row));
}

/** The first row a query returns turned into its domain value by `map`, or null when there is none. */
export async function mappedRow<R, T>(
  manager: EntityManager,
  sql: string,
  params: unknown[],
  map: (row: R) => T,
): Promise<T | null> {
  const [row] = (await manager.query(sql, params)) as R[];
  return row ? map(row) : null;
}

/** The rows of `table` with those ids (`columns` of them), each mapped, in any order; none asked, none read. */
export async function mappedRowsByIds<R, T>(
  manager: EntityManager,
  from: { table: string; columns: string },
  ids: readonly string[],
  map: (row: R) => T,
): Promise<T[]> {
  if (ids.length === 0) return [];
  return mappedRows(
    manager,
    `SELECT ${from.columns} FROM ${from.table} WHERE id = ANY($1::uuid[])`,
    [ids],
    map,
  );
}

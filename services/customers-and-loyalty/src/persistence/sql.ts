/** Anything that runs SQL: a TypeORM EntityManager, inside a transaction or not. */
export interface Sql {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export async function rows<R = Record<string, unknown>>(
  db: Sql,
  sql: string,
  params: unknown[] = [],
): Promise<R[]> {
  return (await db.query(sql, params)) as R[];
}

/** Runs an UPDATE through a CTE so the driver returns rows, not [rows, count]. */
export async function exec(db: Sql, sql: string, params: unknown[] = []): Promise<void> {
  await db.query(sql, params);
}

export const dec = (v: unknown): string => (v === null || v === undefined ? '0.00' : String(v));
export const decOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
export const dateOrNull = (v: unknown): Date | null =>
  v === null || v === undefined ? null : new Date(v as string);

/** The one row a statement always returns (an aggregate, an upsert). */
export async function one<R = Record<string, unknown>>(
  db: Sql,
  sql: string,
  params: unknown[] = [],
): Promise<R> {
  const [row] = await rows<R>(db, sql, params);
  if (!row) throw new Error('the statement returned no row');
  return row;
}

import { refuse } from '@care/domain-kernel';

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

const words = (list: string) => list.split(/\s+/).filter(Boolean);
const snakeCase = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * A table that stores one record a row, a column a field: `customerId` in `customer_id` unless `columns`
 * names another; `reads` gives the SQL that reads a field where the column alone does not (a date as
 * text). Rows are read under the field names, so what Postgres returns is the record: text and numeric
 * as strings, integer as numbers, timestamptz as Dates, jsonb parsed, arrays as arrays.
 */
export class Table<R extends object> {
  private readonly fields: string[];
  private readonly columnOf: (field: string) => string;
  /** The select list: every field, read under its own name. */
  readonly columns: string;

  constructor(
    readonly name: string,
    fields: string,
    options: { columns?: Record<string, string>; reads?: Record<string, string> } = {},
  ) {
    this.fields = words(fields);
    this.columnOf = (field) => options.columns?.[field] ?? snakeCase(field);
    this.columns = this.fields
      .map((field) => {
        const read = options.reads?.[field] ?? this.columnOf(field);
        return read === field ? field : `${read} AS "${field}"`;
      })
      .join(', ');
  }

  /** The record in the row that matches, locked for the transaction when asked; null when none. */
  async find(db: Sql, where: string, params: unknown[], lock = false): Promise<R | null> {
    const found = await this.select(db, `WHERE ${where} ${lock ? 'FOR UPDATE' : ''}`, params);
    return found[0] ?? null;
  }

  /** The record with this id, locked for the transaction when asked; null when none. */
  byId(db: Sql, id: string, lock = false): Promise<R | null> {
    return this.find(db, 'id = $1', [id], lock);
  }

  /** The records whose uuid `column` is one of `ids`, in the `order` given (ORDER BY ...); none asked, none read. */
  async whereAny(db: Sql, column: string, ids: readonly string[], order = ''): Promise<R[]> {
    if (ids.length === 0) return [];
    return this.select(db, `WHERE ${column} = ANY($1::uuid[]) ${order}`, [ids]);
  }

  /** The records of the rows `rest` (WHERE, ORDER BY ...) selects. */
  select(db: Sql, rest: string, params: unknown[]): Promise<R[]> {
    return rows<R>(db, `SELECT ${this.columns} FROM ${this.name} ${rest}`, params);
  }

  /**
   * Writes the record, every field of it (a field the table does not name is a mistake and throws).
   * `onConflict` (e.g. `ON CONFLICT DO NOTHING`): false when the row was not written.
   */
  async insert(db: Sql, record: R, onConflict = ''): Promise<boolean> {
    const unknown = Object.keys(record).filter((key) => !this.fields.includes(key));
    if (unknown.length) throw new Error(`${this.name} has no column for ${unknown.join(', ')}`);
    const values = this.fields.map((field) => (record as Record<string, unknown>)[field] ?? null);
    const written = await rows(
      db,
      `INSERT INTO ${this.name} (${this.fields.map(this.columnOf).join(', ')})
       VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')}) ${onConflict} RETURNING 1`,
      values,
    );
    return written.length === 1;
  }

  /** Writes the named fields of the record to its row (by id). */
  async update(db: Sql, record: R & { id: string }, fields: string): Promise<void> {
    const { set, values } = this.assignments(record, fields, 2);
    await exec(db, `UPDATE ${this.name} SET ${set} WHERE id = $1`, [record.id, ...values]);
  }

  /**
   * The optimistic lock: writes the named fields of a versioned record to its row unless the row changed
   * since `version` was read (CONFLICT, nothing written); returns the record at its new version.
   */
  async save<V extends R & { id: string; version: number }>(
    db: Sql,
    what: string,
    record: V,
    fields: string,
    version: number,
  ): Promise<V> {
    const { set, values } = this.assignments(record, fields, 3);
    const saved = await rows<{ version: number }>(
      db,
      `WITH saved AS (UPDATE ${this.name} SET ${set}, version = version + 1 WHERE id = $1 AND version = $2
         RETURNING version)
       SELECT version FROM saved`,
      [record.id, version, ...values],
    );
    if (!saved[0])
      throw refuse.conflict(`${what} ${record.id} changed since version ${version}: reload and try again`, {
        id: record.id,
      });
    return { ...record, version: Number(saved[0].version) };
  }

  /** `column = $n, ...` for the named fields, numbered from `first`, and their values. */
  private assignments(record: R, fields: string, first: number): { set: string; values: unknown[] } {
    const changed = words(fields);
    return {
      set: changed.map((field, i) => `${this.columnOf(field)} = $${i + first}`).join(', '),
      values: changed.map((field) => (record as Record<string, unknown>)[field]),
    };
  }
}

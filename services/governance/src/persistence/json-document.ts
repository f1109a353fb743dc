import { refuse } from '@care/domain-kernel';
import type { EntityManager } from 'typeorm';
import type { AggregateRegister, ListPage, Page } from '../application/ports';
import { condition, sqlKeysetPage, type SqlQuery } from './sql-page';

/**
 * An aggregate kept as a JSON document beside its query columns: its instants are stored as ISO strings
 * and come back as Dates under the keys that hold them, at any depth.
 */
export function reviveInstants(value: unknown, keys: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => reviveInstants(v, keys));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      keys.has(key) && typeof v === 'string' ? new Date(v) : reviveInstants(v, keys),
    ]),
  );
}

/** `$1, $2 ... $n`, starting at `from`. */
export const placeholders = (n: number, from = 1): string =>
  Array.from({ length: n }, (_, i) => `$${i + from}`).join(', ');

/** How an aggregate is kept: its table, its instants, and the columns beside `id`, `version` and `document`. */
export interface DocumentTable<T extends { id: string; version: number }> {
  table: string;
  /** For messages: `Incident`. */
  what: string;
  instants: ReadonlySet<string>;
  columns: readonly string[];
  /** The values of `columns` for the aggregate, in their order. */
  values: (aggregate: T) => unknown[];
}

interface DocumentRow {
  id: string;
  version: number;
  document: Record<string, unknown>;
}

/** Reads and writes aggregates kept as JSON documents, with the optimistic lock on `version`. */
export class SqlDocumentStore<T extends { id: string; version: number }> {
  constructor(
    private readonly manager: EntityManager,
    private readonly spec: DocumentTable<T>,
  ) {}

  /** The stored document back as the aggregate, its instants revived. */
  readonly toDomain = (row: DocumentRow): T =>
    ({
      ...(reviveInstants(row.document, this.spec.instants) as object),
      id: row.id,
      version: row.version,
    }) as T;

  async findById(id: string, lock = false): Promise<T | null> {
    const [row] = (await this.manager.query(
      `SELECT id, version, document FROM ${this.spec.table} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    )) as DocumentRow[];
    return row ? this.toDomain(row) : null;
  }

  /** The aggregates with these ids (those that exist), in one statement. */
  async findByIds(ids: readonly string[]): Promise<T[]> {
    if (ids.length === 0) return [];
    const rows = (await this.manager.query(
      `SELECT id, version, document FROM ${this.spec.table} WHERE id = ANY($1)`,
      [[...ids]],
    )) as DocumentRow[];
    return rows.map(this.toDomain);
  }

  private row(aggregate: T, version: number): unknown[] {
    const { version: _version, ...document } = aggregate;
    return [aggregate.id, version, ...this.spec.values(aggregate), JSON.stringify(document)];
  }

  async insert(aggregate: T): Promise<void> {
    const columns = ['id', 'version', ...this.spec.columns, 'document'];
    await this.manager.query(
      `INSERT INTO ${this.spec.table} (${columns.join(', ')}) VALUES (${placeholders(columns.length)})`,
      this.row(aggregate, aggregate.version),
    );
  }

  async update(next: T, expectedVersion: number): Promise<T> {
    const [, ...rest] = this.row(next, expectedVersion + 1);
    const sets = ['version', ...this.spec.columns, 'document'].map((c, i) => `${c} = $${i + 2}`).join(', ');
    const [, affected] = (await this.manager.query(
      `UPDATE ${this.spec.table} SET ${sets} WHERE id = $1 AND version = $${rest.length + 2}`,
      [next.id, ...rest, expectedVersion],
    )) as [unknown, number];
    if (affected !== 1)
      throw refuse.conflict(
        `the ${this.spec.what.toLowerCase()} was changed by someone else meanwhile: read it again`,
        {
          id: next.id,
        },
      );
    return { ...next, version: expectedVersion + 1 };
  }

  /**
   * One page of the aggregates matching every filter (`['status = ANY($)', list]`: a condition and its one
   * parameter; none without a value) in (`column`, id) order, and how many match when the page asks.
   */
  async page(
    filters: readonly (readonly [string, unknown])[],
    column: string,
    page: ListPage,
  ): Promise<Page<T>> {
    const query: SqlQuery = {
      table: this.spec.table,
      columns: `id, version, document, ${column}`,
      conditions: [],
      params: [],
    };
    for (const [text, value] of filters)
      if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0))
        condition(query, text, value);
    const { rows, totalCount } = await sqlKeysetPage<DocumentRow>(this.manager, query, column, page);
    return { rows: rows.map(this.toDomain), totalCount };
  }
}

/** A register kept by a document store: its table, and how a filter becomes conditions of a keyset page. */
export interface DocumentRegisterTable<
  T extends { id: string; version: number },
  F,
> extends DocumentTable<T> {
  /** The conditions of `filter`, as `SqlDocumentStore.page` takes them. */
  filters: (filter: F) => readonly (readonly [string, unknown])[];
  /** The column lists are ordered by (then by id). */
  listOrder: string;
}

/** The register of aggregates kept as JSON documents: the reads and writes every such repository offers. */
export class SqlDocumentRegister<T extends { id: string; version: number }, F> implements AggregateRegister<
  T,
  F
> {
  private readonly store: SqlDocumentStore<T>;

  constructor(
    protected readonly manager: EntityManager,
    private readonly spec: DocumentRegisterTable<T, F>,
  ) {
    this.store = new SqlDocumentStore<T>(manager, spec);
  }

  findById(id: string): Promise<T | null> {
    return this.store.findById(id);
  }

  lockById(id: string): Promise<T | null> {
    return this.store.findById(id, true);
  }

  findByIds(ids: readonly string[]): Promise<T[]> {
    return this.store.findByIds(ids);
  }

  list(filter: F, page: ListPage): Promise<Page<T>> {
    return this.store.page(this.spec.filters(filter), this.spec.listOrder, page);
  }

  insert(aggregate: T): Promise<void> {
    return this.store.insert(aggregate);
  }

  update(next: T, expectedVersion: number): Promise<T> {
    return this.store.update(next, expectedVersion);
  }
}

import type { CustomerPages, LedgerPage, ListPage } from '../application/ports';
import { rows, type Sql, type Table } from './sql';

/** Where a kind of customer record is read from, in pages, newest first. */
interface PagedRecords {
  /** The table: its `customer_id` column names the customer. */
  table: string;
  /** The select list. */
  columns: string;
  /** A customer's records newest first, e.g. `requested_at DESC, id DESC`. */
  newestFirst: string;
  /** The condition of the rows after the page's cursor, its parameters numbered from $3. */
  after: string;
  afterParams: unknown[];
}

/**
 * A page of each customer's records (`size` of them and one more, to tell whether there is a next page),
 * and, when `count`, how many records each customer has (0 otherwise). Two statements for any number of
 * customers, one without the count (an index on the customer and the order serves both).
 */
async function pagesOf<Row, R>(
  db: Sql,
  records: PagedRecords,
  customerIds: readonly string[],
  { size, count }: { size: number; count: boolean },
  toRecord: (row: Row) => R & { customerId: string },
): Promise<CustomerPages<R>> {
  const pages: CustomerPages<R> = new Map(customerIds.map((id) => [id, { rows: [], totalCount: 0 }]));
  if (customerIds.length === 0) return pages;
  const ids = [...new Set(customerIds)];
  const ranked = await rows<Row & { _rank: string }>(
    db,
    `SELECT * FROM (
       SELECT ${records.columns}, row_number() OVER (PARTITION BY customer_id ORDER BY ${records.newestFirst}) AS "_rank"
         FROM ${records.table}
        WHERE customer_id = ANY($1::uuid[]) AND (${records.after})
     ) ranked
     WHERE "_rank" <= $2
     ORDER BY "_rank"`,
    [ids, size + 1, ...records.afterParams],
  );
  for (const { _rank, ...row } of ranked) {
    const record = toRecord(row as Row);
    pages.get(record.customerId)?.rows.push(record);
  }
  if (!count) return pages;
  const counts = await rows<{ customerId: string; n: number }>(
    db,
    `SELECT customer_id AS "customerId", count(*)::int AS n FROM ${records.table}
      WHERE customer_id = ANY($1::uuid[]) GROUP BY customer_id`,
    [ids],
  );
  for (const { customerId, n } of counts) {
    const found = pages.get(customerId);
    if (found) found.totalCount = n;
  }
  return pages;
}

/**
 * A page of each customer's records of a table (redemptions, discounts), newest first by `requested_at`
 * then id, and how many records each customer has when the page asks for it.
 */
export function customerPages<R extends { id: string; customerId: string }>(
  db: Sql,
  table: Table<R>,
  customerIds: readonly string[],
  page: ListPage,
): Promise<CustomerPages<R>> {
  return pagesOf<R, R>(
    db,
    {
      table: table.name,
      columns: table.columns,
      newestFirst: 'requested_at DESC, id DESC',
      after: '$3::timestamptz IS NULL OR (requested_at, id) < ($3, $4::uuid)',
      afterParams: [page.after?.at ?? null, page.after?.id ?? null],
    },
    customerIds,
    page,
    (record) => record,
  );
}

/** The columns of a ledger entry a page shows: all but `allocations` (which lots a debit consumed). */
export const LEDGER_PAGE_COLUMNS = `id, customer_id, kind, points, status, source, source_id, reason, expires_at,
  remaining, posted_at, seq`;

/**
 * A page of each customer's points ledger, newest entry first, after the entry numbered `after`: rows of
 * `ledger_entry` (without their allocations, which no page shows) as `toEntry` reads them; and how many
 * entries each customer has when the page asks for it.
 */
export function ledgerPages<R extends { customerId: string }>(
  db: Sql,
  customerIds: readonly string[],
  page: LedgerPage,
  toEntry: (row: Record<string, unknown>) => R,
): Promise<CustomerPages<R>> {
  return pagesOf(
    db,
    {
      table: 'ledger_entry',
      columns: LEDGER_PAGE_COLUMNS,
      newestFirst: 'seq DESC',
      after: '$3::bigint IS NULL OR seq < $3',
      afterParams: [page.after ?? null],
    },
    customerIds,
    page,
    toEntry,
  );
}

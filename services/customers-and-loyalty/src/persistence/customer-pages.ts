import type { PageRequest } from '@care/service-kit';
import type { CustomerPages } from '../application/ports';
import { rows, type Sql, type Table } from './sql';

/**
 * A page of each customer's records of a table (redemptions, discounts), newest first by `requested_at`
 * then id, each page fetched with one extra row; and how many records each customer has. Two statements
 * for any number of customers (the index on customer, time and id serves both).
 */
export async function customerPages<R extends { id: string; customerId: string }>(
  db: Sql,
  table: Table<R>,
  customerIds: readonly string[],
  page: PageRequest,
): Promise<CustomerPages<R>> {
  const pages: CustomerPages<R> = new Map(customerIds.map((id) => [id, { rows: [], totalCount: 0 }]));
  if (customerIds.length === 0) return pages;
  const ids = [...new Set(customerIds)];
  const ranked = await rows<R & { _rank: string }>(
    db,
    `SELECT * FROM (
       SELECT ${table.columns},
              row_number() OVER (PARTITION BY customer_id ORDER BY requested_at DESC, id DESC) AS "_rank"
         FROM ${table.name}
        WHERE customer_id = ANY($1::uuid[])
          AND ($2::timestamptz IS NULL OR (requested_at, id) < ($2, $3::uuid))
     ) ranked
     WHERE "_rank" <= $4
     ORDER BY "_rank"`,
    [ids, page.after?.at ?? null, page.after?.id ?? null, page.size + 1],
  );
  for (const { _rank, ...record } of ranked) pages.get(record.customerId)?.rows.push(record as unknown as R);
  const counts = await rows<{ customerId: string; n: number }>(
    db,
    `SELECT customer_id AS "customerId", count(*)::int AS n FROM ${table.name}
      WHERE customer_id = ANY($1::uuid[]) GROUP BY customer_id`,
    [ids],
  );
  for (const { customerId, n } of counts) {
    const found = pages.get(customerId);
    if (found) found.totalCount = n;
  }
  return pages;
}

import { decodeCursor, pageSize, toConnection, type Connection } from '@care/service-kit';
import DataLoader from 'dataloader';
import type { CustomerPages, ListPage } from './ports';

/** One customer's page of records, as the loader is asked for it (`P`: how the page is asked for). */
export interface CustomerPageKey<P = ListPage> {
  customerId: string;
  page: P;
  /** The cursor the page starts after, as the client sent it. */
  after: string | null;
}

type Page<T> = { rows: T[]; totalCount: number };

const pageOf = (k: CustomerPageKey<{ size: number; count: boolean }>) =>
  `${k.page.size}:${k.page.count ? 'counted' : 'uncounted'}:${k.after ?? ''}`;

/**
 * A request's loader of customers' pages of one kind of record (redemptions, discounts, ledger entries):
 * the customers of a batch asked for the same page (`first`, `after`, counted or not) are read together,
 * so a list of customers with their records costs the same statements whatever its length.
 */
export function customerPagesLoader<T, P extends { size: number; count: boolean } = ListPage>(
  fetch: (customerIds: readonly string[], page: P) => Promise<CustomerPages<T>>,
): DataLoader<CustomerPageKey<P>, Page<T>, string> {
  return new DataLoader<CustomerPageKey<P>, Page<T>, string>(
    async (keys) => {
      const groups = new Map<string, CustomerPageKey<P>[]>();
      for (const k of keys) groups.set(pageOf(k), [...(groups.get(pageOf(k)) ?? []), k]);
      const found = new Map<string, Page<T>>();
      for (const [page, group] of groups) {
        const pages = await fetch(
          group.map((k) => k.customerId),
          group[0]!.page,
        );
        for (const [customerId, p] of pages) found.set(`${page}:${customerId}`, p);
      }
      return keys.map((k) => found.get(`${pageOf(k)}:${k.customerId}`) ?? { rows: [], totalCount: 0 });
    },
    { cacheKeyFn: (k) => `${pageOf(k)}:${k.customerId}` },
  );
}

/**
 * `Customer.redemptions`, `Customer.discounts`: the customer's records newest first, as a connection, with
 * their count when the query selects `totalCount` (`withTotalCount`; counted when not said). The customer
 * is visible to the caller already, and so are its records (the same rule, DOMAIN 2.7).
 */
export async function customerRecordConnection<T extends { id: string; requestedAt: Date }>(
  customerId: string,
  args: { first?: number | null; after?: string | null; withTotalCount?: boolean },
  loader: DataLoader<CustomerPageKey, Page<T>, string>,
): Promise<Connection<T>> {
  const size = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after) : undefined;
  const { rows, totalCount } = await loader.load({
    customerId,
    page: { size, after, count: args.withTotalCount ?? true },
    after: args.after ?? null,
  });
  return toConnection(rows, size, totalCount, (r) => ({ at: r.requestedAt, id: r.id }), Boolean(after));
}

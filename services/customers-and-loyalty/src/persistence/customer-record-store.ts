import type { CustomerPages, ListPage } from '../application/ports';
import { customerPages } from './customer-pages';
import type { Sql, Table } from './sql';

/**
 * The reads every record a customer holds by id shares (a discount, a redemption): one by id, locked for
 * the transaction when asked; several by id in one statement; a page of them per customer.
 */
export abstract class CustomerRecordStore<R extends { id: string; customerId: string }> {
  constructor(
    protected readonly db: Sql,
    protected readonly table: Table<R>,
  ) {}

  find(id: string, lock = false): Promise<R | null> {
    return this.table.byId(this.db, id, lock);
  }

  findByIds(ids: readonly string[]): Promise<R[]> {
    return this.table.whereAny(this.db, 'id', ids);
  }

  pagesOf(customerIds: readonly string[], page: ListPage): Promise<CustomerPages<R>> {
    return customerPages(this.db, this.table, customerIds, page);
  }
}

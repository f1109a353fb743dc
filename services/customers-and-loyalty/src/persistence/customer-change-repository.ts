import type { CustomerChangeFilter, CustomerChangeRepository, ListPage } from '../application/ports';
import type { CustomerChange } from '../domain/customer-change';
import { one, Table, type Sql } from './sql';

/** The filter's conditions on $1 (status), $2 (customer) and $3 (overdue or not), each off when null. */
const MATCHES = `($1::text IS NULL OR status = $1) AND ($2::uuid IS NULL OR customer_id = $2)
  AND ($3::boolean IS NULL OR (overdue_at IS NOT NULL) = $3)`;

const CHANGES = new Table<CustomerChange>(
  'customer_change',
  `id customerId changes idDocumentReference status enteredBy submittedAt dueAt reviewedBy answeredAt onTime
   rejectionReason overdueAt`,
  { columns: { idDocumentReference: 'id_document_ref' } },
);

export class SqlCustomerChangeRepository implements CustomerChangeRepository {
  constructor(private readonly db: Sql) {}

  async insert(x: CustomerChange): Promise<void> {
    await CHANGES.insert(this.db, x);
  }

  find(id: string, lock = false): Promise<CustomerChange | null> {
    return CHANGES.byId(this.db, id, lock);
  }

  update(x: CustomerChange): Promise<void> {
    return CHANGES.update(this.db, x, 'status reviewedBy answeredAt onTime rejectionReason overdueAt');
  }

  async list(filter: CustomerChangeFilter, page: ListPage) {
    const matching = [filter.status ?? null, filter.customerId ?? null, filter.overdue ?? null];
    const rows = await CHANGES.select(
      this.db,
      `WHERE ${MATCHES} AND ($4::timestamptz IS NULL OR (due_at, id) > ($4, $5::uuid))
       ORDER BY due_at, id LIMIT $6`,
      [...matching, page.after?.at ?? null, page.after?.id ?? null, page.size + 1],
    );
    if (!page.count) return { rows, totalCount: 0 };
    const { n } = await one<{ n: number }>(
      this.db,
      `SELECT count(*)::int AS n FROM customer_change WHERE ${MATCHES}`,
      matching,
    );
    return { rows, totalCount: n };
  }

  async unansweredPastDue(now: Date, limit: number): Promise<string[]> {
    const found = await CHANGES.select(
      this.db,
      `WHERE status = 'PENDING_REVIEW' AND overdue_at IS NULL AND due_at < $1 ORDER BY due_at, id LIMIT $2`,
      [now, limit],
    );
    return found.map((change) => change.id);
  }
}

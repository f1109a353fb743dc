import type { CustomerChangeRepository } from '../application/ports';
import type { CustomerChange } from '../domain/customer-change';
import { Table, type Sql } from './sql';

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

  async unansweredPastDue(now: Date, limit: number): Promise<string[]> {
    const found = await CHANGES.select(
      this.db,
      `WHERE status = 'PENDING_REVIEW' AND overdue_at IS NULL AND due_at < $1 ORDER BY due_at, id LIMIT $2`,
      [now, limit],
    );
    return found.map((change) => change.id);
  }
}

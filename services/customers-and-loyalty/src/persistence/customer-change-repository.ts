import type { CustomerChangeRepository } from '../application/ports';
import type { CustomerChange } from '../domain/customer-change';
import { dateOrNull, exec, rows, type Sql } from './sql';

type Row = Record<string, unknown>;

function toChange(r: Row): CustomerChange {
  return {
    id: r.id as string,
    customerId: r.customer_id as string,
    changes: r.changes as CustomerChange['changes'],
    idDocumentReference: r.id_document_ref as string,
    status: r.status as CustomerChange['status'],
    enteredBy: r.entered_by as string,
    submittedAt: new Date(r.submitted_at as string),
    dueAt: new Date(r.due_at as string),
    reviewedBy: r.reviewed_by as string | null,
    answeredAt: dateOrNull(r.answered_at),
    onTime: r.on_time as boolean | null,
    rejectionReason: r.rejection_reason as string | null,
  };
}

export class SqlCustomerChangeRepository implements CustomerChangeRepository {
  constructor(private readonly db: Sql) {}

  async insert(x: CustomerChange): Promise<void> {
    await exec(
      this.db,
      `INSERT INTO customer_change (id, customer_id, changes, id_document_ref, status, entered_by, submitted_at, due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        x.id,
        x.customerId,
        JSON.stringify(x.changes),
        x.idDocumentReference,
        x.status,
        x.enteredBy,
        x.submittedAt,
        x.dueAt,
      ],
    );
  }

  async find(id: string, lock = false): Promise<CustomerChange | null> {
    const found = await rows(
      this.db,
      `SELECT * FROM customer_change WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return found[0] ? toChange(found[0]) : null;
  }

  async update(x: CustomerChange): Promise<void> {
    await exec(
      this.db,
      `UPDATE customer_change SET status = $2, reviewed_by = $3, answered_at = $4, on_time = $5, rejection_reason = $6
       WHERE id = $1`,
      [x.id, x.status, x.reviewedBy, x.answeredAt, x.onTime, x.rejectionReason],
    );
  }
}

import type { PageRequest } from '@care/service-kit';
import type { EntityManager } from 'typeorm';
import type { ExceptionFilter, ExceptionRepository } from '../application/ports';
import type { ExceptionApplication } from '../domain/exception-application';
import { SqlDocumentStore } from './json-document';

/** An exception application (DOMAIN 4.6) as a JSON document beside its query columns. */
export class SqlExceptionRepository implements ExceptionRepository {
  private readonly store: SqlDocumentStore<ExceptionApplication>;

  constructor(manager: EntityManager) {
    this.store = new SqlDocumentStore<ExceptionApplication>(manager, {
      table: 'exception_application',
      what: 'Exception application',
      instants: new Set(['validUntil', 'submittedAt', 'decidedAt']),
      columns: ['kind', 'status', 'submitted_at', 'approval_request_id'],
      values: (a) => [a.kind, a.status, a.submittedAt, a.approvalRequestId],
    });
  }

  findById(id: string): Promise<ExceptionApplication | null> {
    return this.store.findById(id);
  }

  lockById(id: string): Promise<ExceptionApplication | null> {
    return this.store.findById(id, true);
  }

  list(
    filter: ExceptionFilter,
    page: PageRequest,
  ): Promise<{ rows: ExceptionApplication[]; totalCount: number }> {
    return this.store.page(
      [
        ['status = ANY($)', filter.status],
        ['kind = $', filter.kind],
      ],
      'submitted_at',
      page,
    );
  }

  insert(application: ExceptionApplication): Promise<void> {
    return this.store.insert(application);
  }

  update(next: ExceptionApplication, expectedVersion: number): Promise<ExceptionApplication> {
    return this.store.update(next, expectedVersion);
  }
}

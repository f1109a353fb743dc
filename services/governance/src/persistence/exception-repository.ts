import type { EntityManager } from 'typeorm';
import type { ExceptionFilter, ExceptionRepository } from '../application/ports';
import type { ExceptionApplication } from '../domain/exception-application';
import { SqlDocumentRegister } from './json-document';

/** An exception application (DOMAIN 4.6) as a JSON document beside its query columns. */
export class SqlExceptionRepository
  extends SqlDocumentRegister<ExceptionApplication, ExceptionFilter>
  implements ExceptionRepository
{
  constructor(manager: EntityManager) {
    super(manager, {
      table: 'exception_application',
      what: 'Exception application',
      instants: new Set(['validUntil', 'submittedAt', 'decidedAt']),
      columns: ['kind', 'status', 'submitted_at', 'approval_request_id'],
      values: (a) => [a.kind, a.status, a.submittedAt, a.approvalRequestId],
      filters: (filter) => [
        ['status = ANY($)', filter.status],
        ['kind = $', filter.kind],
      ],
      listOrder: 'submitted_at',
    });
  }
}

import { MessagingTables1767225600001, outboxOf } from '@care/messaging';
import type { DataSource } from 'typeorm';
import type { Transaction } from '../application/ports';
import { ApprovalRequestEntity } from './approval-request.entity';
import { TypeOrmApprovalRequestRepository } from './approval-request-repository';
import { ApprovalRequests1767225600000 } from './migrations/1767225600000-approval-requests';

export const entities = [ApprovalRequestEntity];
export const migrations = [ApprovalRequests1767225600000, MessagingTables1767225600001];
export { TypeOrmApprovalRequestRepository };

/** Runs the work in one database transaction: its changes and its events commit together or not at all. */
export function unitOfWork(dataSource: DataSource) {
  return <T>(work: (tx: Transaction) => Promise<T>): Promise<T> =>
    dataSource.transaction((manager) =>
      work({ requests: new TypeOrmApprovalRequestRepository(manager), outbox: outboxOf(manager) }),
    );
}

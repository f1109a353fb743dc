import type { Outbox } from '@care/contracts';
import type { PageRequest } from '@care/service-kit';
import type { ApprovalRequest } from '../domain/approval-request';

export interface ApprovalRequestRepository {
  findByIds(ids: readonly string[]): Promise<ApprovalRequest[]>;
  list(page: PageRequest): Promise<{ rows: ApprovalRequest[]; totalCount: number }>;
  insert(request: ApprovalRequest): Promise<void>;
}

/** The part of the working-day calendar the use cases need. */
export interface WorkingTime {
  addWorkingDays(from: Date, days: number): { value: Date; provisional: boolean };
}

export interface Transaction {
  requests: ApprovalRequestRepository;
  outbox: Outbox;
}

export interface Deps {
  /** Reads outside a transaction. */
  requests: ApprovalRequestRepository;
  /** Runs the work in one transaction: the changes and their events commit together or not at all. */
  unitOfWork: <T>(work: (tx: Transaction) => Promise<T>) => Promise<T>;
  calendar: WorkingTime;
  clock: { now(): Date };
  newId: () => string;
}

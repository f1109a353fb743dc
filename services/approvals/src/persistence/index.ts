import { messagingMigrations, outboxOf } from '@care/messaging';
import { unitOfWorkOn } from '@care/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { Transaction } from '../application/ports';
import { ApprovalRequestEntity } from './approval-request.entity';
import { TypeOrmApprovalRequestRepository } from './approval-request-repository';
import { SqlApprovalSubjectRepository } from './approval-subject-repository';
import { SqlAuthorityPolicyRepository } from './authority-policy-repository';
import { ApprovalRequests1767225600000 } from './migrations/1767225600000-approval-requests';
import { ApprovalDecisions1767225600002 } from './migrations/1767225600002-approval-decisions';
import { SqlDelegationRepository } from './delegation-repository';
import { LateDecisions1767225600003 } from './migrations/1767225600003-late-decisions';
import { Delegations1767225600004 } from './migrations/1767225600004-delegations';
import { Payments1767225600005 } from './migrations/1767225600005-payments';
import { ApprovalSteps1767484800000 } from './migrations/1767484800000-approval-steps';
import { OverdueAndDelegationScope1767571200000 } from './migrations/1767571200000-overdue-and-delegation-scope';
import { SqlPaymentRepository } from './payment-repository';

export const entities = [ApprovalRequestEntity];
export const migrations = [
  ApprovalRequests1767225600000,
  ...messagingMigrations,
  ApprovalDecisions1767225600002,
  LateDecisions1767225600003,
  Delegations1767225600004,
  Payments1767225600005,
  ApprovalSteps1767484800000,
  OverdueAndDelegationScope1767571200000,
];

/** The use cases' view of a transaction that is open on `manager`. */
export function transactionOf(manager: EntityManager): Transaction {
  return {
    requests: new TypeOrmApprovalRequestRepository(manager),
    delegations: new SqlDelegationRepository(manager),
    payments: new SqlPaymentRepository(manager),
    policies: new SqlAuthorityPolicyRepository(manager),
    outbox: outboxOf(manager),
  };
}

/**
 * The repositories use cases read outside a transaction, on the service's own manager: the transaction's,
 * without its outbox, and the subjects' lookup.
 */
export function serviceRepositories(manager: EntityManager) {
  const { requests, delegations, payments, policies } = transactionOf(manager);
  return { requests, delegations, payments, policies, subjects: new SqlApprovalSubjectRepository(manager) };
}

/** Runs the work in one database transaction: its changes and its events commit together or not at all. */
export const unitOfWork = (dataSource: DataSource) => unitOfWorkOn(dataSource, transactionOf);

import { messagingMigrations, outboxOf } from '@care/messaging';
import { unitOfWorkOn } from '@care/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { Transaction } from '../application/ports';
import { SqlAuditChain } from './audit-chain-repository';
import { SqlAuditTrailLinks } from './audit-trail-links-repository';
import { AuditEntryEntity } from './audit-entry.entity';
import { SqlAuditEntryRepository } from './audit-entry-repository';
import { AuditEntries1767225600000 } from './migrations/1767225600000-audit-entries';
import { AuditChain1767484800000 } from './migrations/1767484800000-audit-chain';
import { RectificationItems1767744000410 } from './migrations/1767744000410-rectification-items';
import { ControlledDocuments1767744000470 } from './migrations/1767744000470-controlled-documents';
import { ChecksAndReports1767744000620 } from './migrations/1767744000620-checks-and-reports';
import { IncidentsAndExceptions1767744000680 } from './migrations/1767744000680-incidents-and-exceptions';
import { Violations1767571200000 } from './migrations/1767571200000-violations';
import { SqlCheckStore } from './check-repository';
import { SqlDiscountWatch } from './discount-watch-repository';
import { SqlDocumentRepository } from './document-repository';
import { SqlEmergencyBudgetStore } from './emergency-budget-repository';
import { SqlExceptionRepository } from './exception-repository';
import { SqlIncidentRepository } from './incident-repository';
import { SqlRectificationRepository } from './rectification-repository';
import { SqlReportFigures } from './report-figures';
import { SqlSeenFacts } from './seen-facts-repository';
import { SqlViolationRepository } from './violation-repository';

export const entities = [AuditEntryEntity];
export const migrations = [
  AuditEntries1767225600000,
  ...messagingMigrations,
  AuditChain1767484800000,
  Violations1767571200000,
  RectificationItems1767744000410,
  ControlledDocuments1767744000470,
  ChecksAndReports1767744000620,
  IncidentsAndExceptions1767744000680,
];
export { SqlAuditChain, SqlAuditEntryRepository };

/** Reads the audit chain in one REPEATABLE READ snapshot, taking no lock (DOMAIN 4.1 verification). */
export const auditSnapshot =
  (dataSource: DataSource) =>
  <T>(work: (chain: SqlAuditChain) => Promise<T>): Promise<T> =>
    dataSource.transaction('REPEATABLE READ', (manager) => work(new SqlAuditChain(manager)));

/** The service's repositories and outbox on one transaction's manager (a use case's, or a consumer's). */
export const transactionOf = (manager: EntityManager): Transaction => ({
  entries: new SqlAuditEntryRepository(manager),
  chain: new SqlAuditChain(manager),
  outbox: outboxOf(manager),
  rectifications: new SqlRectificationRepository(manager),
  documents: new SqlDocumentRepository(manager),
  violations: new SqlViolationRepository(manager),
  discounts: new SqlDiscountWatch(manager),
  seen: new SqlSeenFacts(manager),
  checks: new SqlCheckStore(manager),
  incidents: new SqlIncidentRepository(manager),
  emergencyBudgets: new SqlEmergencyBudgetStore(manager),
  exceptions: new SqlExceptionRepository(manager),
  trailLinks: new SqlAuditTrailLinks(manager),
});

/**
 * The repositories use cases read outside a transaction, on the service's own manager: the transaction's,
 * without its outbox, and the report figures.
 */
export const serviceRepositories = (manager: EntityManager) => {
  const { entries, rectifications, documents, checks, incidents, emergencyBudgets, exceptions, violations } =
    transactionOf(manager);
  return {
    entries,
    rectifications,
    documents,
    checks,
    incidents,
    emergencyBudgets,
    exceptions,
    violations,
    reports: new SqlReportFigures(manager),
  };
};

/** Runs the work in one database transaction: its changes and its events commit together or not at all. */
export const unitOfWork = (dataSource: DataSource) => unitOfWorkOn(dataSource, transactionOf);

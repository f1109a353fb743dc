import type { Outbox } from '@care/contracts';
import type { Department } from '@care/domain-kernel';
import type { ListPage, PageRequest, UnitOfWork } from '@care/service-kit';
import type { ChainPoint, SealedAuditEntry } from '../domain/audit-chain';
import type { AuditEntry } from '../domain/audit-entry';
import type { AccessGrant, ControlledDocument, DocumentKind } from '../domain/controlled-document';
import type {
  RectificationItem,
  RectificationSeverity,
  RectificationSource,
  RectificationStatus,
  WorkingDays,
} from '../domain/rectification';
import type { Violation, ViolationStatus } from '../domain/violation';
import type { ViolationLevel, WorkingDayCalendar } from '../domain/violation-policy';
import type { EmergencySpending } from '../domain/emergency-budget';
import type { ExceptionApplication, ExceptionKind, ExceptionStatus } from '../domain/exception-application';
import type { Incident, IncidentKind, IncidentStatus, NotificationPolicy } from '../domain/incident';
import type { CoverageFigures, MonthlyFigures, QuarterlyFigures } from '../domain/activity-report';
import type { CheckSample, SampledFile, SampleFinding } from '../domain/check-sample';
import type { Period } from '../domain/report-period';
import type { SeenFact } from '../domain/seen-facts';
import type { ReviewFinding, ReviewInputs, ReviewPart, YearlyReview } from '../domain/yearly-review';

export type { ListPage };

/** A page's rows (one more than its size tells a next page), and every match counted (0 unless asked). */
export interface Page<T> {
  rows: T[];
  totalCount: number;
}

export interface AuditFilter {
  subjectType?: string | null;
  subjectId?: string | null;
  actor?: string | null;
}

export interface AuditEntryRepository {
  findByIds(ids: readonly string[]): Promise<SealedAuditEntry[]>;
  list(filter: AuditFilter, page: ListPage): Promise<Page<SealedAuditEntry>>;
  /** Appends the entry to the tamper-evident chain (DOMAIN 4.1): it comes back with its position and hash. */
  insert(entry: AuditEntry): Promise<SealedAuditEntry>;
  /** Inserts unless an entry with this id exists (events are traced once). */
  insertOnce(entry: AuditEntry): Promise<void>;
}

export interface Transaction {
  entries: AuditEntryRepository;
  /** The audit chain itself: its head, checkpoint and segments (DOMAIN 4.1). */
  chain: AuditChainStore;
  outbox: Outbox;
  rectifications: RectificationRepository;
  documents: DocumentRepository;
  violations: ViolationRepository;
  discounts: DiscountWatch;
  /** What governance keeps of the other services' streams for its checks and reports (DOMAIN 4.2-4.3). */
  seen: SeenFacts;
  checks: CheckStore;
  /** Emergencies and exception applications (DOMAIN 4.6). */
  incidents: IncidentRepository;
  emergencyBudgets: EmergencyBudgetStore;
  exceptions: ExceptionRepository;
  /** The audit entries of other services' entities (DOMAIN 4.1: `Complaint.auditTrail` ...). */
  trailLinks: AuditTrailLinks;
}

export interface Deps {
  /** Reads outside a transaction. */
  entries: AuditEntryRepository;
  /** Runs the work in one transaction: the changes and their events commit together or not at all. */
  unitOfWork: UnitOfWork<Transaction>;
  clock: { now(): Date };
  newId: () => string;
  /** Retention and consistent reads of the audit chain (DOMAIN 4.1). */
  auditChain: AuditChainDeps;
  /** Violations and penalties (DOMAIN 4.5): reads, and the settings of their detection. */
  violations: ViolationRepository;
  violationSettings: ViolationSettings;
  /** The company's working-day calendar (DOMAIN "Working days"). */
  calendar: WorkingDays & WorkingDayCalendar;
  rectifications: RectificationRepository;
  documents: DocumentRepository;
  /** Envelope encryption of document content (DOMAIN 4.7). */
  documentCipher: DocumentCipher;
  /** The largest document content accepted, in bytes. */
  documentMaxBytes: number;
  /** Checks and reports (DOMAIN 4.2-4.3): samples and reviews, and the figures of the projections. */
  checks: CheckStore;
  reports: ReportFigures;
  /** The company's time zone: the months, quarters and years of checks and reports. */
  timeZone: string;
  /** Emergencies and exception applications (DOMAIN 4.6): reads, and their policy data. */
  incidents: IncidentRepository;
  emergencyBudgets: EmergencyBudgetStore;
  exceptions: ExceptionRepository;
  emergencySettings: EmergencySettings;
}

/** The end of the chain: the position and hash to export and hold outside the system. */
export interface AuditHead extends ChainPoint {
  updatedAt: Date;
}

/** The last entry a retention purge removed: the rest of the chain verifies from its hash. */
export interface AuditCheckpoint extends ChainPoint {
  purgedAt: Date;
  /** Entries that happened up to this instant were past retention. */
  cutoff: Date;
  deleted: number;
}

/** The tamper-evident chain of audit entries (DOMAIN 4.1). */
export interface AuditChainStore {
  /**
   * Appends the entry as the chain's next link, serialised with every other append. With `once`, an
   * entry whose id is in the trail already is left alone (null).
   */
  append(entry: AuditEntry, options?: { once?: boolean }): Promise<SealedAuditEntry | null>;
  head(): Promise<AuditHead>;
  /** The latest purge's checkpoint; null when nothing was ever purged. */
  checkpoint(): Promise<AuditCheckpoint | null>;
  /** The highest position any stored entry has (an inserted entry may lie beyond the head). */
  lastPosition(): Promise<number>;
  /** The stored entries with positions from..to, in position order. */
  segment(from: number, to: number): Promise<SealedAuditEntry[]>;
  /** Deletes the oldest entries past retention (see SqlAuditChain.purge); null when none was. */
  purge(cutoff: Date, now: Date, id: string): Promise<AuditCheckpoint | null>;
}

/** What the audit-chain use cases need beyond the service's common dependencies. */
export interface AuditChainDeps {
  /** Months entries are kept: at least 6 (DOMAIN 4.1), longer by configuration. */
  retentionMonths: number;
  /** Reads the chain in one consistent snapshot that takes no lock: appends go on meanwhile. */
  snapshot: <T>(work: (chain: AuditChainStore) => Promise<T>) => Promise<T>;
}

/** A document's data key, wrapped (AES-256-GCM) under a master key from configuration. */
export interface WrappedDataKey {
  keyId: string;
  wrappedKey: Buffer;
  keyNonce: Buffer;
  keyTag: Buffer;
}

/** A document's content encrypted (AES-256-GCM) under its own data key, and that key wrapped. */
export interface SealedContent extends WrappedDataKey {
  ciphertext: Buffer;
  contentNonce: Buffer;
  contentTag: Buffer;
}

/**
 * Envelope encryption of documents at rest (DOMAIN 4.7). Every failure to decrypt (no key configured,
 * a key id that is not configured, a key that does not match, altered bytes) is a refusal with the
 * code UNAVAILABLE and a message that says which: the content never leaves undecrypted or half-read.
 */
export interface DocumentCipher {
  /** The master key new documents are sealed under. */
  activeKeyId(): string;
  seal(documentId: string, plaintext: Buffer): SealedContent;
  open(documentId: string, sealed: SealedContent): Buffer;
  /** The same data key, wrapped again under the active master key; the content is not touched. */
  rewrap(documentId: string, key: WrappedDataKey): WrappedDataKey;
}

export interface DocumentFilter {
  kind?: DocumentKind | null;
  project?: string | null;
}

export interface DocumentRepository {
  findById(id: string): Promise<ControlledDocument | null>;
  /** The register entries of those ids that exist, in any order. */
  findByIds(ids: readonly string[]): Promise<ControlledDocument[]>;
  list(filter: DocumentFilter, page: ListPage): Promise<Page<ControlledDocument>>;
  /** CONFLICT when a document of that name is registered already. */
  insert(document: ControlledDocument, sealed: SealedContent): Promise<void>;
  sealedContent(id: string): Promise<SealedContent | null>;
  /** Up to `limit` documents after `afterId` (by id) whose data key another key than `keyId` wraps, locked. */
  wrappedElsewhere(
    keyId: string,
    afterId: string | null,
    limit: number,
  ): Promise<{ id: string; key: WrappedDataKey }[]>;
  countWrappedElsewhere(keyId: string): Promise<number>;
  updateWrappedKey(id: string, key: WrappedDataKey): Promise<void>;
  grantsOf(documentId: string): Promise<AccessGrant[]>;
  findGrant(id: string): Promise<AccessGrant | null>;
  insertGrant(grant: AccessGrant): Promise<void>;
  revokeGrant(grant: AccessGrant): Promise<void>;
}

/** A register of versioned aggregates: read, read locked, page by a filter, insert, update at a version. */
export interface AggregateRegister<T, F> {
  findById(id: string): Promise<T | null>;
  /** The aggregate locked for the transaction. */
  lockById(id: string): Promise<T | null>;
  /** Those of the ids that exist, in one read (a batch of entity references). */
  findByIds(ids: readonly string[]): Promise<T[]>;
  list(filter: F, page: ListPage): Promise<Page<T>>;
  insert(aggregate: T): Promise<void>;
  /** CONFLICT when the aggregate changed since `expectedVersion`. */
  update(next: T, expectedVersion: number): Promise<T>;
}

export interface RectificationFilter {
  status?: readonly RectificationStatus[] | null;
  severity?: RectificationSeverity | null;
  source?: RectificationSource | null;
  sourceId?: string | null;
  ownerDepartment?: Department | null;
  /** Marked overdue by the job (true) or not (false). */
  overdue?: boolean | null;
}

export interface RectificationRepository extends AggregateRegister<RectificationItem, RectificationFilter> {
  /** The items of those ids that exist, in any order. */
  findByIds(ids: readonly string[]): Promise<RectificationItem[]>;
  /** Inserts unless an item was opened from the same event already: whether it inserted. */
  insertUnlessOpened(item: RectificationItem): Promise<boolean>;
  /** Running items past their deadline that are not marked overdue yet (oldest deadline first). */
  dueForOverdue(now: Date, limit: number): Promise<string[]>;
}

/** What a rectification change needs of a transaction. */
export interface RectificationTransaction {
  rectifications: RectificationRepository;
  outbox: Outbox;
}

export interface ViolationFilter {
  status?: readonly ViolationStatus[] | null;
  level?: readonly ViolationLevel[] | null;
  category?: string | null;
  personId?: string | null;
  /** Appeals past their 5 working days and still undecided (DOMAIN 4.5), at `now`. */
  appealDecisionOverdueAt?: Date | null;
}

export interface ViolationRepository {
  findById(id: string): Promise<Violation | null>;
  list(filter: ViolationFilter, page: ListPage): Promise<Page<Violation>>;
  /** False when a violation opened from the same event exists already (detections apply once). */
  insert(violation: Violation): Promise<boolean>;
  /** CONFLICT when the violation changed since `expectedVersion`. */
  update(next: Violation, expectedVersion: number): Promise<Violation>;
  /** Appeals undecided at `now` past their due time and not yet reported overdue, oldest first. */
  overdueAppeals(now: Date, limit: number): Promise<Violation[]>;
}

/** What governance learned of a discount from the loyalty and approvals streams. */
export interface WatchedDiscount {
  discountId: string;
  kind: string | null;
  issuedAt: Date;
  issuedEventId: string;
  /** The envelope actor of the issue event, `user:<sub>` or `service:<name>`. */
  issuedBy: string;
  customerId: string | null;
  value: string | null;
}

/** The projection that finds a discount issued without its approval (DOMAIN 4.5, serious). */
export interface DiscountWatch {
  /** Loyalty asked for an approval of the discount: it needs one. */
  approvalRequested(discountId: string, kind: string): Promise<void>;
  /** Approvals approved the discount's request. */
  approved(discountId: string, requestId: string, at: Date): Promise<void>;
  /** Loyalty issued the discount; `seenAt` is when governance learned of it (the grace period counts from it). */
  issued(discount: WatchedDiscount & { needsApproval: boolean; seenAt: Date }): Promise<void>;
  /** Issued, needing an approval, none seen, learned of at or before `seenBefore`, no violation yet. */
  unapprovedIssued(seenBefore: Date, limit: number): Promise<WatchedDiscount[]>;
  /** Links the discount to the violation its issue event opened: it is not looked at again. */
  linkViolation(discountId: string, detectingEventId: string): Promise<void>;
}

export interface ViolationSettings {
  /**
   * How long after learning of an issued discount governance waits for its approval's decision before
   * opening a violation: the approvals stream may be read a little behind the loyalty stream.
   */
  discountApprovalGraceMinutes: number;
}

/** Governance's read model of the other services' streams (DOMAIN 4.2-4.3): one fact per event. */
export interface SeenFacts {
  record(fact: SeenFact, eventId: string): Promise<void>;
}

/** Monthly samples and their findings, yearly reviews and theirs (DOMAIN 4.2). */
export interface CheckStore {
  /** The files registered before `before`, no file added meanwhile, and the highest sequence number read. */
  lockPopulation(before: Date): Promise<{ ids: string[]; through: number }>;
  /** The same population again: the files registered before `before`, up to sequence number `through`. */
  population(before: Date, through: number): Promise<string[]>;
  /** False when the month has a sample already. */
  insertSample(sample: CheckSample): Promise<boolean>;
  sampleByMonth(month: string): Promise<CheckSample | null>;
  sampleById(id: string): Promise<CheckSample | null>;
  insertFinding(finding: SampleFinding): Promise<void>;
  findings(sampleId: string): Promise<SampleFinding[]>;
  /** False when the year has a review already. */
  insertReview(review: YearlyReview, findings: readonly ReviewFinding[]): Promise<boolean>;
  reviewByYear(year: number): Promise<YearlyReview | null>;
  reviewFindings(reviewId: string, part: ReviewPart | null, page: ListPage): Promise<Page<ReviewFinding>>;
  lockReviewFinding(id: string): Promise<ReviewFinding | null>;
  linkReviewFinding(id: string, rectificationItemId: string): Promise<void>;
}

/** The aggregates checks and reports are built from (DOMAIN 4.2-4.3). */
export interface ReportFigures {
  coverage(period: Period): Promise<CoverageFigures>;
  monthly(period: Period): Promise<MonthlyFigures>;
  quarterly(period: Period, yearBefore: Period, twelveMonthsBefore: Date): Promise<QuarterlyFigures>;
  /** The yearly review's inputs; tiers as held at `now`. */
  reviewInputs(period: Period, now: Date): Promise<ReviewInputs>;
  sampledFiles(customerIds: readonly string[], period: Period): Promise<SampledFile[]>;
}

// ---- Emergencies and exceptions (DOMAIN 4.6) -------------------------------------------------------

export interface IncidentFilter {
  status?: readonly IncidentStatus[] | null;
  kind?: IncidentKind | null;
}

export interface IncidentRepository extends AggregateRegister<Incident, IncidentFilter> {
  /** Open incidents with a notification unsent past its deadline and not found overdue yet, oldest first. */
  dueForNotificationCheck(now: Date, limit: number): Promise<string[]>;
}

/** The emergency budget's inputs and its spending (DOMAIN 4.6). */
export interface EmergencyBudgetStore {
  /** Serialises the budget decisions of one year until the transaction ends. */
  lockYear(year: number): Promise<void>;
  /** Every incident's spending counted against the year's budget. */
  spentIn(year: number): Promise<string>;
  /** The campaign costs loyalty recorded in [from, to) (its `campaign.interaction_recorded` events). */
  activityBetween(from: Date, to: Date): Promise<string>;
  insertSpending(spending: EmergencySpending): Promise<void>;
  /** The spending of each incident, oldest first. */
  spendingOf(incidentIds: readonly string[]): Promise<EmergencySpending[]>;
}

export interface EmergencySettings {
  notificationPolicy: NotificationPolicy;
  /** The emergency budget's share of last year's activity total, in percent (DOMAIN 4.6: 5). */
  budgetPercent: number;
}

export interface ExceptionFilter {
  status?: readonly ExceptionStatus[] | null;
  kind?: ExceptionKind | null;
}

export type ExceptionRepository = AggregateRegister<ExceptionApplication, ExceptionFilter>;

/** One page of each subject's audit entries, and how many it has in all. */
export type SubjectTrailPage = Page<SealedAuditEntry>;

/** One subject's page of audit entries: the subject types that are its, its id, and the page. */
export interface SubjectTrailRequest {
  subjectTypes: readonly string[];
  subjectId: string;
  page: PageRequest;
}

/** The audit entries of the subjects of other services' entities, a batch of subjects in one statement. */
export interface AuditTrailLinks {
  /** Each subject's page of entries (oldest first) and count, in the order of the requests. */
  pagesOf(requests: readonly SubjectTrailRequest[]): Promise<SubjectTrailPage[]>;
}

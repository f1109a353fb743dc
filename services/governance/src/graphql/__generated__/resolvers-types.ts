import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { SealedAuditEntry as SealedAuditEntryModel } from '../../domain/audit-chain';
import { Violation as ViolationModel, Step as StepModel } from '../../domain/violation';
import { ChainHeadView as ChainHeadViewModel } from '../../application/verify-audit-chain';
import { RectificationItem as RectificationItemModel } from '../../domain/rectification';
import { ControlledDocument as ControlledDocumentModel, AccessGrant as AccessGrantModel } from '../../domain/controlled-document';
import { DocumentContent as DocumentContentModel } from '../../application/read-document-content';
import { Incident as IncidentModel, IncidentNotification as IncidentNotificationModel, SystemFreeze as SystemFreezeModel } from '../../domain/incident';
import { EmergencySpending as EmergencySpendingModel, EmergencyBudget as EmergencyBudgetModel } from '../../domain/emergency-budget';
import { SpendingRecorded as SpendingRecordedModel } from '../../application/emergency-spending';
import { ExceptionApplication as ExceptionApplicationModel } from '../../domain/exception-application';
import { TrailSubject as TrailSubjectModel } from '../../application/read-audit-trail-links';
import { CheckSample as CheckSampleModel, SampleFinding as SampleFindingModel } from '../../domain/check-sample';
import { YearlyReview as YearlyReviewModel, ReviewFinding as ReviewFindingModel } from '../../domain/yearly-review';
import { Kpi as KpiModel } from '../../domain/check-policy';
import { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  Date: { input: string; output: string; }
  DateTime: { input: Date; output: Date; }
  Decimal: { input: string; output: string; }
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AppealOutcome =
  | 'AMENDED'
  | 'REVOKED'
  | 'UPHELD';

export type AppealViolationInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type ApprovalRequest = {
  __typename?: 'ApprovalRequest';
  /** The traces of the request, its steps and its emergency ratification, oldest first (supervision only). */
  auditTrail?: Maybe<AuditEntryConnection>;
  id: Scalars['ID']['output'];
};


export type ApprovalRequestAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Approvals decided and payments made in the month. */
export type ApprovalSpending = {
  __typename?: 'ApprovalSpending';
  approvedAmount: Scalars['Decimal']['output'];
  approvedRequests: Scalars['Int']['output'];
  paidAmount: Scalars['Decimal']['output'];
  payments: Scalars['Int']['output'];
  /** Payments on a request not approved, or taking it beyond its approved amount. */
  paymentsOverApproval: Scalars['Int']['output'];
};

/** The last entry a retention purge removed (kept at least 6 months, DOMAIN 4.1). */
export type AuditChainCheckpoint = {
  __typename?: 'AuditChainCheckpoint';
  /** Entries that happened up to this instant were past retention. */
  cutoff: Scalars['DateTime']['output'];
  deleted: Scalars['Int']['output'];
  hash: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  purgedAt: Scalars['DateTime']['output'];
};

export type AuditChainFinding = {
  __typename?: 'AuditChainFinding';
  detail: Scalars['String']['output'];
  kind: AuditChainFindingKind;
  position: Scalars['Int']['output'];
};

export type AuditChainFindingKind =
  /** Its content no longer gives its hash, or it was rewritten with a new hash. */
  | 'ALTERED'
  /** It does not belong to the chain: beyond the head, a second entry at a position, or linked to neither neighbour. */
  | 'INSERTED'
  /** No entry at a position the chain reached. */
  | 'REMOVED';

/**
 * The end of the audit chain (DOMAIN 4.1). Export it and hold it outside the system: a later verification
 * given it as `expectedHead` shows a chain rewritten up to it.
 */
export type AuditChainHead = {
  __typename?: 'AuditChainHead';
  hash: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  /** The last entry a retention purge removed: the chain after it verifies from its hash. */
  purgedThrough?: Maybe<AuditChainCheckpoint>;
  updatedAt: Scalars['DateTime']['output'];
};

export type AuditChainHeadInput = {
  hash: Scalars['String']['input'];
  position: Scalars['Int']['input'];
};

export type AuditChainVerification = {
  __typename?: 'AuditChainVerification';
  /** Entries examined. */
  checked: Scalars['Int']['output'];
  findings: Array<AuditChainFinding>;
  from: Scalars['Int']['output'];
  /** The head the verification read (the entry recording this verification comes after it). */
  head: AuditChainHead;
  to: Scalars['Int']['output'];
  /** No entry of the range was altered, inserted or removed. */
  verified: Scalars['Boolean']['output'];
};

/** One electronic trace of an action (DOMAIN 4.1), kept at least 6 months. Owned by the governance service. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  /** Who acted: a person's subject id or a service account. */
  actor: Scalars['String']['output'];
  details?: Maybe<Scalars['JSONObject']['output']>;
  /** SHA-256 over the RFC 8785 canonical JSON of the entry, its position and previousHash. */
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** Its place in the tamper-evident audit chain: 1 for the first entry, one more for each after it. */
  position: Scalars['Int']['output'];
  /** The hash of the entry before it (64 zeros before the first). */
  previousHash: Scalars['String']['output'];
  /** Until when the entry must be kept (at least 6 months after it happened). */
  retainUntil: Scalars['DateTime']['output'];
  /** Where the trace came from: a service name, or MANUAL for a note recorded by supervision. */
  source: Scalars['String']['output'];
  subjectId: Scalars['String']['output'];
  subjectType: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditEntryFilter = {
  actor?: InputMaybe<Scalars['String']['input']>;
  subjectId?: InputMaybe<Scalars['String']['input']>;
  subjectType?: InputMaybe<Scalars['String']['input']>;
};

export type Campaign = {
  __typename?: 'Campaign';
  /** The traces of the campaign, from its submission to its archive, oldest first (supervision only). */
  auditTrail?: Maybe<AuditEntryConnection>;
  id: Scalars['ID']['output'];
};


export type CampaignAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * DOMAIN 4.2: internal control's random sample of 3 customer files for a month, drawn from the files
 * registered before the month's end; the files are those with the lowest SHA-256(seed:id), so the stored seed
 * draws them again.
 */
export type CheckSample = {
  __typename?: 'CheckSample';
  customerIds: Array<Scalars['ID']['output']>;
  drawnAt: Scalars['DateTime']['output'];
  drawnBy: Scalars['String']['output'];
  files: Array<SampledFile>;
  findings: Array<SampleFinding>;
  id: Scalars['ID']['output'];
  month: Scalars['String']['output'];
  /** SHA-256 of the population's sorted ids. */
  populationDigest: Scalars['String']['output'];
  populationSize: Scalars['Int']['output'];
  /** Drawing again with the stored seed from the population read again gives the same files. */
  reproduced: Scalars['Boolean']['output'];
  seed: Scalars['String']['output'];
};

/** Every department of the company. */
export type CompanyDepartment =
  | 'ADMINISTRATION'
  | 'AUDIT'
  | 'COMPLIANCE'
  | 'CUSTOMER_SERVICE'
  | 'FINANCE'
  | 'HR'
  | 'INTERNAL_CONTROL'
  | 'IT'
  | 'LEGAL'
  | 'LOGISTICS'
  | 'MANAGEMENT'
  | 'MARKETING'
  | 'PURCHASING'
  | 'QUALITY_CONTROL'
  | 'SALES';

export type Complaint = {
  __typename?: 'Complaint';
  /** Every trace of the complaint's events and notes on it, oldest first (supervision only). */
  auditTrail?: Maybe<AuditEntryConnection>;
  id: Scalars['ID']['output'];
};


export type ComplaintAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The month's complaints (kind COMPLAINT, received in the month) and follow-ups (window ending in the month). */
export type ComplaintFigures = {
  __typename?: 'ComplaintFigures';
  /** 1 to 5. */
  averageSatisfaction?: Maybe<Scalars['Decimal']['output']>;
  byCategory: Array<CountByKey>;
  followUpCompletion: Kpi;
  followUpsDone: Scalars['Int']['output'];
  followUpsDue: Scalars['Int']['output'];
  inquiries: Scalars['Int']['output'];
  /** Resolved within their resolution target / resolved. */
  onTimeRate: Kpi;
  received: Scalars['Int']['output'];
  resolved: Scalars['Int']['output'];
  resolvedOnTime: Scalars['Int']['output'];
  satisfactionResponses: Scalars['Int']['output'];
};

export type CompleteRectificationItemInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  summary: Scalars['String']['input'];
};

/**
 * A document in the register. Its name carries project, date and version:
 * <project>_<YYYYMMDD>_v<major>.<minor>[.<extension>], e.g. KH2026000123_20260315_v1.0.pdf. The content is
 * stored encrypted and read through documentContent, which is audited.
 */
export type ControlledDocument = {
  __typename?: 'ControlledDocument';
  contentType: Scalars['String']['output'];
  documentDate: Scalars['Date']['output'];
  /** major.minor, as the name carries it. */
  documentVersion: Scalars['String']['output'];
  extension?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The master key that wraps the document's data key (key rotation moves documents to the active one). */
  keyId: Scalars['String']['output'];
  kind: DocumentKind;
  name: Scalars['String']['output'];
  project: Scalars['String']['output'];
  registeredAt: Scalars['DateTime']['output'];
  registeredBy: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
};

export type ControlledDocumentConnection = {
  __typename?: 'ControlledDocumentConnection';
  edges: Array<ControlledDocumentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ControlledDocumentEdge = {
  __typename?: 'ControlledDocumentEdge';
  cursor: Scalars['String']['output'];
  node: ControlledDocument;
};

export type ControlledDocumentFilter = {
  kind?: InputMaybe<DocumentKind>;
  project?: InputMaybe<Scalars['String']['input']>;
};

/** The seed's 成本節約率: over the campaigns closed in the month. */
export type CostSaving = {
  __typename?: 'CostSaving';
  budget: Scalars['Decimal']['output'];
  /** spent / budget (target <= 100 %) */
  budgetAttainment: Kpi;
  campaignsClosed: Scalars['Int']['output'];
  /** budget - spent */
  saving: Scalars['Decimal']['output'];
  /** saving / budget */
  savingRate?: Maybe<Scalars['Decimal']['output']>;
  spent: Scalars['Decimal']['output'];
};

export type CountByKey = {
  __typename?: 'CountByKey';
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
};

export type Customer = {
  __typename?: 'Customer';
  /** The traces of the customer's file, tier, points, purchases, freezes and consents, oldest first (supervision only). */
  auditTrail?: Maybe<AuditEntryConnection>;
  id: Scalars['ID']['output'];
};


export type CustomerAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DecideViolationAppealInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  outcome: AppealOutcome;
  /** For AMENDED only: the new penalty, within the level. */
  penalty?: InputMaybe<PenaltyKind>;
  reason: Scalars['String']['input'];
};

export type DecideViolationInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  penalty: PenaltyKind;
  reason: Scalars['String']['input'];
};

export type DismissViolationInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** Why a read was allowed: the reader's role, or a grant. */
export type DocumentAccessBasis =
  | 'GRANT'
  | 'ROLE';

/** Time-limited access of one person to one document (DOMAIN 4.7). */
export type DocumentAccessGrant = {
  __typename?: 'DocumentAccessGrant';
  document?: Maybe<ControlledDocument>;
  grantedAt: Scalars['DateTime']['output'];
  grantedBy: Scalars['String']['output'];
  grantee: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  revokedBy?: Maybe<Scalars['String']['output']>;
  validUntil: Scalars['DateTime']['output'];
};

/** A document's content as one reader read it; the read is in the audit trail. */
export type DocumentContent = {
  __typename?: 'DocumentContent';
  access: DocumentAccessBasis;
  contentBase64: Scalars['String']['output'];
  document: ControlledDocument;
  grantId?: Maybe<Scalars['ID']['output']>;
  readAt: Scalars['DateTime']['output'];
};

export type DocumentKeyRewrap = {
  __typename?: 'DocumentKeyRewrap';
  activeKeyId: Scalars['String']['output'];
  /** Documents whose master key is not configured or does not open them. */
  failed: Array<Scalars['ID']['output']>;
  /** Documents still wrapped under another key. */
  remaining: Scalars['Int']['output'];
  rewrapped: Scalars['Int']['output'];
};

export type DocumentKind =
  | 'CONTRACT'
  | 'MEETING_MINUTES'
  | 'OTHER'
  | 'POLICY'
  | 'REPORT';

/** The year's emergency budget (DOMAIN 4.6): 5 % of last year's activity total (the campaign costs). */
export type EmergencyBudget = {
  __typename?: 'EmergencyBudget';
  budget: Scalars['Decimal']['output'];
  lastYearActivityTotal: Scalars['Decimal']['output'];
  /** The budget's share of last year's activity total, in percent. */
  percent: Scalars['Float']['output'];
  remaining: Scalars['Decimal']['output'];
  /** Every incident's spending in the year. */
  spent: Scalars['Decimal']['output'];
  year: Scalars['Int']['output'];
};

/** Money spent on an incident, counted against the year's emergency budget. */
export type EmergencySpending = {
  __typename?: 'EmergencySpending';
  amount: Scalars['Decimal']['output'];
  budgetYear: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  purpose: Scalars['String']['output'];
  recordedBy: Scalars['String']['output'];
  spentAt: Scalars['DateTime']['output'];
};

export type EmergencySpendingRecorded = {
  __typename?: 'EmergencySpendingRecorded';
  /** The year's budget after the spending. */
  budget: EmergencyBudget;
  incident: Incident;
  spending: EmergencySpending;
};

/**
 * An exception application (DOMAIN 4.6): a natural disaster or a new government rule makes the company depart
 * from one of its rules; with its risk assessment it goes to approvals as a request, whose decision comes back.
 * An entity: the request names it as its `subject`, read here with this service's rules.
 */
export type ExceptionApplication = {
  __typename?: 'ExceptionApplication';
  /** The money at stake (the authority matrix routes the request by it); 0 when none. */
  amount: Scalars['Decimal']['output'];
  applicant: Scalars['String']['output'];
  /** That approval request itself (owned by approvals, read there with approvals' own access rules). */
  approvalRequest?: Maybe<ApprovalRequest>;
  /** The approval request that decides it, once approvals has opened it. */
  approvalRequestId?: Maybe<Scalars['ID']['output']>;
  currency: Scalars['String']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** The rule or process the company departs from. */
  exceptionTo: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  justification: Scalars['String']['output'];
  kind: ExceptionKind;
  riskAssessment: RiskAssessment;
  status: ExceptionStatus;
  submittedAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
  validUntil?: Maybe<Scalars['DateTime']['output']>;
  version: Scalars['Int']['output'];
};

export type ExceptionApplicationConnection = {
  __typename?: 'ExceptionApplicationConnection';
  edges: Array<ExceptionApplicationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ExceptionApplicationEdge = {
  __typename?: 'ExceptionApplicationEdge';
  cursor: Scalars['String']['output'];
  node: ExceptionApplication;
};

export type ExceptionApplicationFilter = {
  kind?: InputMaybe<ExceptionKind>;
  status?: InputMaybe<Array<ExceptionStatus>>;
};

export type ExceptionKind =
  | 'NATURAL_DISASTER'
  | 'NEW_GOVERNMENT_RULE';

export type ExceptionStatus =
  | 'APPROVED'
  | 'REJECTED'
  /** With approvals, as a request. */
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type FileViolationReportInput = {
  cases?: InputMaybe<Scalars['Int']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  level?: InputMaybe<ViolationLevel>;
  personId?: InputMaybe<Scalars['String']['input']>;
  report: Scalars['String']['input'];
};

/** A nonconformity to put right: a rectification item (source CHECK or AUDIT) for the finding. */
export type FindingRectificationInput = {
  /** Default: the finding itself. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Required for an ordinary item; a major one gets its owner from the GM office meeting. */
  ownerDepartment?: InputMaybe<CompanyDepartment>;
  severity: RectificationSeverity;
};

export type FreezeIncidentSystemsInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  systems: Array<Scalars['String']['input']>;
};

export type GiveViolationNoticeInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  notice: Scalars['String']['input'];
};

export type GrantDocumentAccessInput = {
  documentId: Scalars['ID']['input'];
  /** The person's user id. */
  grantee: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  /** At most 30 days ahead. */
  validUntil: Scalars['DateTime']['input'];
};

export type ImprovementIdeas = {
  __typename?: 'ImprovementIdeas';
  /** Suggestions customers made (complaints of kind SUGGESTION). */
  customerSuggestions: Scalars['Int']['output'];
  /** Rectification items opened in the month, a complaint review's improvement actions included. */
  rectificationItemsBySource: Array<CountByKey>;
  total: Scalars['Int']['output'];
};

/**
 * An incident (DOMAIN 4.6): a data leak or a public-opinion crisis, with the freeze of the affected systems,
 * the notifications owed and their deadlines, the spokesperson and the spending against the emergency budget.
 */
export type Incident = {
  __typename?: 'Incident';
  affectedSystems: Array<Scalars['String']['output']>;
  /** When the company learned of it: the notification deadlines count from here. */
  detectedAt: Scalars['DateTime']['output'];
  freezes: Array<SystemFreeze>;
  id: Scalars['ID']['output'];
  kind: IncidentKind;
  notifications: Array<IncidentNotification>;
  reportedAt: Scalars['DateTime']['output'];
  reportedBy: Scalars['String']['output'];
  resolution?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  responseStartedAt?: Maybe<Scalars['DateTime']['output']>;
  spending: Array<EmergencySpending>;
  spentTotal: Scalars['Decimal']['output'];
  /** The staff id of the one who speaks for the company (required for a public-opinion crisis before anything else). */
  spokesperson?: Maybe<Scalars['String']['output']>;
  spokespersonNamedAt?: Maybe<Scalars['DateTime']['output']>;
  status: IncidentStatus;
  summary: Scalars['String']['output'];
  /** Affected systems not frozen (yet). */
  unfrozenSystems: Array<Scalars['String']['output']>;
  /** Increases with every change; pass it back as expectedVersion to be told of a concurrent change. */
  version: Scalars['Int']['output'];
};

export type IncidentConnection = {
  __typename?: 'IncidentConnection';
  edges: Array<IncidentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IncidentEdge = {
  __typename?: 'IncidentEdge';
  cursor: Scalars['String']['output'];
  node: Incident;
};

export type IncidentFilter = {
  kind?: InputMaybe<IncidentKind>;
  status?: InputMaybe<Array<IncidentStatus>>;
};

export type IncidentKind =
  /** Customer data leaked: the affected systems are frozen, the customers and the regulator notified. */
  | 'DATA_LEAK'
  /** A public-opinion crisis: a named spokesperson speaks for the company. */
  | 'PUBLIC_OPINION_CRISIS';

/** A notification the incident owes and its deadline (policy data: the regulator within 72 hours, the customers within 3 working days, by default). */
export type IncidentNotification = {
  __typename?: 'IncidentNotification';
  dueAt: Scalars['DateTime']['output'];
  /** The deadline was counted over a year the calendar has no holiday data for (weekends only). */
  dueProvisional: Scalars['Boolean']['output'];
  /** Sent after its deadline. */
  late: Scalars['Boolean']['output'];
  /** Unsent past its deadline. */
  overdue: Scalars['Boolean']['output'];
  /** When the scheduled check found it overdue. */
  overdueAt?: Maybe<Scalars['DateTime']['output']>;
  recipient: NotificationRecipient;
  /** The letter's or filing's reference. */
  reference?: Maybe<Scalars['String']['output']>;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  sentBy?: Maybe<Scalars['String']['output']>;
};

export type IncidentStatus =
  | 'REPORTED'
  /** Notified as owed; the frozen systems were released. */
  | 'RESOLVED'
  /** The data leak's systems are frozen, or the crisis has its spokesperson: the response is under way. */
  | 'RESPONDING';

/**
 * DOMAIN 4.2: interaction-record coverage of a month (target >= 95 %): targeted customers (the tiers a
 * campaign running in the month targets, and those a campaign interaction reached) with an interaction record
 * in the month / targeted customers.
 */
export type InteractionCoverage = {
  __typename?: 'InteractionCoverage';
  coverage: Kpi;
  covered: Scalars['Int']['output'];
  from: Scalars['DateTime']['output'];
  month: Scalars['String']['output'];
  /** The same over the month's sampled files, once drawn. */
  sample?: Maybe<SampleCoverage>;
  targeted: Scalars['Int']['output'];
  to: Scalars['DateTime']['output'];
  /** The first 100 targeted customers without an interaction record. */
  uncovered: Array<Scalars['ID']['output']>;
};

/** A KPI as a ratio (4 decimals) with its policy target, where DOMAIN gives one, and whether it was met. */
export type Kpi = {
  __typename?: 'Kpi';
  comparison?: Maybe<TargetComparison>;
  /** Null without a value or without a target. */
  met?: Maybe<Scalars['Boolean']['output']>;
  target?: Maybe<Scalars['Decimal']['output']>;
  /** Null when there was nothing to divide by. */
  value?: Maybe<Scalars['Decimal']['output']>;
};

/** DOMAIN 4.3: the monthly activity report. */
export type MonthlyReport = {
  __typename?: 'MonthlyReport';
  /** campaignCosts / revenue (target <= 1.5 %). */
  activityCostShare: Kpi;
  /** Campaign interaction costs, CNY. */
  campaignCosts: Scalars['Decimal']['output'];
  complaints: ComplaintFigures;
  costSaving: CostSaving;
  /** Distinct customers a campaign interaction reached in the month. */
  customersReached: Scalars['Int']['output'];
  from: Scalars['DateTime']['output'];
  improvementIdeas: ImprovementIdeas;
  interactionCoverage: Kpi;
  month: Scalars['String']['output'];
  /** Purchases less returns, CNY. */
  revenue: Scalars['Decimal']['output'];
  spending: ApprovalSpending;
  to: Scalars['DateTime']['output'];
  violations: ViolationFigures;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The person concerned appeals, within 3 working days of the decision. */
  appealViolation: Violation;
  completeRectificationItem: RectificationItem;
  /** HR decides the penalty within the level. */
  decideViolation: Violation;
  /** The GM office meeting decides the appeal, within 5 working days. */
  decideViolationAppeal: Violation;
  /** Compliance closes a case without a penalty before HR decided. */
  dismissViolation: Violation;
  /** Compliance reports on a violation detected from an event, naming the person concerned. */
  fileViolationReport: Violation;
  /** Freezes affected systems (a data leak freezes them). */
  freezeIncidentSystems: Incident;
  /** Compliance gives the person concerned written notice. */
  giveViolationNotice: Violation;
  grantDocumentAccess: DocumentAccessGrant;
  /** The GM or the GM office meeting names the spokesperson. */
  nameIncidentSpokesperson: Incident;
  /** DOMAIN 4.4: the GM office meeting names the owner of a major item. */
  nameRectificationOwner: RectificationItem;
  openRectificationItem: RectificationItem;
  /** DOMAIN 4.2-4.4 (audit): opens the rectification item of a review finding. */
  openReviewFindingRectification: RectificationItem;
  /** Compliance opens a violation with its investigation report. */
  openViolation: Violation;
  /** Supervision records a paper step or an observation (DOMAIN 4.1: important paper steps are archived). */
  recordAuditNote: AuditEntry;
  /** Finance, the GM or the GM office book spending against the emergency budget; beyond it, LIMIT_EXCEEDED. */
  recordEmergencySpending: EmergencySpendingRecorded;
  /** The regulator or the customers were notified. */
  recordIncidentNotification: Incident;
  /** DOMAIN 4.2 (internal control): records a finding of the month's check, opening a rectification item if asked. */
  recordSampleFinding: SampleFinding;
  /** The GM records HR's decision. */
  recordViolation: Violation;
  registerDocument: ControlledDocument;
  /** Compliance, administration, the GM office or the GM report an incident. */
  reportIncident: Incident;
  reportRectificationProgress: RectificationItem;
  /** Resolves a responding incident once notified as owed; its frozen systems are released. */
  resolveIncident: Incident;
  revokeDocumentAccess: DocumentAccessGrant;
  /** Key rotation: re-wraps every document's data key under the active master key (admin). */
  rewrapDocumentKeys: DocumentKeyRewrap;
  /** DOMAIN 4.2 (internal control): draws the month's sample of 3 customer files, once per month. */
  runMonthlySample: CheckSample;
  /** DOMAIN 4.2 (audit): reviews a year that has ended, once per year. */
  runYearlyReview: YearlyReview;
  /** The response starts: a data leak's systems are frozen, a crisis has its spokesperson. */
  startIncidentResponse: Incident;
  /** An exception application with its risk assessment; approvals decides it. */
  submitExceptionApplication: ExceptionApplication;
  /** The person concerned states their case (or waives it). */
  submitViolationStatement: Violation;
  verifyRectificationItem: RectificationItem;
};


export type MutationAppealViolationArgs = {
  input: AppealViolationInput;
};


export type MutationCompleteRectificationItemArgs = {
  input: CompleteRectificationItemInput;
};


export type MutationDecideViolationArgs = {
  input: DecideViolationInput;
};


export type MutationDecideViolationAppealArgs = {
  input: DecideViolationAppealInput;
};


export type MutationDismissViolationArgs = {
  input: DismissViolationInput;
};


export type MutationFileViolationReportArgs = {
  input: FileViolationReportInput;
};


export type MutationFreezeIncidentSystemsArgs = {
  input: FreezeIncidentSystemsInput;
};


export type MutationGiveViolationNoticeArgs = {
  input: GiveViolationNoticeInput;
};


export type MutationGrantDocumentAccessArgs = {
  input: GrantDocumentAccessInput;
};


export type MutationNameIncidentSpokespersonArgs = {
  input: NameIncidentSpokespersonInput;
};


export type MutationNameRectificationOwnerArgs = {
  input: NameRectificationOwnerInput;
};


export type MutationOpenRectificationItemArgs = {
  input: OpenRectificationItemInput;
};


export type MutationOpenReviewFindingRectificationArgs = {
  input: OpenReviewFindingRectificationInput;
};


export type MutationOpenViolationArgs = {
  input: OpenViolationInput;
};


export type MutationRecordAuditNoteArgs = {
  input: RecordAuditNoteInput;
};


export type MutationRecordEmergencySpendingArgs = {
  input: RecordEmergencySpendingInput;
};


export type MutationRecordIncidentNotificationArgs = {
  input: RecordIncidentNotificationInput;
};


export type MutationRecordSampleFindingArgs = {
  input: RecordSampleFindingInput;
};


export type MutationRecordViolationArgs = {
  input: RecordViolationInput;
};


export type MutationRegisterDocumentArgs = {
  input: RegisterDocumentInput;
};


export type MutationReportIncidentArgs = {
  input: ReportIncidentInput;
};


export type MutationReportRectificationProgressArgs = {
  input: ReportRectificationProgressInput;
};


export type MutationResolveIncidentArgs = {
  input: ResolveIncidentInput;
};


export type MutationRevokeDocumentAccessArgs = {
  input: RevokeDocumentAccessInput;
};


export type MutationRunMonthlySampleArgs = {
  input: RunMonthlySampleInput;
};


export type MutationRunYearlyReviewArgs = {
  input: RunYearlyReviewInput;
};


export type MutationStartIncidentResponseArgs = {
  input: StartIncidentResponseInput;
};


export type MutationSubmitExceptionApplicationArgs = {
  input: SubmitExceptionApplicationInput;
};


export type MutationSubmitViolationStatementArgs = {
  input: SubmitViolationStatementInput;
};


export type MutationVerifyRectificationItemArgs = {
  input: VerifyRectificationItemInput;
};

export type NameIncidentSpokespersonInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** The staff id of the spokesperson. */
  spokesperson: Scalars['String']['input'];
};

export type NameRectificationOwnerInput = {
  /** Default: 7 working days from now. */
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** The person (their user id) who leads the fix. */
  owner: Scalars['String']['input'];
  ownerDepartment: CompanyDepartment;
};

export type NotificationRecipient =
  | 'CUSTOMERS'
  | 'REGULATOR';

export type OpenRectificationItemInput = {
  description: Scalars['String']['input'];
  /** Required for an ordinary item; a major one gets its owner from the GM office meeting. */
  ownerDepartment?: InputMaybe<CompanyDepartment>;
  severity: RectificationSeverity;
  /** AUDIT (audit), CHECK (internal control), VIOLATION (compliance, HR). */
  source: RectificationSource;
  sourceId: Scalars['String']['input'];
};

export type OpenReviewFindingRectificationInput = {
  findingId: Scalars['ID']['input'];
  rectification: FindingRectificationInput;
};

export type OpenViolationInput = {
  cases?: InputMaybe<Scalars['Int']['input']>;
  /** An upper-case code: WRONG_CUSTOMER_DATA, DISCOUNT_WITHOUT_APPROVAL, PRIVACY_LEAK ... */
  category: Scalars['String']['input'];
  level: ViolationLevel;
  personId: Scalars['String']['input'];
  /** Compliance's investigation report. */
  report: Scalars['String']['input'];
  subjectId?: InputMaybe<Scalars['String']['input']>;
  subjectType?: InputMaybe<Scalars['String']['input']>;
  summary: Scalars['String']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Penalty = {
  __typename?: 'Penalty';
  /** CNY, for a fine: the amount per case times the cases. */
  amount?: Maybe<Scalars['Decimal']['output']>;
  kind: PenaltyKind;
};

export type PenaltyKind =
  | 'DEMOTION'
  | 'DISMISSAL'
  | 'FINE'
  | 'WARNING';

/** DOMAIN 4.3 / 2.8: the quarterly customer-profile analysis. */
export type QuarterlyCustomerProfile = {
  __typename?: 'QuarterlyCustomerProfile';
  /** Target <= 1.5 %. */
  activityCostShare: Kpi;
  /** What the campaigns approved in the quarter spent / their budgets (target <= 100 %). */
  budgetAttainment: Kpi;
  campaignCosts: Scalars['Decimal']['output'];
  /** Bought in the 12 months before the quarter, not in it / bought in the 12 months before (target <= 3 %). */
  churnRate: Kpi;
  /** Diamond at the start and still at the end / Diamond at the start (target >= 97 %). */
  diamondRetention: Kpi;
  from: Scalars['DateTime']['output'];
  quarter: Scalars['String']['output'];
  /** 2 or more purchases in the quarter / at least one. */
  repurchaseRate: Kpi;
  /** The repurchase rate's gain on the same quarter a year before (target +5 points). */
  repurchaseRateGain: Kpi;
  repurchaseRateYearBefore?: Maybe<Scalars['Decimal']['output']>;
  revenue: Scalars['Decimal']['output'];
  /** At the quarter's end. */
  tierDistribution: Array<TierCount>;
  /** Tier changes effective in the quarter. */
  tierMovements: Array<TierMovement>;
  to: Scalars['DateTime']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** DOMAIN 4.1: the position and hash of the chain's last entry, to export and hold outside the system. */
  auditChainHead?: Maybe<AuditChainHead>;
  auditEntries?: Maybe<AuditEntryConnection>;
  auditEntry?: Maybe<AuditEntry>;
  /** DOMAIN 4.2: the month's sample of customer files; null before it is drawn. */
  checkSample?: Maybe<CheckSample>;
  controlledDocument?: Maybe<ControlledDocument>;
  controlledDocuments?: Maybe<ControlledDocumentConnection>;
  documentAccessGrants?: Maybe<Array<DocumentAccessGrant>>;
  /** The decrypted content: contracts for the director (or the GM), others with a live grant. Every read is audited. */
  documentContent?: Maybe<DocumentContent>;
  /** The year's emergency budget; default: this year. */
  emergencyBudget?: Maybe<EmergencyBudget>;
  exceptionApplication?: Maybe<ExceptionApplication>;
  exceptionApplications?: Maybe<ExceptionApplicationConnection>;
  incident?: Maybe<Incident>;
  incidents?: Maybe<IncidentConnection>;
  /** DOMAIN 4.2: interaction-record coverage of the month against the 95 % target. */
  interactionCoverage?: Maybe<InteractionCoverage>;
  /** DOMAIN 4.3: the monthly activity report. */
  monthlyReport?: Maybe<MonthlyReport>;
  /** DOMAIN 4.3: the quarterly customer-profile analysis. */
  quarterlyCustomerProfile?: Maybe<QuarterlyCustomerProfile>;
  rectificationItem?: Maybe<RectificationItem>;
  rectificationItems?: Maybe<RectificationItemConnection>;
  /** DOMAIN 4.1: recomputes the chain from `from` to `to` (default: all of it) and names every altered, inserted or removed entry. Audited. */
  verifyAuditChain?: Maybe<AuditChainVerification>;
  violation?: Maybe<Violation>;
  violations?: Maybe<ViolationConnection>;
  /** DOMAIN 4.2: the year's review; null before it is run. */
  yearlyReview?: Maybe<YearlyReview>;
};


export type QueryAuditEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCheckSampleArgs = {
  month: Scalars['String']['input'];
};


export type QueryControlledDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryControlledDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ControlledDocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDocumentAccessGrantsArgs = {
  documentId: Scalars['ID']['input'];
};


export type QueryDocumentContentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmergencyBudgetArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExceptionApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExceptionApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExceptionApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIncidentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIncidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInteractionCoverageArgs = {
  month: Scalars['String']['input'];
};


export type QueryMonthlyReportArgs = {
  month: Scalars['String']['input'];
};


export type QueryQuarterlyCustomerProfileArgs = {
  quarter: Scalars['String']['input'];
};


export type QueryRectificationItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRectificationItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RectificationItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVerifyAuditChainArgs = {
  expectedHead?: InputMaybe<AuditChainHeadInput>;
  from?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryViolationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryViolationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ViolationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryYearlyReviewArgs = {
  year: Scalars['Int']['input'];
};

export type RecordAuditNoteInput = {
  action: Scalars['String']['input'];
  details?: InputMaybe<Scalars['JSONObject']['input']>;
  subjectId: Scalars['String']['input'];
  subjectType: Scalars['String']['input'];
};

export type RecordEmergencySpendingInput = {
  /** CNY. */
  amount: Scalars['Decimal']['input'];
  incidentId: Scalars['ID']['input'];
  purpose: Scalars['String']['input'];
};

export type RecordIncidentNotificationInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  recipient: NotificationRecipient;
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type RecordSampleFindingInput = {
  /** One of the sampled files; none for a finding on the sample as a whole. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  note: Scalars['String']['input'];
  outcome: SampleFindingOutcome;
  rectification?: InputMaybe<FindingRectificationInput>;
  sampleId: Scalars['ID']['input'];
};

export type RecordViolationInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

/** A problem to be put right, with its responsible department and deadline (DOMAIN 4.3-4.4). */
export type RectificationItem = {
  __typename?: 'RectificationItem';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  completedBy?: Maybe<Scalars['String']['output']>;
  /** Completed after the deadline. */
  completedLate?: Maybe<Scalars['Boolean']['output']>;
  completionSummary?: Maybe<Scalars['String']['output']>;
  /** Ordinary: 7 working days after opening; major: set when the owner is named. */
  deadline?: Maybe<Scalars['DateTime']['output']>;
  /** The deadline counted a year the calendar has no holiday data for (weekends only). */
  deadlineProvisional: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  /** Checks of the fix that failed. */
  failedVerifications: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  openedAt: Scalars['DateTime']['output'];
  openedBy: Scalars['String']['output'];
  /** When the overdue job found it past its deadline (once). */
  overdueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The person the GM office meeting named to lead a major item. */
  owner?: Maybe<Scalars['String']['output']>;
  ownerDepartment?: Maybe<CompanyDepartment>;
  ownerNamedAt?: Maybe<Scalars['DateTime']['output']>;
  ownerNamedBy?: Maybe<Scalars['String']['output']>;
  progress: Array<RectificationProgressNote>;
  severity: RectificationSeverity;
  source: RectificationSource;
  /** The finding's id in its source: an audit report number, a check's or violation's id, a complaint's id. */
  sourceId: Scalars['String']['output'];
  status: RectificationStatus;
  verificationNote?: Maybe<Scalars['String']['output']>;
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
  verifiedBy?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type RectificationItemConnection = {
  __typename?: 'RectificationItemConnection';
  edges: Array<RectificationItemEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RectificationItemEdge = {
  __typename?: 'RectificationItemEdge';
  cursor: Scalars['String']['output'];
  node: RectificationItem;
};

export type RectificationItemFilter = {
  /** Marked overdue by the job (true) or not (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  ownerDepartment?: InputMaybe<CompanyDepartment>;
  severity?: InputMaybe<RectificationSeverity>;
  source?: InputMaybe<RectificationSource>;
  sourceId?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<RectificationStatus>>;
};

export type RectificationProgressNote = {
  __typename?: 'RectificationProgressNote';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  note: Scalars['String']['output'];
};

/** ORDINARY: fixed by its department within 7 working days. MAJOR: escalated; the GM office meeting names its owner. */
export type RectificationSeverity =
  | 'MAJOR'
  | 'ORDINARY';

/** Where a finding to be put right comes from. */
export type RectificationSource =
  | 'AUDIT'
  | 'CHECK'
  /** Opened by itself from a complaint's improvement action (complaints' step_recorded event). */
  | 'COMPLAINT_IMPROVEMENT_ACTION'
  | 'VIOLATION';

export type RectificationStatus =
  /** A major item escalated to the GM office meeting: no owner and no deadline yet. */
  | 'AWAITING_OWNER'
  /** Reported fixed by its owner; supervision verifies it. */
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'VERIFIED';

export type RegisterDocumentInput = {
  /** The content in standard base64: at most 5 MiB (DOCUMENT_MAX_BYTES may set less). */
  contentBase64: Scalars['String']['input'];
  /** A media type such as application/pdf (default application/octet-stream). */
  contentType?: InputMaybe<Scalars['String']['input']>;
  kind: DocumentKind;
  name: Scalars['String']['input'];
};

export type ReportIncidentInput = {
  /** The systems it affects (a data leak names at least one). */
  affectedSystems?: InputMaybe<Array<Scalars['String']['input']>>;
  /** When the company learned of it; default: now. */
  detectedAt?: InputMaybe<Scalars['DateTime']['input']>;
  kind: IncidentKind;
  summary: Scalars['String']['input'];
};

export type ReportRectificationProgressInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};

export type ResolveIncidentInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
};

export type ReviewFinding = {
  __typename?: 'ReviewFinding';
  description: Scalars['String']['output'];
  details: Scalars['JSONObject']['output'];
  id: Scalars['ID']['output'];
  /** TIER_MISMATCH, PAID_WITHOUT_APPROVAL, PAID_OVER_APPROVAL, RESOLVED_LATE or RECORDS_DISAGREE. */
  kind: Scalars['String']['output'];
  part: ReviewPart;
  /** The rectification item (source AUDIT) opened for it. */
  rectificationItemId?: Maybe<Scalars['ID']['output']>;
  subjectId: Scalars['String']['output'];
  subjectType: Scalars['String']['output'];
};

export type ReviewFindingConnection = {
  __typename?: 'ReviewFindingConnection';
  edges: Array<ReviewFindingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReviewFindingEdge = {
  __typename?: 'ReviewFindingEdge';
  cursor: Scalars['String']['output'];
  node: ReviewFinding;
};

export type ReviewPart =
  /** What was paid on each approval request against what was approved. */
  | 'BUDGET_EXECUTION'
  /** Complaints resolved after their target, or recorded on time against the breach announced. */
  | 'COMPLAINT_TIMELINESS'
  /** The tier a customer holds against the tier the year's net spend implies. */
  | 'TIER_ACCURACY';

export type ReviewPartSummary = {
  __typename?: 'ReviewPartSummary';
  checked: Scalars['Int']['output'];
  /** Examined without a finding / examined. */
  conformityRate?: Maybe<Scalars['Decimal']['output']>;
  findings: Scalars['Int']['output'];
};

export type RevokeDocumentAccessInput = {
  grantId: Scalars['ID']['input'];
};

export type RiskAssessment = {
  __typename?: 'RiskAssessment';
  level: RiskLevel;
  mitigation: Scalars['String']['output'];
  risks: Scalars['String']['output'];
};

export type RiskAssessmentInput = {
  level: RiskLevel;
  mitigation: Scalars['String']['input'];
  risks: Scalars['String']['input'];
};

export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type RunMonthlySampleInput = {
  month: Scalars['String']['input'];
};

export type RunYearlyReviewInput = {
  year: Scalars['Int']['input'];
};

export type SampleCoverage = {
  __typename?: 'SampleCoverage';
  coverage: Kpi;
  covered: Scalars['Int']['output'];
  files: Scalars['Int']['output'];
  sampleId: Scalars['ID']['output'];
};

/** A finding of the month's check, on one sampled file or on the sample as a whole. */
export type SampleFinding = {
  __typename?: 'SampleFinding';
  customerId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  outcome: SampleFindingOutcome;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  /** The rectification item (source CHECK) the finding opened. */
  rectificationItemId?: Maybe<Scalars['ID']['output']>;
};

export type SampleFindingOutcome =
  | 'CONFORMS'
  | 'NONCONFORMITY';

/** What a sampled customer file holds for the sample's month. */
export type SampledFile = {
  __typename?: 'SampledFile';
  complaints: Scalars['Int']['output'];
  customerId: Scalars['ID']['output'];
  interactionKinds: Array<Scalars['String']['output']>;
  /** Interaction records in the month (campaign contacts, service requests, complaint contacts ...). */
  interactions: Scalars['Int']['output'];
  purchases: Scalars['Int']['output'];
  registeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Net of returns, CNY. */
  spend: Scalars['Decimal']['output'];
  /** At the month's end. */
  tier?: Maybe<Scalars['String']['output']>;
};

export type StartIncidentResponseInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

export type SubmitExceptionApplicationInput = {
  /** CNY at stake; default 0. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  exceptionTo: Scalars['String']['input'];
  justification: Scalars['String']['input'];
  kind: ExceptionKind;
  /** Mandatory (DOMAIN 4.6). */
  riskAssessment: RiskAssessmentInput;
  title: Scalars['String']['input'];
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

export type SubmitViolationStatementInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  statement?: InputMaybe<Scalars['String']['input']>;
  waived?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SystemFreeze = {
  __typename?: 'SystemFreeze';
  frozenAt: Scalars['DateTime']['output'];
  frozenBy: Scalars['String']['output'];
  /** When the resolution released it. */
  releasedAt?: Maybe<Scalars['DateTime']['output']>;
  system: Scalars['String']['output'];
};

export type TargetComparison =
  | 'AT_LEAST'
  | 'AT_MOST';

export type TierCount = {
  __typename?: 'TierCount';
  customers: Scalars['Int']['output'];
  tier: Scalars['String']['output'];
};

export type TierMovement = {
  __typename?: 'TierMovement';
  customers: Scalars['Int']['output'];
  from: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type VerificationOutcome =
  | 'FAILED'
  | 'PASSED';

export type VerifyRectificationItemInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  outcome: VerificationOutcome;
};

/**
 * A violation and its penalty procedure (DOMAIN 4.5): compliance's investigation report -> written notice
 * to the person -> their statement -> HR decides within the level -> the GM records; an appeal within 3
 * working days of the decision, decided by the GM office meeting within 5.
 */
export type Violation = {
  __typename?: 'Violation';
  appeal?: Maybe<ViolationStep>;
  appealDecidedLate?: Maybe<Scalars['Boolean']['output']>;
  appealDecision?: Maybe<ViolationStep>;
  /** The appeal is to be decided before this instant (the end of the 5th working day after the appeal). */
  appealDecisionDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Undecided appeal past its due time. */
  appealDecisionOverdue: Scalars['Boolean']['output'];
  /** An appeal is possible until this instant (the end of the 3rd working day after the decision). */
  appealDueAt?: Maybe<Scalars['DateTime']['output']>;
  appealOutcome?: Maybe<AppealOutcome>;
  cases: Scalars['Int']['output'];
  category: Scalars['String']['output'];
  /** A deadline was counted over a year the calendar has no holiday data for (weekends only). */
  deadlinesProvisional: Scalars['Boolean']['output'];
  decision?: Maybe<ViolationStep>;
  /** The event a detected violation was found in. */
  detectedFromEventId?: Maybe<Scalars['ID']['output']>;
  detectedFromEventType?: Maybe<Scalars['String']['output']>;
  dismissal?: Maybe<ViolationStep>;
  /** The penalty in force: HR's, or the appeal's outcome. */
  finalPenalty?: Maybe<Penalty>;
  id: Scalars['ID']['output'];
  level: ViolationLevel;
  notice?: Maybe<ViolationStep>;
  opened: ViolationStep;
  /** HR's decision. */
  penalty?: Maybe<Penalty>;
  /** The staff id of the person concerned. */
  personId?: Maybe<Scalars['String']['output']>;
  /** What the penalty table proposes for the level and cases. */
  proposedPenalty: Penalty;
  record?: Maybe<ViolationStep>;
  report?: Maybe<ViolationStep>;
  source: ViolationSource;
  statement?: Maybe<ViolationStep>;
  /** Until when the person may state their case before HR decides without it. */
  statementDueAt?: Maybe<Scalars['DateTime']['output']>;
  statementWaived?: Maybe<Scalars['Boolean']['output']>;
  status: ViolationStatus;
  subjectId?: Maybe<Scalars['String']['output']>;
  subjectType?: Maybe<Scalars['String']['output']>;
  summary: Scalars['String']['output'];
  /** Increases with every change; pass it back as expectedVersion to be told of a concurrent change. */
  version: Scalars['Int']['output'];
};

export type ViolationConnection = {
  __typename?: 'ViolationConnection';
  edges: Array<ViolationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ViolationEdge = {
  __typename?: 'ViolationEdge';
  cursor: Scalars['String']['output'];
  node: Violation;
};

export type ViolationFigures = {
  __typename?: 'ViolationFigures';
  byLevel: Array<CountByKey>;
  total: Scalars['Int']['output'];
};

export type ViolationFilter = {
  /** Only appeals past their 5 working days and still undecided. */
  appealDecisionOverdue?: InputMaybe<Scalars['Boolean']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<Array<ViolationLevel>>;
  personId?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<ViolationStatus>>;
};

export type ViolationLevel =
  /** e.g. wrong customer data: a warning or a fine of 100 CNY per case */
  | 'ORDINARY'
  /** e.g. a discount given without approval: a fine of 500 CNY per case */
  | 'SERIOUS'
  /** e.g. leaking customer privacy: demotion or dismissal */
  | 'SEVERE';

export type ViolationSource =
  | 'DETECTED'
  | 'MANUAL';

export type ViolationStatus =
  | 'APPEALED'
  | 'DECIDED'
  | 'DISMISSED'
  | 'NOTIFIED'
  /** Detected from an event; compliance has not reported on it yet. */
  | 'OPEN'
  | 'RECORDED'
  | 'REPORTED'
  | 'RESOLVED'
  | 'STATED';

/** Who took a step of the procedure, when, and what they wrote. */
export type ViolationStep = {
  __typename?: 'ViolationStep';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  text?: Maybe<Scalars['String']['output']>;
};

/** DOMAIN 4.2: audit's yearly review in three parts. */
export type YearlyReview = {
  __typename?: 'YearlyReview';
  budgetExecution: ReviewPartSummary;
  complaintTimeliness: ReviewPartSummary;
  findings: ReviewFindingConnection;
  from: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  runAt: Scalars['DateTime']['output'];
  runBy: Scalars['String']['output'];
  tierAccuracy: ReviewPartSummary;
  to: Scalars['DateTime']['output'];
  year: Scalars['Int']['output'];
};


/** DOMAIN 4.2: audit's yearly review in three parts. */
export type YearlyReviewFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  part?: InputMaybe<ReviewPart>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  ApprovalRequest: ApprovalRequest;
  AuditEntry: AuditEntry;
  Campaign: Campaign;
  Complaint: Complaint;
  ControlledDocument: ControlledDocument;
  Customer: Customer;
  ExceptionApplication: ExceptionApplication;
  RectificationItem: RectificationItem;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ApprovalRequest:
    ( { __typename: 'ApprovalRequest' }
    & GraphQLRecursivePick<FederationTypes['ApprovalRequest'], {"id":true}> );
  AuditEntry:
    ( { __typename: 'AuditEntry' }
    & GraphQLRecursivePick<FederationTypes['AuditEntry'], {"id":true}> );
  Campaign:
    ( { __typename: 'Campaign' }
    & GraphQLRecursivePick<FederationTypes['Campaign'], {"id":true}> );
  Complaint:
    ( { __typename: 'Complaint' }
    & GraphQLRecursivePick<FederationTypes['Complaint'], {"id":true}> );
  ControlledDocument:
    ( { __typename: 'ControlledDocument' }
    & GraphQLRecursivePick<FederationTypes['ControlledDocument'], {"id":true}> );
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  ExceptionApplication:
    ( { __typename: 'ExceptionApplication' }
    & GraphQLRecursivePick<FederationTypes['ExceptionApplication'], {"id":true}> );
  RectificationItem:
    ( { __typename: 'RectificationItem' }
    & GraphQLRecursivePick<FederationTypes['RectificationItem'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AppealOutcome: AppealOutcome;
  AppealViolationInput: AppealViolationInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApprovalRequest: ResolverTypeWrapper<TrailSubjectModel>;
  ApprovalSpending: ResolverTypeWrapper<ApprovalSpending>;
  AuditChainCheckpoint: ResolverTypeWrapper<AuditChainCheckpoint>;
  AuditChainFinding: ResolverTypeWrapper<AuditChainFinding>;
  AuditChainFindingKind: AuditChainFindingKind;
  AuditChainHead: ResolverTypeWrapper<ChainHeadViewModel>;
  AuditChainHeadInput: AuditChainHeadInput;
  AuditChainVerification: ResolverTypeWrapper<Omit<AuditChainVerification, 'head'> & { head: ResolversTypes['AuditChainHead'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AuditEntry: ResolverTypeWrapper<SealedAuditEntryModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditEntryFilter: AuditEntryFilter;
  Campaign: ResolverTypeWrapper<TrailSubjectModel>;
  CheckSample: ResolverTypeWrapper<CheckSampleModel>;
  CompanyDepartment: CompanyDepartment;
  Complaint: ResolverTypeWrapper<TrailSubjectModel>;
  ComplaintFigures: ResolverTypeWrapper<Omit<ComplaintFigures, 'followUpCompletion' | 'onTimeRate'> & { followUpCompletion: ResolversTypes['Kpi'], onTimeRate: ResolversTypes['Kpi'] }>;
  CompleteRectificationItemInput: CompleteRectificationItemInput;
  ControlledDocument: ResolverTypeWrapper<ControlledDocumentModel>;
  ControlledDocumentConnection: ResolverTypeWrapper<Omit<ControlledDocumentConnection, 'edges'> & { edges: Array<ResolversTypes['ControlledDocumentEdge']> }>;
  ControlledDocumentEdge: ResolverTypeWrapper<Omit<ControlledDocumentEdge, 'node'> & { node: ResolversTypes['ControlledDocument'] }>;
  ControlledDocumentFilter: ControlledDocumentFilter;
  CostSaving: ResolverTypeWrapper<Omit<CostSaving, 'budgetAttainment'> & { budgetAttainment: ResolversTypes['Kpi'] }>;
  CountByKey: ResolverTypeWrapper<CountByKey>;
  Customer: ResolverTypeWrapper<TrailSubjectModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideViolationAppealInput: DecideViolationAppealInput;
  DecideViolationInput: DecideViolationInput;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DismissViolationInput: DismissViolationInput;
  DocumentAccessBasis: DocumentAccessBasis;
  DocumentAccessGrant: ResolverTypeWrapper<AccessGrantModel>;
  DocumentContent: ResolverTypeWrapper<DocumentContentModel>;
  DocumentKeyRewrap: ResolverTypeWrapper<DocumentKeyRewrap>;
  DocumentKind: DocumentKind;
  EmergencyBudget: ResolverTypeWrapper<EmergencyBudgetModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  EmergencySpending: ResolverTypeWrapper<EmergencySpendingModel>;
  EmergencySpendingRecorded: ResolverTypeWrapper<SpendingRecordedModel>;
  ExceptionApplication: ResolverTypeWrapper<ExceptionApplicationModel>;
  ExceptionApplicationConnection: ResolverTypeWrapper<Omit<ExceptionApplicationConnection, 'edges'> & { edges: Array<ResolversTypes['ExceptionApplicationEdge']> }>;
  ExceptionApplicationEdge: ResolverTypeWrapper<Omit<ExceptionApplicationEdge, 'node'> & { node: ResolversTypes['ExceptionApplication'] }>;
  ExceptionApplicationFilter: ExceptionApplicationFilter;
  ExceptionKind: ExceptionKind;
  ExceptionStatus: ExceptionStatus;
  FileViolationReportInput: FileViolationReportInput;
  FindingRectificationInput: FindingRectificationInput;
  FreezeIncidentSystemsInput: FreezeIncidentSystemsInput;
  GiveViolationNoticeInput: GiveViolationNoticeInput;
  GrantDocumentAccessInput: GrantDocumentAccessInput;
  ImprovementIdeas: ResolverTypeWrapper<ImprovementIdeas>;
  Incident: ResolverTypeWrapper<IncidentModel>;
  IncidentConnection: ResolverTypeWrapper<Omit<IncidentConnection, 'edges'> & { edges: Array<ResolversTypes['IncidentEdge']> }>;
  IncidentEdge: ResolverTypeWrapper<Omit<IncidentEdge, 'node'> & { node: ResolversTypes['Incident'] }>;
  IncidentFilter: IncidentFilter;
  IncidentKind: IncidentKind;
  IncidentNotification: ResolverTypeWrapper<IncidentNotificationModel>;
  IncidentStatus: IncidentStatus;
  InteractionCoverage: ResolverTypeWrapper<Omit<InteractionCoverage, 'coverage' | 'sample'> & { coverage: ResolversTypes['Kpi'], sample?: Maybe<ResolversTypes['SampleCoverage']> }>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  Kpi: ResolverTypeWrapper<KpiModel>;
  MonthlyReport: ResolverTypeWrapper<Omit<MonthlyReport, 'activityCostShare' | 'complaints' | 'costSaving' | 'interactionCoverage'> & { activityCostShare: ResolversTypes['Kpi'], complaints: ResolversTypes['ComplaintFigures'], costSaving: ResolversTypes['CostSaving'], interactionCoverage: ResolversTypes['Kpi'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NameIncidentSpokespersonInput: NameIncidentSpokespersonInput;
  NameRectificationOwnerInput: NameRectificationOwnerInput;
  NotificationRecipient: NotificationRecipient;
  OpenRectificationItemInput: OpenRectificationItemInput;
  OpenReviewFindingRectificationInput: OpenReviewFindingRectificationInput;
  OpenViolationInput: OpenViolationInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Penalty: ResolverTypeWrapper<Penalty>;
  PenaltyKind: PenaltyKind;
  QuarterlyCustomerProfile: ResolverTypeWrapper<Omit<QuarterlyCustomerProfile, 'activityCostShare' | 'budgetAttainment' | 'churnRate' | 'diamondRetention' | 'repurchaseRate' | 'repurchaseRateGain'> & { activityCostShare: ResolversTypes['Kpi'], budgetAttainment: ResolversTypes['Kpi'], churnRate: ResolversTypes['Kpi'], diamondRetention: ResolversTypes['Kpi'], repurchaseRate: ResolversTypes['Kpi'], repurchaseRateGain: ResolversTypes['Kpi'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordAuditNoteInput: RecordAuditNoteInput;
  RecordEmergencySpendingInput: RecordEmergencySpendingInput;
  RecordIncidentNotificationInput: RecordIncidentNotificationInput;
  RecordSampleFindingInput: RecordSampleFindingInput;
  RecordViolationInput: RecordViolationInput;
  RectificationItem: ResolverTypeWrapper<RectificationItemModel>;
  RectificationItemConnection: ResolverTypeWrapper<Omit<RectificationItemConnection, 'edges'> & { edges: Array<ResolversTypes['RectificationItemEdge']> }>;
  RectificationItemEdge: ResolverTypeWrapper<Omit<RectificationItemEdge, 'node'> & { node: ResolversTypes['RectificationItem'] }>;
  RectificationItemFilter: RectificationItemFilter;
  RectificationProgressNote: ResolverTypeWrapper<RectificationProgressNote>;
  RectificationSeverity: RectificationSeverity;
  RectificationSource: RectificationSource;
  RectificationStatus: RectificationStatus;
  RegisterDocumentInput: RegisterDocumentInput;
  ReportIncidentInput: ReportIncidentInput;
  ReportRectificationProgressInput: ReportRectificationProgressInput;
  ResolveIncidentInput: ResolveIncidentInput;
  ReviewFinding: ResolverTypeWrapper<ReviewFindingModel>;
  ReviewFindingConnection: ResolverTypeWrapper<Omit<ReviewFindingConnection, 'edges'> & { edges: Array<ResolversTypes['ReviewFindingEdge']> }>;
  ReviewFindingEdge: ResolverTypeWrapper<Omit<ReviewFindingEdge, 'node'> & { node: ResolversTypes['ReviewFinding'] }>;
  ReviewPart: ReviewPart;
  ReviewPartSummary: ResolverTypeWrapper<ReviewPartSummary>;
  RevokeDocumentAccessInput: RevokeDocumentAccessInput;
  RiskAssessment: ResolverTypeWrapper<RiskAssessment>;
  RiskAssessmentInput: RiskAssessmentInput;
  RiskLevel: RiskLevel;
  RunMonthlySampleInput: RunMonthlySampleInput;
  RunYearlyReviewInput: RunYearlyReviewInput;
  SampleCoverage: ResolverTypeWrapper<Omit<SampleCoverage, 'coverage'> & { coverage: ResolversTypes['Kpi'] }>;
  SampleFinding: ResolverTypeWrapper<SampleFindingModel>;
  SampleFindingOutcome: SampleFindingOutcome;
  SampledFile: ResolverTypeWrapper<SampledFile>;
  StartIncidentResponseInput: StartIncidentResponseInput;
  SubmitExceptionApplicationInput: SubmitExceptionApplicationInput;
  SubmitViolationStatementInput: SubmitViolationStatementInput;
  SystemFreeze: ResolverTypeWrapper<SystemFreezeModel>;
  TargetComparison: TargetComparison;
  TierCount: ResolverTypeWrapper<TierCount>;
  TierMovement: ResolverTypeWrapper<TierMovement>;
  VerificationOutcome: VerificationOutcome;
  VerifyRectificationItemInput: VerifyRectificationItemInput;
  Violation: ResolverTypeWrapper<ViolationModel>;
  ViolationConnection: ResolverTypeWrapper<Omit<ViolationConnection, 'edges'> & { edges: Array<ResolversTypes['ViolationEdge']> }>;
  ViolationEdge: ResolverTypeWrapper<Omit<ViolationEdge, 'node'> & { node: ResolversTypes['Violation'] }>;
  ViolationFigures: ResolverTypeWrapper<ViolationFigures>;
  ViolationFilter: ViolationFilter;
  ViolationLevel: ViolationLevel;
  ViolationSource: ViolationSource;
  ViolationStatus: ViolationStatus;
  ViolationStep: ResolverTypeWrapper<StepModel>;
  YearlyReview: ResolverTypeWrapper<YearlyReviewModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AppealViolationInput: AppealViolationInput;
  ID: Scalars['ID']['output'];
  ApprovalRequest: TrailSubjectModel;
  ApprovalSpending: ApprovalSpending;
  AuditChainCheckpoint: AuditChainCheckpoint;
  AuditChainFinding: AuditChainFinding;
  AuditChainHead: ChainHeadViewModel;
  AuditChainHeadInput: AuditChainHeadInput;
  AuditChainVerification: Omit<AuditChainVerification, 'head'> & { head: ResolversParentTypes['AuditChainHead'] };
  Boolean: Scalars['Boolean']['output'];
  AuditEntry: SealedAuditEntryModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditEntryFilter: AuditEntryFilter;
  Campaign: TrailSubjectModel;
  CheckSample: CheckSampleModel;
  Complaint: TrailSubjectModel;
  ComplaintFigures: Omit<ComplaintFigures, 'followUpCompletion' | 'onTimeRate'> & { followUpCompletion: ResolversParentTypes['Kpi'], onTimeRate: ResolversParentTypes['Kpi'] };
  CompleteRectificationItemInput: CompleteRectificationItemInput;
  ControlledDocument: ControlledDocumentModel;
  ControlledDocumentConnection: Omit<ControlledDocumentConnection, 'edges'> & { edges: Array<ResolversParentTypes['ControlledDocumentEdge']> };
  ControlledDocumentEdge: Omit<ControlledDocumentEdge, 'node'> & { node: ResolversParentTypes['ControlledDocument'] };
  ControlledDocumentFilter: ControlledDocumentFilter;
  CostSaving: Omit<CostSaving, 'budgetAttainment'> & { budgetAttainment: ResolversParentTypes['Kpi'] };
  CountByKey: CountByKey;
  Customer: TrailSubjectModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecideViolationAppealInput: DecideViolationAppealInput;
  DecideViolationInput: DecideViolationInput;
  Decimal: Scalars['Decimal']['output'];
  DismissViolationInput: DismissViolationInput;
  DocumentAccessGrant: AccessGrantModel;
  DocumentContent: DocumentContentModel;
  DocumentKeyRewrap: DocumentKeyRewrap;
  EmergencyBudget: EmergencyBudgetModel;
  Float: Scalars['Float']['output'];
  EmergencySpending: EmergencySpendingModel;
  EmergencySpendingRecorded: SpendingRecordedModel;
  ExceptionApplication: ExceptionApplicationModel;
  ExceptionApplicationConnection: Omit<ExceptionApplicationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ExceptionApplicationEdge']> };
  ExceptionApplicationEdge: Omit<ExceptionApplicationEdge, 'node'> & { node: ResolversParentTypes['ExceptionApplication'] };
  ExceptionApplicationFilter: ExceptionApplicationFilter;
  FileViolationReportInput: FileViolationReportInput;
  FindingRectificationInput: FindingRectificationInput;
  FreezeIncidentSystemsInput: FreezeIncidentSystemsInput;
  GiveViolationNoticeInput: GiveViolationNoticeInput;
  GrantDocumentAccessInput: GrantDocumentAccessInput;
  ImprovementIdeas: ImprovementIdeas;
  Incident: IncidentModel;
  IncidentConnection: Omit<IncidentConnection, 'edges'> & { edges: Array<ResolversParentTypes['IncidentEdge']> };
  IncidentEdge: Omit<IncidentEdge, 'node'> & { node: ResolversParentTypes['Incident'] };
  IncidentFilter: IncidentFilter;
  IncidentNotification: IncidentNotificationModel;
  InteractionCoverage: Omit<InteractionCoverage, 'coverage' | 'sample'> & { coverage: ResolversParentTypes['Kpi'], sample?: Maybe<ResolversParentTypes['SampleCoverage']> };
  JSONObject: Scalars['JSONObject']['output'];
  Kpi: KpiModel;
  MonthlyReport: Omit<MonthlyReport, 'activityCostShare' | 'complaints' | 'costSaving' | 'interactionCoverage'> & { activityCostShare: ResolversParentTypes['Kpi'], complaints: ResolversParentTypes['ComplaintFigures'], costSaving: ResolversParentTypes['CostSaving'], interactionCoverage: ResolversParentTypes['Kpi'] };
  Mutation: Record<PropertyKey, never>;
  NameIncidentSpokespersonInput: NameIncidentSpokespersonInput;
  NameRectificationOwnerInput: NameRectificationOwnerInput;
  OpenRectificationItemInput: OpenRectificationItemInput;
  OpenReviewFindingRectificationInput: OpenReviewFindingRectificationInput;
  OpenViolationInput: OpenViolationInput;
  PageInfo: PageInfo;
  Penalty: Penalty;
  QuarterlyCustomerProfile: Omit<QuarterlyCustomerProfile, 'activityCostShare' | 'budgetAttainment' | 'churnRate' | 'diamondRetention' | 'repurchaseRate' | 'repurchaseRateGain'> & { activityCostShare: ResolversParentTypes['Kpi'], budgetAttainment: ResolversParentTypes['Kpi'], churnRate: ResolversParentTypes['Kpi'], diamondRetention: ResolversParentTypes['Kpi'], repurchaseRate: ResolversParentTypes['Kpi'], repurchaseRateGain: ResolversParentTypes['Kpi'] };
  Query: Record<PropertyKey, never>;
  RecordAuditNoteInput: RecordAuditNoteInput;
  RecordEmergencySpendingInput: RecordEmergencySpendingInput;
  RecordIncidentNotificationInput: RecordIncidentNotificationInput;
  RecordSampleFindingInput: RecordSampleFindingInput;
  RecordViolationInput: RecordViolationInput;
  RectificationItem: RectificationItemModel;
  RectificationItemConnection: Omit<RectificationItemConnection, 'edges'> & { edges: Array<ResolversParentTypes['RectificationItemEdge']> };
  RectificationItemEdge: Omit<RectificationItemEdge, 'node'> & { node: ResolversParentTypes['RectificationItem'] };
  RectificationItemFilter: RectificationItemFilter;
  RectificationProgressNote: RectificationProgressNote;
  RegisterDocumentInput: RegisterDocumentInput;
  ReportIncidentInput: ReportIncidentInput;
  ReportRectificationProgressInput: ReportRectificationProgressInput;
  ResolveIncidentInput: ResolveIncidentInput;
  ReviewFinding: ReviewFindingModel;
  ReviewFindingConnection: Omit<ReviewFindingConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReviewFindingEdge']> };
  ReviewFindingEdge: Omit<ReviewFindingEdge, 'node'> & { node: ResolversParentTypes['ReviewFinding'] };
  ReviewPartSummary: ReviewPartSummary;
  RevokeDocumentAccessInput: RevokeDocumentAccessInput;
  RiskAssessment: RiskAssessment;
  RiskAssessmentInput: RiskAssessmentInput;
  RunMonthlySampleInput: RunMonthlySampleInput;
  RunYearlyReviewInput: RunYearlyReviewInput;
  SampleCoverage: Omit<SampleCoverage, 'coverage'> & { coverage: ResolversParentTypes['Kpi'] };
  SampleFinding: SampleFindingModel;
  SampledFile: SampledFile;
  StartIncidentResponseInput: StartIncidentResponseInput;
  SubmitExceptionApplicationInput: SubmitExceptionApplicationInput;
  SubmitViolationStatementInput: SubmitViolationStatementInput;
  SystemFreeze: SystemFreezeModel;
  TierCount: TierCount;
  TierMovement: TierMovement;
  VerifyRectificationItemInput: VerifyRectificationItemInput;
  Violation: ViolationModel;
  ViolationConnection: Omit<ViolationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ViolationEdge']> };
  ViolationEdge: Omit<ViolationEdge, 'node'> & { node: ResolversParentTypes['Violation'] };
  ViolationFigures: ViolationFigures;
  ViolationFilter: ViolationFilter;
  ViolationStep: StepModel;
  YearlyReview: YearlyReviewModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
}>;

export type BoundsDirectiveArgs = {
  max?: Maybe<Scalars['String']['input']>;
  maxItems?: Maybe<Scalars['Int']['input']>;
  maxLength?: Maybe<Scalars['Int']['input']>;
  min?: Maybe<Scalars['String']['input']>;
  minLength?: Maybe<Scalars['Int']['input']>;
  pattern?: Maybe<Scalars['String']['input']>;
  precision?: Maybe<Scalars['Int']['input']>;
  scale?: Maybe<Scalars['Int']['input']>;
};

export type BoundsDirectiveResolver<Result, Parent, ContextType = Context, Args = BoundsDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ApprovalRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApprovalRequest'] = ResolversParentTypes['ApprovalRequest'], FederationReferenceType extends FederationReferenceTypes['ApprovalRequest'] = FederationReferenceTypes['ApprovalRequest']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ApprovalRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditTrail?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, RequireFields<ApprovalRequestAuditTrailArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ApprovalSpendingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApprovalSpending'] = ResolversParentTypes['ApprovalSpending']> = ResolversObject<{
  approvedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  approvedRequests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paymentsOverApproval?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditChainCheckpointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditChainCheckpoint'] = ResolversParentTypes['AuditChainCheckpoint']> = ResolversObject<{
  cutoff?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  purgedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type AuditChainFindingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditChainFinding'] = ResolversParentTypes['AuditChainFinding']> = ResolversObject<{
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AuditChainFindingKind'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditChainHeadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditChainHead'] = ResolversParentTypes['AuditChainHead']> = ResolversObject<{
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  purgedThrough?: Resolver<Maybe<ResolversTypes['AuditChainCheckpoint']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type AuditChainVerificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditChainVerification'] = ResolversParentTypes['AuditChainVerification']> = ResolversObject<{
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['AuditChainFinding']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  head?: Resolver<ResolversTypes['AuditChainHead'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry'], FederationReferenceType extends FederationReferenceTypes['AuditEntry'] = FederationReferenceTypes['AuditEntry']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AuditEntry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previousHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retainUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type CampaignResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign'], FederationReferenceType extends FederationReferenceTypes['Campaign'] = FederationReferenceTypes['Campaign']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Campaign']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditTrail?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, RequireFields<CampaignAuditTrailArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CheckSampleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CheckSample'] = ResolversParentTypes['CheckSample']> = ResolversObject<{
  customerIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  drawnAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  drawnBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['SampledFile']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['SampleFinding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  populationDigest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  populationSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reproduced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ComplaintResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Complaint'] = ResolversParentTypes['Complaint'], FederationReferenceType extends FederationReferenceTypes['Complaint'] = FederationReferenceTypes['Complaint']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Complaint']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditTrail?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, RequireFields<ComplaintAuditTrailArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ComplaintFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplaintFigures'] = ResolversParentTypes['ComplaintFigures']> = ResolversObject<{
  averageSatisfaction?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  byCategory?: Resolver<Array<ResolversTypes['CountByKey']>, ParentType, ContextType>;
  followUpCompletion?: Resolver<ResolversTypes['Kpi'], ParentType, ContextType>;
  followUpsDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  followUpsDue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inquiries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<ResolversTypes['Kpi'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfactionResponses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ControlledDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ControlledDocument'] = ResolversParentTypes['ControlledDocument'], FederationReferenceType extends FederationReferenceTypes['ControlledDocument'] = FederationReferenceTypes['ControlledDocument']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ControlledDocument']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  documentVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  extension?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  registeredBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ControlledDocumentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ControlledDocumentConnection'] = ResolversParentTypes['ControlledDocumentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ControlledDocumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ControlledDocumentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ControlledDocumentEdge'] = ResolversParentTypes['ControlledDocumentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ControlledDocument'], ParentType, ContextType>;
}>;

export type CostSavingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CostSaving'] = ResolversParentTypes['CostSaving']> = ResolversObject<{
  budget?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  budgetAttainment?: Resolver<ResolversTypes['Kpi'], ParentType, ContextType>;
  campaignsClosed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  saving?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  savingRate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type CountByKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountByKey'] = ResolversParentTypes['CountByKey']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditTrail?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, RequireFields<CustomerAuditTrailArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DocumentAccessGrantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentAccessGrant'] = ResolversParentTypes['DocumentAccessGrant']> = ResolversObject<{
  document?: Resolver<Maybe<ResolversTypes['ControlledDocument']>, ParentType, ContextType>;
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grantee?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type DocumentContentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentContent'] = ResolversParentTypes['DocumentContent']> = ResolversObject<{
  access?: Resolver<ResolversTypes['DocumentAccessBasis'], ParentType, ContextType>;
  contentBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['ControlledDocument'], ParentType, ContextType>;
  grantId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  readAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type DocumentKeyRewrapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentKeyRewrap'] = ResolversParentTypes['DocumentKeyRewrap']> = ResolversObject<{
  activeKeyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failed?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rewrapped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EmergencyBudgetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmergencyBudget'] = ResolversParentTypes['EmergencyBudget']> = ResolversObject<{
  budget?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  lastYearActivityTotal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EmergencySpendingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmergencySpending'] = ResolversParentTypes['EmergencySpending']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  budgetYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  spentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type EmergencySpendingRecordedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmergencySpendingRecorded'] = ResolversParentTypes['EmergencySpendingRecorded']> = ResolversObject<{
  budget?: Resolver<ResolversTypes['EmergencyBudget'], ParentType, ContextType>;
  incident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType>;
  spending?: Resolver<ResolversTypes['EmergencySpending'], ParentType, ContextType>;
}>;

export type ExceptionApplicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExceptionApplication'] = ResolversParentTypes['ExceptionApplication'], FederationReferenceType extends FederationReferenceTypes['ExceptionApplication'] = FederationReferenceTypes['ExceptionApplication']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ExceptionApplication']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  applicant?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  approvalRequest?: Resolver<Maybe<ResolversTypes['ApprovalRequest']>, ParentType, ContextType>;
  approvalRequestId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exceptionTo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  justification?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ExceptionKind'], ParentType, ContextType>;
  riskAssessment?: Resolver<ResolversTypes['RiskAssessment'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExceptionStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExceptionApplicationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExceptionApplicationConnection'] = ResolversParentTypes['ExceptionApplicationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExceptionApplicationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExceptionApplicationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExceptionApplicationEdge'] = ResolversParentTypes['ExceptionApplicationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ExceptionApplication'], ParentType, ContextType>;
}>;

export type ImprovementIdeasResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImprovementIdeas'] = ResolversParentTypes['ImprovementIdeas']> = ResolversObject<{
  customerSuggestions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rectificationItemsBySource?: Resolver<Array<ResolversTypes['CountByKey']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IncidentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Incident'] = ResolversParentTypes['Incident']> = ResolversObject<{
  affectedSystems?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  detectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  freezes?: Resolver<Array<ResolversTypes['SystemFreeze']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IncidentKind'], ParentType, ContextType>;
  notifications?: Resolver<Array<ResolversTypes['IncidentNotification']>, ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reportedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  responseStartedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  spending?: Resolver<Array<ResolversTypes['EmergencySpending']>, ParentType, ContextType>;
  spentTotal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  spokesperson?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  spokespersonNamedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IncidentStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unfrozenSystems?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IncidentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IncidentConnection'] = ResolversParentTypes['IncidentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['IncidentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IncidentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IncidentEdge'] = ResolversParentTypes['IncidentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Incident'], ParentType, ContextType>;
}>;

export type IncidentNotificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IncidentNotification'] = ResolversParentTypes['IncidentNotification']> = ResolversObject<{
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueProvisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['NotificationRecipient'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sentBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type InteractionCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InteractionCoverage'] = ResolversParentTypes['InteractionCoverage']> = ResolversObject<{
  coverage?: Resolver<ResolversTypes['Kpi'], ParentType, ContextType>;
  covered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sample?: Resolver<Maybe<ResolversTypes['SampleCoverage']>, ParentType, ContextType>;
  targeted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uncovered?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type KpiResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Kpi'] = ResolversParentTypes['Kpi']> = ResolversObject<{
  comparison?: Resolver<Maybe<ResolversTypes['TargetComparison']>, ParentType, ContextType>;
  met?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
}>;

export type MonthlyReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonthlyReport'] = ResolversParentTypes['MonthlyReport']> = ResolversObject<{
  activityCostShare?: Resolver<ResolversTypes['Kpi'], ParentType, ContextType>;
  campaignCosts?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  complaints?: Resolver<ResolversTypes['ComplaintFigures'], ParentType, ContextType>;
  costSaving?: Resolver<ResolversTypes['CostSaving'], ParentType, ContextType>;
  customersReached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  improvementIdeas?: Resolver<ResolversTypes['ImprovementIdeas'], ParentType, ContextType>;
  interactionCoverage?: Resolver<ResolversTypes['Kpi'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  spending?: Resolver<ResolversTypes['ApprovalSpending'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  violations?: Resolver<ResolversTypes['ViolationFigures'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  appealViolation?: Resolver<ResolversTypes['Violation'], ParentType, ContextType, RequireFields<MutationAppealViolationArgs, 'input'>>;
  completeRectificationItem?: Resolver<ResolversTypes['RectificationItem'], ParentType, ContextType, RequireFields<MutationCompleteRectificationItemArgs, 'input'>>;
  decideViolation?: Resolver<ResolversTypes['Violation'], ParentType, ContextType, RequireFields<MutationDecideViolationArgs, 'input'>>;
  decideViolationAppeal?: Resolver<ResolversTypes['Violation'], ParentType, ContextType, RequireFields<MutationDecideViolationAppealArgs, 'input'>>;
  dismissViolation?: Resolver<ResolversTypes['Violation'], ParentType, ContextType, RequireFields<MutationDismissViolationArgs, 'input'>>;
  fileViolationReport?: Resolver<ResolversTypes['Violation'], ParentType, ContextType, RequireFields<MutationFileViolationReportArgs, 'input'>>;
  freezeIncidentSystems?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationFreezeIncidentSystemsArgs, 'input'>>;
  giveViolationNotice?: Resolver<ResolversTypes['Violation'], ParentType, ContextType, RequireFields<MutationGiveViolationNoticeArgs, 'input'>>;
  grantDocumentAccess?: Resolver<ResolversTypes['DocumentAccessGrant'], ParentType, ContextType, RequireFields<MutationGrantDocumentAccessArgs, 'input'>>;
  nameIncidentSpokesperson?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationNameIncidentSpokespersonArgs, 'input'>>;
  nameRectificationOwner?: Resolver<ResolversTypes['RectificationItem'], ParentType, ContextType, RequireFields<MutationNameRectificationOwnerArgs, 'input'>>;
  openRectificationItem?: Resolver<ResolversTypes['RectificationItem'], ParentType, ContextType, RequireFields<MutationOpenRectificationItemArgs, 'input'>>;
  openReviewFindingRectification?: Resolver<ResolversTypes['RectificationItem'], ParentType, ContextType, RequireFields<MutationOpenReviewFindingRectificationArgs, 'input'>>;
  openViolation?: Resolver<ResolversTypes['Violation'], ParentType, ContextType, RequireFields<MutationOpenViolationArgs, 'input'>>;
  recordAuditNote?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType, RequireFields<MutationRecordAuditNoteArgs, 'input'>>;
  recordEmergencySpending?: Resolver<ResolversTypes['EmergencySpendingRecorded'], ParentType, ContextType, RequireFields<MutationRecordEmergencySpendingArgs, 'input'>>;
  recordIncidentNotification?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationRecordIncidentNotificationArgs, 'input'>>;
  recordSampleFinding?: Resolver<ResolversTypes['SampleFinding'], ParentType, ContextType, RequireFields<MutationRecordSampleFindingArgs, 'input'>>;
  recordViolation?: Resolver<ResolversTypes['Violation'], ParentType, ContextType, RequireFields<MutationRecordViolationArgs, 'input'>>;
  registerDocument?: Resolver<ResolversTypes['ControlledDocument'], ParentType, ContextType, RequireFields<MutationRegisterDocumentArgs, 'input'>>;
  reportIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationReportIncidentArgs, 'input'>>;
  reportRectificationProgress?: Resolver<ResolversTypes['RectificationItem'], ParentType, ContextType, RequireFields<MutationReportRectificationProgressArgs, 'input'>>;
  resolveIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationResolveIncidentArgs, 'input'>>;
  revokeDocumentAccess?: Resolver<ResolversTypes['DocumentAccessGrant'], ParentType, ContextType, RequireFields<MutationRevokeDocumentAccessArgs, 'input'>>;
  rewrapDocumentKeys?: Resolver<ResolversTypes['DocumentKeyRewrap'], ParentType, ContextType>;
  runMonthlySample?: Resolver<ResolversTypes['CheckSample'], ParentType, ContextType, RequireFields<MutationRunMonthlySampleArgs, 'input'>>;
  runYearlyReview?: Resolver<ResolversTypes['YearlyReview'], ParentType, ContextType, RequireFields<MutationRunYearlyReviewArgs, 'input'>>;
  startIncidentResponse?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationStartIncidentResponseArgs, 'input'>>;
  submitExceptionApplication?: Resolver<ResolversTypes['ExceptionApplication'], ParentType, ContextType, RequireFields<MutationSubmitExceptionApplicationArgs, 'input'>>;
  submitViolationStatement?: Resolver<ResolversTypes['Violation'], ParentType, ContextType, RequireFields<MutationSubmitViolationStatementArgs, 'input'>>;
  verifyRectificationItem?: Resolver<ResolversTypes['RectificationItem'], ParentType, ContextType, RequireFields<MutationVerifyRectificationItemArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PenaltyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Penalty'] = ResolversParentTypes['Penalty']> = ResolversObject<{
  amount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PenaltyKind'], ParentType, ContextType>;
}>;

export type QuarterlyCustomerProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuarterlyCustomerProfile'] = ResolversParentTypes['QuarterlyCustomerProfile']> = ResolversObject<{
  activityCostShare?: Resolver<ResolversTypes['Kpi'], ParentType, ContextType>;
  budgetAttainment?: Resolver<ResolversTypes['Kpi'], ParentType, ContextType>;
  campaignCosts?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  churnRate?: Resolver<ResolversTypes['Kpi'], ParentType, ContextType>;
  diamondRetention?: Resolver<ResolversTypes['Kpi'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  quarter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  repurchaseRate?: Resolver<ResolversTypes['Kpi'], ParentType, ContextType>;
  repurchaseRateGain?: Resolver<ResolversTypes['Kpi'], ParentType, ContextType>;
  repurchaseRateYearBefore?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  tierDistribution?: Resolver<Array<ResolversTypes['TierCount']>, ParentType, ContextType>;
  tierMovements?: Resolver<Array<ResolversTypes['TierMovement']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditChainHead?: Resolver<Maybe<ResolversTypes['AuditChainHead']>, ParentType, ContextType>;
  auditEntries?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, RequireFields<QueryAuditEntriesArgs, 'first'>>;
  auditEntry?: Resolver<Maybe<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryAuditEntryArgs, 'id'>>;
  checkSample?: Resolver<Maybe<ResolversTypes['CheckSample']>, ParentType, ContextType, RequireFields<QueryCheckSampleArgs, 'month'>>;
  controlledDocument?: Resolver<Maybe<ResolversTypes['ControlledDocument']>, ParentType, ContextType, RequireFields<QueryControlledDocumentArgs, 'id'>>;
  controlledDocuments?: Resolver<Maybe<ResolversTypes['ControlledDocumentConnection']>, ParentType, ContextType, RequireFields<QueryControlledDocumentsArgs, 'first'>>;
  documentAccessGrants?: Resolver<Maybe<Array<ResolversTypes['DocumentAccessGrant']>>, ParentType, ContextType, RequireFields<QueryDocumentAccessGrantsArgs, 'documentId'>>;
  documentContent?: Resolver<Maybe<ResolversTypes['DocumentContent']>, ParentType, ContextType, RequireFields<QueryDocumentContentArgs, 'id'>>;
  emergencyBudget?: Resolver<Maybe<ResolversTypes['EmergencyBudget']>, ParentType, ContextType, Partial<QueryEmergencyBudgetArgs>>;
  exceptionApplication?: Resolver<Maybe<ResolversTypes['ExceptionApplication']>, ParentType, ContextType, RequireFields<QueryExceptionApplicationArgs, 'id'>>;
  exceptionApplications?: Resolver<Maybe<ResolversTypes['ExceptionApplicationConnection']>, ParentType, ContextType, RequireFields<QueryExceptionApplicationsArgs, 'first'>>;
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType, RequireFields<QueryIncidentArgs, 'id'>>;
  incidents?: Resolver<Maybe<ResolversTypes['IncidentConnection']>, ParentType, ContextType, RequireFields<QueryIncidentsArgs, 'first'>>;
  interactionCoverage?: Resolver<Maybe<ResolversTypes['InteractionCoverage']>, ParentType, ContextType, RequireFields<QueryInteractionCoverageArgs, 'month'>>;
  monthlyReport?: Resolver<Maybe<ResolversTypes['MonthlyReport']>, ParentType, ContextType, RequireFields<QueryMonthlyReportArgs, 'month'>>;
  quarterlyCustomerProfile?: Resolver<Maybe<ResolversTypes['QuarterlyCustomerProfile']>, ParentType, ContextType, RequireFields<QueryQuarterlyCustomerProfileArgs, 'quarter'>>;
  rectificationItem?: Resolver<Maybe<ResolversTypes['RectificationItem']>, ParentType, ContextType, RequireFields<QueryRectificationItemArgs, 'id'>>;
  rectificationItems?: Resolver<Maybe<ResolversTypes['RectificationItemConnection']>, ParentType, ContextType, RequireFields<QueryRectificationItemsArgs, 'first'>>;
  verifyAuditChain?: Resolver<Maybe<ResolversTypes['AuditChainVerification']>, ParentType, ContextType, Partial<QueryVerifyAuditChainArgs>>;
  violation?: Resolver<Maybe<ResolversTypes['Violation']>, ParentType, ContextType, RequireFields<QueryViolationArgs, 'id'>>;
  violations?: Resolver<Maybe<ResolversTypes['ViolationConnection']>, ParentType, ContextType, RequireFields<QueryViolationsArgs, 'first'>>;
  yearlyReview?: Resolver<Maybe<ResolversTypes['YearlyReview']>, ParentType, ContextType, RequireFields<QueryYearlyReviewArgs, 'year'>>;
}>;

export type RectificationItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RectificationItem'] = ResolversParentTypes['RectificationItem'], FederationReferenceType extends FederationReferenceTypes['RectificationItem'] = FederationReferenceTypes['RectificationItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RectificationItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completedLate?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  completionSummary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deadlineProvisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failedVerifications?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerDepartment?: Resolver<Maybe<ResolversTypes['CompanyDepartment']>, ParentType, ContextType>;
  ownerNamedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  ownerNamedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  progress?: Resolver<Array<ResolversTypes['RectificationProgressNote']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['RectificationSeverity'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['RectificationSource'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RectificationStatus'], ParentType, ContextType>;
  verificationNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  verifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RectificationItemConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RectificationItemConnection'] = ResolversParentTypes['RectificationItemConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RectificationItemEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RectificationItemEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RectificationItemEdge'] = ResolversParentTypes['RectificationItemEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RectificationItem'], ParentType, ContextType>;
}>;

export type RectificationProgressNoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RectificationProgressNote'] = ResolversParentTypes['RectificationProgressNote']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReviewFindingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewFinding'] = ResolversParentTypes['ReviewFinding']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  part?: Resolver<ResolversTypes['ReviewPart'], ParentType, ContextType>;
  rectificationItemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReviewFindingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewFindingConnection'] = ResolversParentTypes['ReviewFindingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReviewFindingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReviewFindingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewFindingEdge'] = ResolversParentTypes['ReviewFindingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReviewFinding'], ParentType, ContextType>;
}>;

export type ReviewPartSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewPartSummary'] = ResolversParentTypes['ReviewPartSummary']> = ResolversObject<{
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  conformityRate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RiskAssessmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RiskAssessment'] = ResolversParentTypes['RiskAssessment']> = ResolversObject<{
  level?: Resolver<ResolversTypes['RiskLevel'], ParentType, ContextType>;
  mitigation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  risks?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SampleCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SampleCoverage'] = ResolversParentTypes['SampleCoverage']> = ResolversObject<{
  coverage?: Resolver<ResolversTypes['Kpi'], ParentType, ContextType>;
  covered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  files?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sampleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SampleFindingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SampleFinding'] = ResolversParentTypes['SampleFinding']> = ResolversObject<{
  customerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['SampleFindingOutcome'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rectificationItemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type SampledFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SampledFile'] = ResolversParentTypes['SampledFile']> = ResolversObject<{
  complaints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interactionKinds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  interactions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  purchases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  spend?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SystemFreezeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SystemFreeze'] = ResolversParentTypes['SystemFreeze']> = ResolversObject<{
  frozenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  frozenBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  releasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  system?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TierCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierCount'] = ResolversParentTypes['TierCount']> = ResolversObject<{
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TierMovementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierMovement'] = ResolversParentTypes['TierMovement']> = ResolversObject<{
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ViolationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Violation'] = ResolversParentTypes['Violation']> = ResolversObject<{
  appeal?: Resolver<Maybe<ResolversTypes['ViolationStep']>, ParentType, ContextType>;
  appealDecidedLate?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  appealDecision?: Resolver<Maybe<ResolversTypes['ViolationStep']>, ParentType, ContextType>;
  appealDecisionDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  appealDecisionOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  appealDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  appealOutcome?: Resolver<Maybe<ResolversTypes['AppealOutcome']>, ParentType, ContextType>;
  cases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deadlinesProvisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['ViolationStep']>, ParentType, ContextType>;
  detectedFromEventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  detectedFromEventType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dismissal?: Resolver<Maybe<ResolversTypes['ViolationStep']>, ParentType, ContextType>;
  finalPenalty?: Resolver<Maybe<ResolversTypes['Penalty']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['ViolationLevel'], ParentType, ContextType>;
  notice?: Resolver<Maybe<ResolversTypes['ViolationStep']>, ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['ViolationStep'], ParentType, ContextType>;
  penalty?: Resolver<Maybe<ResolversTypes['Penalty']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proposedPenalty?: Resolver<ResolversTypes['Penalty'], ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['ViolationStep']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['ViolationStep']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ViolationSource'], ParentType, ContextType>;
  statement?: Resolver<Maybe<ResolversTypes['ViolationStep']>, ParentType, ContextType>;
  statementDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  statementWaived?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ViolationStatus'], ParentType, ContextType>;
  subjectId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subjectType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ViolationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ViolationConnection'] = ResolversParentTypes['ViolationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ViolationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ViolationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ViolationEdge'] = ResolversParentTypes['ViolationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Violation'], ParentType, ContextType>;
}>;

export type ViolationFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ViolationFigures'] = ResolversParentTypes['ViolationFigures']> = ResolversObject<{
  byLevel?: Resolver<Array<ResolversTypes['CountByKey']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ViolationStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ViolationStep'] = ResolversParentTypes['ViolationStep']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type YearlyReviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['YearlyReview'] = ResolversParentTypes['YearlyReview']> = ResolversObject<{
  budgetExecution?: Resolver<ResolversTypes['ReviewPartSummary'], ParentType, ContextType>;
  complaintTimeliness?: Resolver<ResolversTypes['ReviewPartSummary'], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['ReviewFindingConnection'], ParentType, ContextType, RequireFields<YearlyReviewFindingsArgs, 'first'>>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  runAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  runBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tierAccuracy?: Resolver<ResolversTypes['ReviewPartSummary'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  ApprovalRequest?: ApprovalRequestResolvers<ContextType>;
  ApprovalSpending?: ApprovalSpendingResolvers<ContextType>;
  AuditChainCheckpoint?: AuditChainCheckpointResolvers<ContextType>;
  AuditChainFinding?: AuditChainFindingResolvers<ContextType>;
  AuditChainHead?: AuditChainHeadResolvers<ContextType>;
  AuditChainVerification?: AuditChainVerificationResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  CheckSample?: CheckSampleResolvers<ContextType>;
  Complaint?: ComplaintResolvers<ContextType>;
  ComplaintFigures?: ComplaintFiguresResolvers<ContextType>;
  ControlledDocument?: ControlledDocumentResolvers<ContextType>;
  ControlledDocumentConnection?: ControlledDocumentConnectionResolvers<ContextType>;
  ControlledDocumentEdge?: ControlledDocumentEdgeResolvers<ContextType>;
  CostSaving?: CostSavingResolvers<ContextType>;
  CountByKey?: CountByKeyResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DocumentAccessGrant?: DocumentAccessGrantResolvers<ContextType>;
  DocumentContent?: DocumentContentResolvers<ContextType>;
  DocumentKeyRewrap?: DocumentKeyRewrapResolvers<ContextType>;
  EmergencyBudget?: EmergencyBudgetResolvers<ContextType>;
  EmergencySpending?: EmergencySpendingResolvers<ContextType>;
  EmergencySpendingRecorded?: EmergencySpendingRecordedResolvers<ContextType>;
  ExceptionApplication?: ExceptionApplicationResolvers<ContextType>;
  ExceptionApplicationConnection?: ExceptionApplicationConnectionResolvers<ContextType>;
  ExceptionApplicationEdge?: ExceptionApplicationEdgeResolvers<ContextType>;
  ImprovementIdeas?: ImprovementIdeasResolvers<ContextType>;
  Incident?: IncidentResolvers<ContextType>;
  IncidentConnection?: IncidentConnectionResolvers<ContextType>;
  IncidentEdge?: IncidentEdgeResolvers<ContextType>;
  IncidentNotification?: IncidentNotificationResolvers<ContextType>;
  InteractionCoverage?: InteractionCoverageResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  Kpi?: KpiResolvers<ContextType>;
  MonthlyReport?: MonthlyReportResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Penalty?: PenaltyResolvers<ContextType>;
  QuarterlyCustomerProfile?: QuarterlyCustomerProfileResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RectificationItem?: RectificationItemResolvers<ContextType>;
  RectificationItemConnection?: RectificationItemConnectionResolvers<ContextType>;
  RectificationItemEdge?: RectificationItemEdgeResolvers<ContextType>;
  RectificationProgressNote?: RectificationProgressNoteResolvers<ContextType>;
  ReviewFinding?: ReviewFindingResolvers<ContextType>;
  ReviewFindingConnection?: ReviewFindingConnectionResolvers<ContextType>;
  ReviewFindingEdge?: ReviewFindingEdgeResolvers<ContextType>;
  ReviewPartSummary?: ReviewPartSummaryResolvers<ContextType>;
  RiskAssessment?: RiskAssessmentResolvers<ContextType>;
  SampleCoverage?: SampleCoverageResolvers<ContextType>;
  SampleFinding?: SampleFindingResolvers<ContextType>;
  SampledFile?: SampledFileResolvers<ContextType>;
  SystemFreeze?: SystemFreezeResolvers<ContextType>;
  TierCount?: TierCountResolvers<ContextType>;
  TierMovement?: TierMovementResolvers<ContextType>;
  Violation?: ViolationResolvers<ContextType>;
  ViolationConnection?: ViolationConnectionResolvers<ContextType>;
  ViolationEdge?: ViolationEdgeResolvers<ContextType>;
  ViolationFigures?: ViolationFiguresResolvers<ContextType>;
  ViolationStep?: ViolationStepResolvers<ContextType>;
  YearlyReview?: YearlyReviewResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  bounds?: BoundsDirectiveResolver<any, any, ContextType>;
}>;

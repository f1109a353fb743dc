import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { SealedAuditEntry as SealedAuditEntryModel } from '../../domain/audit-chain';
import { Violation as ViolationModel, Step as StepModel } from '../../domain/violation';
import { ChainHeadView as ChainHeadViewModel } from '../../application/verify-audit-chain';
import { RectificationItem as RectificationItemModel } from '../../domain/rectification';
import { ControlledDocument as ControlledDocumentModel, AccessGrant as AccessGrantModel } from '../../domain/controlled-document';
import { DocumentContent as DocumentContentModel } from '../../application/read-document-content';
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

/** Every department of the company (owners of rectification items may be any of them). */
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

export type FileViolationReportInput = {
  cases?: InputMaybe<Scalars['Int']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  level?: InputMaybe<ViolationLevel>;
  personId?: InputMaybe<Scalars['String']['input']>;
  report: Scalars['String']['input'];
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
  /** Compliance gives the person concerned written notice. */
  giveViolationNotice: Violation;
  grantDocumentAccess: DocumentAccessGrant;
  /** DOMAIN 4.4: the GM office meeting names the owner of a major item. */
  nameRectificationOwner: RectificationItem;
  openRectificationItem: RectificationItem;
  /** Compliance opens a violation with its investigation report. */
  openViolation: Violation;
  /** Supervision records a paper step or an observation (DOMAIN 4.1: important paper steps are archived). */
  recordAuditNote: AuditEntry;
  /** The GM records HR's decision. */
  recordViolation: Violation;
  registerDocument: ControlledDocument;
  reportRectificationProgress: RectificationItem;
  revokeDocumentAccess: DocumentAccessGrant;
  /** Key rotation: re-wraps every document's data key under the active master key (admin). */
  rewrapDocumentKeys: DocumentKeyRewrap;
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


export type MutationGiveViolationNoticeArgs = {
  input: GiveViolationNoticeInput;
};


export type MutationGrantDocumentAccessArgs = {
  input: GrantDocumentAccessInput;
};


export type MutationNameRectificationOwnerArgs = {
  input: NameRectificationOwnerInput;
};


export type MutationOpenRectificationItemArgs = {
  input: OpenRectificationItemInput;
};


export type MutationOpenViolationArgs = {
  input: OpenViolationInput;
};


export type MutationRecordAuditNoteArgs = {
  input: RecordAuditNoteInput;
};


export type MutationRecordViolationArgs = {
  input: RecordViolationInput;
};


export type MutationRegisterDocumentArgs = {
  input: RegisterDocumentInput;
};


export type MutationReportRectificationProgressArgs = {
  input: ReportRectificationProgressInput;
};


export type MutationRevokeDocumentAccessArgs = {
  input: RevokeDocumentAccessInput;
};


export type MutationSubmitViolationStatementArgs = {
  input: SubmitViolationStatementInput;
};


export type MutationVerifyRectificationItemArgs = {
  input: VerifyRectificationItemInput;
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

export type OpenRectificationItemInput = {
  description: Scalars['String']['input'];
  /** Required for an ordinary item; a major one gets its owner from the GM office meeting. */
  ownerDepartment?: InputMaybe<CompanyDepartment>;
  severity: RectificationSeverity;
  /** AUDIT (audit), CHECK (internal control), VIOLATION (compliance, HR). */
  source: RectificationSource;
  sourceId: Scalars['String']['input'];
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

export type Query = {
  __typename?: 'Query';
  /** DOMAIN 4.1: the position and hash of the chain's last entry, to export and hold outside the system. */
  auditChainHead?: Maybe<AuditChainHead>;
  auditEntries?: Maybe<AuditEntryConnection>;
  auditEntry?: Maybe<AuditEntry>;
  controlledDocument?: Maybe<ControlledDocument>;
  controlledDocuments?: Maybe<ControlledDocumentConnection>;
  documentAccessGrants?: Maybe<Array<DocumentAccessGrant>>;
  /** The decrypted content: contracts for the director (or the GM), others with a live grant. Every read is audited. */
  documentContent?: Maybe<DocumentContent>;
  rectificationItem?: Maybe<RectificationItem>;
  rectificationItems?: Maybe<RectificationItemConnection>;
  /** DOMAIN 4.1: recomputes the chain from `from` to `to` (default: all of it) and names every altered, inserted or removed entry. Audited. */
  verifyAuditChain?: Maybe<AuditChainVerification>;
  violation?: Maybe<Violation>;
  violations?: Maybe<ViolationConnection>;
};


export type QueryAuditEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditEntryArgs = {
  id: Scalars['ID']['input'];
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

export type RecordAuditNoteInput = {
  action: Scalars['String']['input'];
  details?: InputMaybe<Scalars['JSONObject']['input']>;
  subjectId: Scalars['String']['input'];
  subjectType: Scalars['String']['input'];
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

export type ReportRectificationProgressInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};

export type RevokeDocumentAccessInput = {
  grantId: Scalars['ID']['input'];
};

export type SubmitViolationStatementInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  statement?: InputMaybe<Scalars['String']['input']>;
  waived?: InputMaybe<Scalars['Boolean']['input']>;
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
  AuditEntry: AuditEntry;
  ControlledDocument: ControlledDocument;
  RectificationItem: RectificationItem;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AuditEntry:
    ( { __typename: 'AuditEntry' }
    & GraphQLRecursivePick<FederationTypes['AuditEntry'], {"id":true}> );
  ControlledDocument:
    ( { __typename: 'ControlledDocument' }
    & GraphQLRecursivePick<FederationTypes['ControlledDocument'], {"id":true}> );
  RectificationItem:
    ( { __typename: 'RectificationItem' }
    & GraphQLRecursivePick<FederationTypes['RectificationItem'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AppealOutcome: AppealOutcome;
  AppealViolationInput: AppealViolationInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
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
  CompanyDepartment: CompanyDepartment;
  CompleteRectificationItemInput: CompleteRectificationItemInput;
  ControlledDocument: ResolverTypeWrapper<ControlledDocumentModel>;
  ControlledDocumentConnection: ResolverTypeWrapper<Omit<ControlledDocumentConnection, 'edges'> & { edges: Array<ResolversTypes['ControlledDocumentEdge']> }>;
  ControlledDocumentEdge: ResolverTypeWrapper<Omit<ControlledDocumentEdge, 'node'> & { node: ResolversTypes['ControlledDocument'] }>;
  ControlledDocumentFilter: ControlledDocumentFilter;
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
  FileViolationReportInput: FileViolationReportInput;
  GiveViolationNoticeInput: GiveViolationNoticeInput;
  GrantDocumentAccessInput: GrantDocumentAccessInput;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NameRectificationOwnerInput: NameRectificationOwnerInput;
  OpenRectificationItemInput: OpenRectificationItemInput;
  OpenViolationInput: OpenViolationInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Penalty: ResolverTypeWrapper<Penalty>;
  PenaltyKind: PenaltyKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordAuditNoteInput: RecordAuditNoteInput;
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
  ReportRectificationProgressInput: ReportRectificationProgressInput;
  RevokeDocumentAccessInput: RevokeDocumentAccessInput;
  SubmitViolationStatementInput: SubmitViolationStatementInput;
  VerificationOutcome: VerificationOutcome;
  VerifyRectificationItemInput: VerifyRectificationItemInput;
  Violation: ResolverTypeWrapper<ViolationModel>;
  ViolationConnection: ResolverTypeWrapper<Omit<ViolationConnection, 'edges'> & { edges: Array<ResolversTypes['ViolationEdge']> }>;
  ViolationEdge: ResolverTypeWrapper<Omit<ViolationEdge, 'node'> & { node: ResolversTypes['Violation'] }>;
  ViolationFilter: ViolationFilter;
  ViolationLevel: ViolationLevel;
  ViolationSource: ViolationSource;
  ViolationStatus: ViolationStatus;
  ViolationStep: ResolverTypeWrapper<StepModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AppealViolationInput: AppealViolationInput;
  ID: Scalars['ID']['output'];
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
  CompleteRectificationItemInput: CompleteRectificationItemInput;
  ControlledDocument: ControlledDocumentModel;
  ControlledDocumentConnection: Omit<ControlledDocumentConnection, 'edges'> & { edges: Array<ResolversParentTypes['ControlledDocumentEdge']> };
  ControlledDocumentEdge: Omit<ControlledDocumentEdge, 'node'> & { node: ResolversParentTypes['ControlledDocument'] };
  ControlledDocumentFilter: ControlledDocumentFilter;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecideViolationAppealInput: DecideViolationAppealInput;
  DecideViolationInput: DecideViolationInput;
  Decimal: Scalars['Decimal']['output'];
  DismissViolationInput: DismissViolationInput;
  DocumentAccessGrant: AccessGrantModel;
  DocumentContent: DocumentContentModel;
  DocumentKeyRewrap: DocumentKeyRewrap;
  FileViolationReportInput: FileViolationReportInput;
  GiveViolationNoticeInput: GiveViolationNoticeInput;
  GrantDocumentAccessInput: GrantDocumentAccessInput;
  JSONObject: Scalars['JSONObject']['output'];
  Mutation: Record<PropertyKey, never>;
  NameRectificationOwnerInput: NameRectificationOwnerInput;
  OpenRectificationItemInput: OpenRectificationItemInput;
  OpenViolationInput: OpenViolationInput;
  PageInfo: PageInfo;
  Penalty: Penalty;
  Query: Record<PropertyKey, never>;
  RecordAuditNoteInput: RecordAuditNoteInput;
  RecordViolationInput: RecordViolationInput;
  RectificationItem: RectificationItemModel;
  RectificationItemConnection: Omit<RectificationItemConnection, 'edges'> & { edges: Array<ResolversParentTypes['RectificationItemEdge']> };
  RectificationItemEdge: Omit<RectificationItemEdge, 'node'> & { node: ResolversParentTypes['RectificationItem'] };
  RectificationItemFilter: RectificationItemFilter;
  RectificationProgressNote: RectificationProgressNote;
  RegisterDocumentInput: RegisterDocumentInput;
  ReportRectificationProgressInput: ReportRectificationProgressInput;
  RevokeDocumentAccessInput: RevokeDocumentAccessInput;
  SubmitViolationStatementInput: SubmitViolationStatementInput;
  VerifyRectificationItemInput: VerifyRectificationItemInput;
  Violation: ViolationModel;
  ViolationConnection: Omit<ViolationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ViolationEdge']> };
  ViolationEdge: Omit<ViolationEdge, 'node'> & { node: ResolversParentTypes['Violation'] };
  ViolationFilter: ViolationFilter;
  ViolationStep: StepModel;
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

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  appealViolation?: Resolver<ResolversTypes['Violation'], ParentType, ContextType, RequireFields<MutationAppealViolationArgs, 'input'>>;
  completeRectificationItem?: Resolver<ResolversTypes['RectificationItem'], ParentType, ContextType, RequireFields<MutationCompleteRectificationItemArgs, 'input'>>;
  decideViolation?: Resolver<ResolversTypes['Violation'], ParentType, ContextType, RequireFields<MutationDecideViolationArgs, 'input'>>;
  decideViolationAppeal?: Resolver<ResolversTypes['Violation'], ParentType, ContextType, RequireFields<MutationDecideViolationAppealArgs, 'input'>>;
  dismissViolation?: Resolver<ResolversTypes['Violation'], ParentType, ContextType, RequireFields<MutationDismissViolationArgs, 'input'>>;
  fileViolationReport?: Resolver<ResolversTypes['Violation'], ParentType, ContextType, RequireFields<MutationFileViolationReportArgs, 'input'>>;
  giveViolationNotice?: Resolver<ResolversTypes['Violation'], ParentType, ContextType, RequireFields<MutationGiveViolationNoticeArgs, 'input'>>;
  grantDocumentAccess?: Resolver<ResolversTypes['DocumentAccessGrant'], ParentType, ContextType, RequireFields<MutationGrantDocumentAccessArgs, 'input'>>;
  nameRectificationOwner?: Resolver<ResolversTypes['RectificationItem'], ParentType, ContextType, RequireFields<MutationNameRectificationOwnerArgs, 'input'>>;
  openRectificationItem?: Resolver<ResolversTypes['RectificationItem'], ParentType, ContextType, RequireFields<MutationOpenRectificationItemArgs, 'input'>>;
  openViolation?: Resolver<ResolversTypes['Violation'], ParentType, ContextType, RequireFields<MutationOpenViolationArgs, 'input'>>;
  recordAuditNote?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType, RequireFields<MutationRecordAuditNoteArgs, 'input'>>;
  recordViolation?: Resolver<ResolversTypes['Violation'], ParentType, ContextType, RequireFields<MutationRecordViolationArgs, 'input'>>;
  registerDocument?: Resolver<ResolversTypes['ControlledDocument'], ParentType, ContextType, RequireFields<MutationRegisterDocumentArgs, 'input'>>;
  reportRectificationProgress?: Resolver<ResolversTypes['RectificationItem'], ParentType, ContextType, RequireFields<MutationReportRectificationProgressArgs, 'input'>>;
  revokeDocumentAccess?: Resolver<ResolversTypes['DocumentAccessGrant'], ParentType, ContextType, RequireFields<MutationRevokeDocumentAccessArgs, 'input'>>;
  rewrapDocumentKeys?: Resolver<ResolversTypes['DocumentKeyRewrap'], ParentType, ContextType>;
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

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditChainHead?: Resolver<Maybe<ResolversTypes['AuditChainHead']>, ParentType, ContextType>;
  auditEntries?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, RequireFields<QueryAuditEntriesArgs, 'first'>>;
  auditEntry?: Resolver<Maybe<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryAuditEntryArgs, 'id'>>;
  controlledDocument?: Resolver<Maybe<ResolversTypes['ControlledDocument']>, ParentType, ContextType, RequireFields<QueryControlledDocumentArgs, 'id'>>;
  controlledDocuments?: Resolver<Maybe<ResolversTypes['ControlledDocumentConnection']>, ParentType, ContextType, RequireFields<QueryControlledDocumentsArgs, 'first'>>;
  documentAccessGrants?: Resolver<Maybe<Array<ResolversTypes['DocumentAccessGrant']>>, ParentType, ContextType, RequireFields<QueryDocumentAccessGrantsArgs, 'documentId'>>;
  documentContent?: Resolver<Maybe<ResolversTypes['DocumentContent']>, ParentType, ContextType, RequireFields<QueryDocumentContentArgs, 'id'>>;
  rectificationItem?: Resolver<Maybe<ResolversTypes['RectificationItem']>, ParentType, ContextType, RequireFields<QueryRectificationItemArgs, 'id'>>;
  rectificationItems?: Resolver<Maybe<ResolversTypes['RectificationItemConnection']>, ParentType, ContextType, RequireFields<QueryRectificationItemsArgs, 'first'>>;
  verifyAuditChain?: Resolver<Maybe<ResolversTypes['AuditChainVerification']>, ParentType, ContextType, Partial<QueryVerifyAuditChainArgs>>;
  violation?: Resolver<Maybe<ResolversTypes['Violation']>, ParentType, ContextType, RequireFields<QueryViolationArgs, 'id'>>;
  violations?: Resolver<Maybe<ResolversTypes['ViolationConnection']>, ParentType, ContextType, RequireFields<QueryViolationsArgs, 'first'>>;
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

export type ViolationStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ViolationStep'] = ResolversParentTypes['ViolationStep']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AuditChainCheckpoint?: AuditChainCheckpointResolvers<ContextType>;
  AuditChainFinding?: AuditChainFindingResolvers<ContextType>;
  AuditChainHead?: AuditChainHeadResolvers<ContextType>;
  AuditChainVerification?: AuditChainVerificationResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  ControlledDocument?: ControlledDocumentResolvers<ContextType>;
  ControlledDocumentConnection?: ControlledDocumentConnectionResolvers<ContextType>;
  ControlledDocumentEdge?: ControlledDocumentEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DocumentAccessGrant?: DocumentAccessGrantResolvers<ContextType>;
  DocumentContent?: DocumentContentResolvers<ContextType>;
  DocumentKeyRewrap?: DocumentKeyRewrapResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Penalty?: PenaltyResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RectificationItem?: RectificationItemResolvers<ContextType>;
  RectificationItemConnection?: RectificationItemConnectionResolvers<ContextType>;
  RectificationItemEdge?: RectificationItemEdgeResolvers<ContextType>;
  RectificationProgressNote?: RectificationProgressNoteResolvers<ContextType>;
  Violation?: ViolationResolvers<ContextType>;
  ViolationConnection?: ViolationConnectionResolvers<ContextType>;
  ViolationEdge?: ViolationEdgeResolvers<ContextType>;
  ViolationStep?: ViolationStepResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  bounds?: BoundsDirectiveResolver<any, any, ContextType>;
}>;

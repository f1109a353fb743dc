import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { ApprovalRequest as ApprovalRequestModel } from '../../domain/approval-request';
import { ApprovalStepView as ApprovalStepViewModel, RouteStepView as RouteStepViewModel, PendingApprovalView as PendingApprovalViewModel } from '../views';
import { AuthorityPolicyVersion as AuthorityPolicyVersionModel, PolicyRule as PolicyRuleModel, PolicyBand as PolicyBandModel, PolicyStep as PolicyStepModel } from '../../domain/authority-policy';
import { RoutePreview as RoutePreviewModel } from '../../application/preview-approval-route';
import { Delegation as DelegationModel } from '../../domain/delegation';
import { Payment as PaymentModel } from '../../domain/payment';
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
  DateTime: { input: Date; output: Date; }
  Decimal: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type ApprovalDecision =
  | 'APPROVE'
  /** Ends the request; needs a reason. */
  | 'REJECT'
  /** Sends the request back to the applicant; needs a reason saying what to change. */
  | 'RETURN_FOR_CHANGES';

/** The thing another service asked to have approved: that service finds its record by it. */
export type ApprovalReference = {
  __typename?: 'ApprovalReference';
  aggregate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  service: Scalars['String']['output'];
};

/**
 * A request for approval, routed by the authority policy into a chain of steps (DOMAIN 3.1, 3.2). Owned by
 * the approvals service.
 */
export type ApprovalRequest = {
  __typename?: 'ApprovalRequest';
  /** The amount in question, an exact decimal (for a points redemption: its value in CNY). */
  amount: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  /** The step to decide now; null unless the request is PENDING. */
  currentStep?: Maybe<ApprovalStep>;
  /** When the request reached its outcome (its last step, a rejection, or a withdrawal). */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who took the final decision, or withdrew the request. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** A step was decided after its due time: a supplementary approval carrying why it came late (DOMAIN 3.7). */
  decidedLate: Scalars['Boolean']['output'];
  /** The delegation the final decider acted under, when the authority was delegated to them (DOMAIN 3.5). */
  decidedUnderDelegation?: Maybe<Scalars['ID']['output']>;
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** The applicant's department, when known: its head decides the department head's step. */
  department?: Maybe<CompanyDepartment>;
  /** The whole approval is decided within 2 working days of submission (a campaign 1), each step its share (DOMAIN 3.3). */
  dueAt: Scalars['DateTime']['output'];
  /** True when the due date was computed over a year the calendar has no holiday data for (weekends only). */
  dueAtProvisional: Scalars['Boolean']['output'];
  /** Carried out at once through the expedited channel and approved afterwards; it skips no step (DOMAIN 3.3, 3.6). */
  expedited: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Internal control's check that a late decision was necessary. */
  lateReview?: Maybe<LateReview>;
  /** The order the money is for: payments must name it (DOMAIN 3.8). */
  orderNumber?: Maybe<Scalars['String']['output']>;
  /** True while pending past its due date (DOMAIN 3.7). */
  overdue: Scalars['Boolean']['output'];
  overdueExplanation?: Maybe<Scalars['String']['output']>;
  /** Everything paid against the request; never more than `amount` (DOMAIN 3.8). */
  paidAmount: Scalars['Decimal']['output'];
  payments: Array<Payment>;
  /**
   * The authority policy version the request was routed by: it keeps it while in flight, whatever is
   * published meanwhile. Null for a request from before versioned policies (a chain of one step).
   */
  policyVersion?: Maybe<Scalars['Int']['output']>;
  /**
   * An expedited request's deadline for the approval that ratifies what already went ahead (DOMAIN 3.6):
   * the policy's working days from submission (2 by default). Null for a request that is not expedited.
   */
  ratificationDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** True while an expedited request awaits its ratification past that deadline. */
  ratificationOverdue: Scalars['Boolean']['output'];
  /** When it was found unratified past the deadline and announced (`emergency.ratification_overdue`), once. */
  ratificationOverdueAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the request is about when another service asked for it (a redemption, a compensation ...). */
  reference?: Maybe<ApprovalReference>;
  requestedBy: Scalars['String']['output'];
  /** Who finally decides: the authority of the chain's last step, by the authority matrix. */
  requiredAuthority: Authority;
  status: ApprovalStatus;
  /** Every step, by round then position: the chain, and the steps of rounds returned for changes. */
  steps: Array<ApprovalStep>;
  /**
   * What the request approves. Null for a request submitted directly (an expense, a purchase ...). The
   * subject is read with the rules of the service that owns it: null to a reader it may not show the thing
   * to (another customer's, say), and a reader it refuses gets that service's error for this field.
   */
  subject?: Maybe<ApprovalSubject>;
  submittedAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
  type: ApprovalType;
  /** Increases with every change; pass it back when deciding to be told of a concurrent change. */
  version: Scalars['Int']['output'];
};

export type ApprovalRequestConnection = {
  __typename?: 'ApprovalRequestConnection';
  edges: Array<ApprovalRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ApprovalRequestEdge = {
  __typename?: 'ApprovalRequestEdge';
  cursor: Scalars['String']['output'];
  node: ApprovalRequest;
};

export type ApprovalRequestFilter = {
  /** Late decisions internal control has not reviewed yet (true), or every other request (false). */
  needsLateReview?: InputMaybe<Scalars['Boolean']['input']>;
  /** The authority of the chain's last step. */
  requiredAuthority?: InputMaybe<Array<Authority>>;
  status?: InputMaybe<Array<ApprovalStatus>>;
  type?: InputMaybe<Array<ApprovalType>>;
};

/** The chain a request would travel if it were submitted now, with its due times (DOMAIN 3.1-3.3). */
export type ApprovalRoute = {
  __typename?: 'ApprovalRoute';
  amount: Scalars['Decimal']['output'];
  department?: Maybe<CompanyDepartment>;
  dueAt: Scalars['DateTime']['output'];
  policyVersion: Scalars['Int']['output'];
  /** The authority of the last step. */
  requiredAuthority: Authority;
  steps: Array<RouteStep>;
  type: ApprovalType;
  workingDays: Scalars['Int']['output'];
};

export type ApprovalStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED'
  /** Sent back to the applicant for changes; pending again once resubmitted. */
  | 'RETURNED'
  | 'WITHDRAWN';

/**
 * One step of a request's chain (DOMAIN 3.2): the authority that decides it, its share of the time limit
 * (DOMAIN 3.3), and what was decided, by whom, under which delegation, and why.
 */
export type ApprovalStep = {
  __typename?: 'ApprovalStep';
  /** The delegation the decider acted under (DOMAIN 3.5). */
  actingFor?: Maybe<Scalars['ID']['output']>;
  /** Who took the step: the person who decided it. */
  assignee?: Maybe<Scalars['String']['output']>;
  authority: Authority;
  /** The reason of a rejection, what to change for a return, or an approval's remark. */
  comment?: Maybe<Scalars['String']['output']>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** Decided after its due time, with a written explanation (DOMAIN 3.7). */
  decidedLate: Scalars['Boolean']['output'];
  decision?: Maybe<ApprovalDecision>;
  /** The department whose head decides the step; null: any holder of the authority. */
  department?: Maybe<CompanyDepartment>;
  dueAt: Scalars['DateTime']['output'];
  /** True while this is the step to decide and it is past its due time (DOMAIN 3.3, 3.7). */
  overdue: Scalars['Boolean']['output'];
  /**
   * When it was found undecided past its due time and announced (`step.overdue`), once; from then on it is
   * also in the queue of the next authority up (DOMAIN 3.7).
   */
  overdueAt?: Maybe<Scalars['DateTime']['output']>;
  overdueExplanation?: Maybe<Scalars['String']['output']>;
  /** 1 for the first step of the chain. */
  position: Scalars['Int']['output'];
  /** The role that holds the authority. */
  role: Scalars['String']['output'];
  /**
   * 1 at submission. A request returned for changes and resubmitted is decided again in a new round, from
   * the step that returned it.
   */
  round: Scalars['Int']['output'];
  /** Decided by a higher authority in place of the step's own (DOMAIN 3.4). */
  skipLevel?: Maybe<SkipLevel>;
  /** No longer part of the chain: returned for changes, or routed away when the request was resubmitted. */
  superseded: Scalars['Boolean']['output'];
};

/**
 * The thing an approval request approves, when another service asked for it. Each member is owned by the
 * service that asked (customers-and-loyalty; complaints for a solution, whose compensation the request
 * approves; governance for an exception application) and resolved there: read it with inline fragments, e.g.
 * `subject { __typename ... on Redemption { points customer { name tier } } ... on Solution { description
 * complaint { number } } }`. The members' `status` fields, and the `kind` of a discount and of an
 * application, are of different enums: alias them when selecting more than one (`redemptionStatus: status`).
 */
export type ApprovalSubject = Campaign | Discount | ExceptionApplication | Redemption | Solution;

export type ApprovalType =
  | 'CAMPAIGN'
  | 'COMPENSATION'
  | 'DISCOUNT'
  | 'EXPENSE'
  | 'OTHER'
  | 'POINTS_REDEMPTION'
  | 'PURCHASE';

/** The authorities that decide steps; each is held by one role (`ApprovalStep.role`). */
export type Authority =
  | 'CS_DIRECTOR'
  | 'CS_MANAGER'
  | 'CS_SPECIALIST'
  | 'DEPARTMENT_HEAD'
  | 'FINANCE'
  | 'GM'
  | 'GM_OFFICE_MEETING'
  | 'INTERNAL_CONTROL'
  | 'LOYALTY_SUPERVISOR'
  | 'VP';

/** An amount band in CNY: up to and including `upTo`, or below `below`; the last band is open at the top. */
export type AuthorityBand = {
  __typename?: 'AuthorityBand';
  below?: Maybe<Scalars['Decimal']['output']>;
  /** The chain, in order. */
  steps: Array<PolicyStep>;
  upTo?: Maybe<Scalars['Decimal']['output']>;
};

export type AuthorityBandInput = {
  /** Below this amount (CNY), for a band whose limit belongs to the next one. */
  below?: InputMaybe<Scalars['Decimal']['input']>;
  steps: Array<PolicyStepInput>;
  /** Up to and including this amount (CNY). */
  upTo?: InputMaybe<Scalars['Decimal']['input']>;
};

/**
 * A published version of the authority policy (DOMAIN 3.1, 3.2): business type x amount band -> the chain
 * of steps that decides it. In force from `effectiveFrom` until a later version takes over; a request keeps
 * the version it was routed by.
 */
export type AuthorityPolicy = {
  __typename?: 'AuthorityPolicy';
  effectiveFrom: Scalars['DateTime']['output'];
  /** An emergency carried out at once is ratified by its approval within this many working days (DOMAIN 3.6). */
  emergencyRatificationWorkingDays: Scalars['Int']['output'];
  publishedAt: Scalars['DateTime']['output'];
  publishedBy: Scalars['String']['output'];
  rules: Array<AuthorityRule>;
  version: Scalars['Int']['output'];
};

/** The chains of one business type (for one applicant department, when `department` is set). */
export type AuthorityRule = {
  __typename?: 'AuthorityRule';
  bands: Array<AuthorityBand>;
  /** The rule for this department's requests; null: the type's rule for every other department. */
  department?: Maybe<CompanyDepartment>;
  type: ApprovalType;
  /** The whole approval is decided within this many working days; each step gets an equal share (DOMAIN 3.3). */
  workingDays: Scalars['Int']['output'];
};

export type AuthorityRuleInput = {
  /** In ascending order of amount, the last one open at the top. */
  bands: Array<AuthorityBandInput>;
  department?: InputMaybe<CompanyDepartment>;
  type: ApprovalType;
  workingDays: Scalars['Int']['input'];
};

export type Campaign = {
  __typename?: 'Campaign';
  /**
   * The request that approves the campaign (internal control's compliance review, then its budget's
   * authority, DOMAIN 2.4, 3.1). Null before the campaign is submitted, until approvals has opened it, and
   * to a reader who may not see it.
   */
  approval?: Maybe<ApprovalRequest>;
  id: Scalars['ID']['output'];
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

export type DecideApprovalRequestInput = {
  decision: ApprovalDecision;
  /** The version you read; a request changed since then gives CONFLICT instead of a silent overwrite. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** Required when the step is past its time limit: why the decision comes late (DOMAIN 3.7). */
  overdueExplanation?: InputMaybe<Scalars['String']['input']>;
  /** Required for a rejection and for a return for changes (what to change); an approval may carry a remark. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Required to decide in place of a lower authority (DOMAIN 3.4). */
  skipLevel?: InputMaybe<SkipLevelInput>;
  /** The position of the step you read: another step being current gives CONFLICT. */
  step?: InputMaybe<Scalars['Int']['input']>;
};

/** How the caller would decide a step of their queue. */
export type DecidingAs =
  /** As the delegate of that authority, within the delegation's scope (DOMAIN 3.5). */
  | 'DELEGATE'
  /** As the holder of the step's authority. */
  | 'HOLDER'
  /** As a higher authority in place of the step's own: needs `skipLevel` (DOMAIN 3.4). */
  | 'SKIP_LEVEL';

/**
 * A written delegation of approval authority: at most 30 days, signed by the GM (DOMAIN 3.5). The delegate
 * decides as the holder of that authority, and of no other, within its scope: its business types, up to its
 * amount, a department head's for that department.
 */
export type Delegation = {
  __typename?: 'Delegation';
  authority: Authority;
  /** The business types the delegate decides. */
  businessTypes: Array<ApprovalType>;
  delegate: Scalars['String']['output'];
  delegator: Scalars['String']['output'];
  /** For a department head's authority: the department whose head delegates it. */
  department?: Maybe<CompanyDepartment>;
  /** The signed written delegation. */
  documentReference: Scalars['String']['output'];
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  endedBy?: Maybe<Scalars['String']['output']>;
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The largest amount (CNY) the delegate decides; null only for a delegation recorded before scopes. */
  maxAmount?: Maybe<Scalars['Decimal']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  signedBy: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
};

export type Discount = {
  __typename?: 'Discount';
  /**
   * The request that approves the discount (a Platinum discount: the department head, DOMAIN 3.1). Null for a
   * discount issued without approval, until approvals has opened it, and to a reader who may not see it.
   */
  approval?: Maybe<ApprovalRequest>;
  id: Scalars['ID']['output'];
};

export type ExceptionApplication = {
  __typename?: 'ExceptionApplication';
  id: Scalars['ID']['output'];
};

/** Internal control's check of a decision taken after the time limit (DOMAIN 3.7). */
export type LateReview = {
  __typename?: 'LateReview';
  necessary: Scalars['Boolean']['output'];
  note: Scalars['String']['output'];
  reviewedAt: Scalars['DateTime']['output'];
  reviewedBy: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Decides the current step (DOMAIN 3.1-3.4): its authority's holder or delegate, or a higher authority
   * with `skipLevel`; never the person who asked, nor one who decided another step of the request.
   */
  decideApprovalRequest: ApprovalRequest;
  /** The delegate hands the authority back before the end date (or the delegator or the GM ends it). */
  endDelegation: Delegation;
  /** The GM publishes a new version of the authority policy, in force from a date (DOMAIN 3.1, 3.2). */
  publishAuthorityPolicy: AuthorityPolicy;
  /** The GM signs and records a written delegation of approval authority (DOMAIN 3.5). */
  recordDelegation: Delegation;
  /** Finance pays against an approved request: never more than approved, only for its order (DOMAIN 3.8). */
  recordPayment: Payment;
  /** The applicant amends a request returned for changes: it restarts at the step that returned it (DOMAIN 3.2). */
  resubmitApprovalRequest: ApprovalRequest;
  /** Internal control checks that a decision taken after the time limit was necessary (DOMAIN 3.7). */
  reviewLateApproval: ApprovalRequest;
  /** Routed by the policy in force into its chain of steps (DOMAIN 3.1-3.3). */
  submitApprovalRequest: ApprovalRequest;
  /** The person who asked takes a pending or returned request back. */
  withdrawApprovalRequest: ApprovalRequest;
};


export type MutationDecideApprovalRequestArgs = {
  input: DecideApprovalRequestInput;
};


export type MutationEndDelegationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishAuthorityPolicyArgs = {
  input: PublishAuthorityPolicyInput;
};


export type MutationRecordDelegationArgs = {
  input: RecordDelegationInput;
};


export type MutationRecordPaymentArgs = {
  input: RecordPaymentInput;
};


export type MutationResubmitApprovalRequestArgs = {
  input: ResubmitApprovalRequestInput;
};


export type MutationReviewLateApprovalArgs = {
  input: ReviewLateApprovalInput;
};


export type MutationSubmitApprovalRequestArgs = {
  input: SubmitApprovalRequestInput;
};


export type MutationWithdrawApprovalRequestArgs = {
  input: WithdrawApprovalRequestInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A fund payment made against an approved request (DOMAIN 3.8). */
export type Payment = {
  __typename?: 'Payment';
  amount: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  orderNumber: Scalars['String']['output'];
  paidAt: Scalars['DateTime']['output'];
  paidBy: Scalars['String']['output'];
};

/** A step the caller may decide now, with the request it belongs to. */
export type PendingApproval = {
  __typename?: 'PendingApproval';
  decidingAs: DecidingAs;
  /** The delegation the caller would act under (DOMAIN 3.5). */
  delegation?: Maybe<Scalars['ID']['output']>;
  request: ApprovalRequest;
  step: ApprovalStep;
};

export type PendingApprovalConnection = {
  __typename?: 'PendingApprovalConnection';
  edges: Array<PendingApprovalEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PendingApprovalEdge = {
  __typename?: 'PendingApprovalEdge';
  cursor: Scalars['String']['output'];
  node: PendingApproval;
};

export type PolicyStep = {
  __typename?: 'PolicyStep';
  /** The head of the applicant's department decides it (any department head when the department is unknown). */
  applicantDepartment: Scalars['Boolean']['output'];
  authority: Authority;
  /** The role that holds the authority. */
  role: Scalars['String']['output'];
};

export type PolicyStepInput = {
  applicantDepartment?: InputMaybe<Scalars['Boolean']['input']>;
  authority: Authority;
};

export type PublishAuthorityPolicyInput = {
  /** When the version takes effect: now when not given, never in the past. */
  effectiveFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** The ratification deadline of an emergency carried out at once (DOMAIN 3.6); 2 working days when not given. */
  emergencyRatificationWorkingDays?: InputMaybe<Scalars['Int']['input']>;
  /** One rule per business type (and per department where a department has its own); every type is covered. */
  rules: Array<AuthorityRuleInput>;
};

export type Query = {
  __typename?: 'Query';
  approvalRequest?: Maybe<ApprovalRequest>;
  /** Oldest first; an approver's queue is `filter: { status: [PENDING], requiredAuthority: [...] }`. */
  approvalRequests?: Maybe<ApprovalRequestConnection>;
  /** The chain a request of this type, amount and department would travel under the policy in force now; creates nothing. */
  approvalRoute?: Maybe<ApprovalRoute>;
  /** A published version of the authority policy, or the one in force now (DOMAIN 3.1, 3.2); null for a version never published. */
  authorityPolicy?: Maybe<AuthorityPolicy>;
  /** Delegations in force at `activeAt`, or the latest 500. */
  delegations?: Maybe<Array<Delegation>>;
  /**
   * The steps you may decide now: by your roles and department, by the delegations in force you received
   * (within their scope), and the overdue steps of the authority right below yours (DOMAIN 3.3-3.5, 3.7).
   * Expedited requests first, then the oldest due time; never a request you asked for.
   */
  myPendingApprovals?: Maybe<PendingApprovalConnection>;
};


export type QueryApprovalRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApprovalRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApprovalRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryApprovalRouteArgs = {
  amount: Scalars['Decimal']['input'];
  department?: InputMaybe<CompanyDepartment>;
  type: ApprovalType;
};


export type QueryAuthorityPolicyArgs = {
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDelegationsArgs = {
  activeAt?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryMyPendingApprovalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordDelegationInput = {
  authority: Authority;
  /** At least one; the authority must decide steps of each. */
  businessTypes: Array<ApprovalType>;
  delegate: Scalars['String']['input'];
  delegator: Scalars['String']['input'];
  /** Required for a department head's authority (whose department), refused for the others. */
  department?: InputMaybe<CompanyDepartment>;
  documentReference: Scalars['String']['input'];
  /** At most 30 days after startsAt. */
  endsAt: Scalars['DateTime']['input'];
  /** Within the delegated authority's own bands for those types (LIMIT_EXCEEDED otherwise). */
  maxAmount: Scalars['Decimal']['input'];
  startsAt: Scalars['DateTime']['input'];
};

export type RecordPaymentInput = {
  amount: Scalars['Decimal']['input'];
  /** The approval's currency by default. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Must be the approved request's order, when it names one. */
  orderNumber: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};

export type Redemption = {
  __typename?: 'Redemption';
  /**
   * The request that approves the redemption (DOMAIN 3.1), with its steps and who decided each. Null until
   * approvals has opened it (it follows the redemption's event), and to a reader who may not see it.
   */
  approval?: Maybe<ApprovalRequest>;
  id: Scalars['ID']['output'];
};

/** The applicant's amendments to a request returned for changes; fields not given stay as they were. */
export type ResubmitApprovalRequestInput = {
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  orderNumber?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type ReviewLateApprovalInput = {
  id: Scalars['ID']['input'];
  /** Whether the late decision was necessary. */
  necessary: Scalars['Boolean']['input'];
  note: Scalars['String']['input'];
};

export type RouteStep = {
  __typename?: 'RouteStep';
  authority: Authority;
  department?: Maybe<CompanyDepartment>;
  dueAt: Scalars['DateTime']['output'];
  position: Scalars['Int']['output'];
  role: Scalars['String']['output'];
};

/** A skip-level decision's written justification and risk assessment (DOMAIN 3.4). */
export type SkipLevel = {
  __typename?: 'SkipLevel';
  /** The higher authority the decider held. */
  authority: Authority;
  justification: Scalars['String']['output'];
  riskAssessment: Scalars['String']['output'];
};

/** Why a higher authority decides in place of the step's own, and what that risks (DOMAIN 3.4): both required. */
export type SkipLevelInput = {
  justification: Scalars['String']['input'];
  riskAssessment: Scalars['String']['input'];
};

export type Solution = {
  __typename?: 'Solution';
  /**
   * The request that approves the solution's compensation (DOMAIN 3.1; an emergency's ratification,
   * 3.6), with its steps and who decided each. Null for a solution without compensation, until approvals has
   * opened the request (it follows the compensation's event), and to a reader who may not see it; FORBIDDEN to
   * a role that reads no approval request.
   */
  compensationApproval?: Maybe<ApprovalRequest>;
  id: Scalars['ID']['output'];
};

export type SubmitApprovalRequestInput = {
  amount: Scalars['Decimal']['input'];
  /** ISO 4217; CNY by default. The authority matrix is defined in CNY. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** The order the money is for; payments against the approval must name it (DOMAIN 3.8). */
  orderNumber?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  type: ApprovalType;
};

export type WithdrawApprovalRequestInput = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
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
  Campaign: Campaign;
  Discount: Discount;
  ExceptionApplication: ExceptionApplication;
  Redemption: Redemption;
  Solution: Solution;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ApprovalRequest:
    ( { __typename: 'ApprovalRequest' }
    & GraphQLRecursivePick<FederationTypes['ApprovalRequest'], {"id":true}> );
  Campaign:
    ( { __typename: 'Campaign' }
    & GraphQLRecursivePick<FederationTypes['Campaign'], {"id":true}> );
  Discount:
    ( { __typename: 'Discount' }
    & GraphQLRecursivePick<FederationTypes['Discount'], {"id":true}> );
  ExceptionApplication:
    ( { __typename: 'ExceptionApplication' }
    & GraphQLRecursivePick<FederationTypes['ExceptionApplication'], {"id":true}> );
  Redemption:
    ( { __typename: 'Redemption' }
    & GraphQLRecursivePick<FederationTypes['Redemption'], {"id":true}> );
  Solution:
    ( { __typename: 'Solution' }
    & GraphQLRecursivePick<FederationTypes['Solution'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  ApprovalSubject:
    | ( Omit<Campaign, 'approval'> & { approval?: Maybe<_RefType['ApprovalRequest']> } )
    | ( Omit<Discount, 'approval'> & { approval?: Maybe<_RefType['ApprovalRequest']> } )
    | ( ExceptionApplication )
    | ( Omit<Redemption, 'approval'> & { approval?: Maybe<_RefType['ApprovalRequest']> } )
    | ( Omit<Solution, 'compensationApproval'> & { compensationApproval?: Maybe<_RefType['ApprovalRequest']> } )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApprovalDecision: ApprovalDecision;
  ApprovalReference: ResolverTypeWrapper<ApprovalReference>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApprovalRequest: ResolverTypeWrapper<ApprovalRequestModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ApprovalRequestConnection: ResolverTypeWrapper<Omit<ApprovalRequestConnection, 'edges'> & { edges: Array<ResolversTypes['ApprovalRequestEdge']> }>;
  ApprovalRequestEdge: ResolverTypeWrapper<Omit<ApprovalRequestEdge, 'node'> & { node: ResolversTypes['ApprovalRequest'] }>;
  ApprovalRequestFilter: ApprovalRequestFilter;
  ApprovalRoute: ResolverTypeWrapper<RoutePreviewModel>;
  ApprovalStatus: ApprovalStatus;
  ApprovalStep: ResolverTypeWrapper<ApprovalStepViewModel>;
  ApprovalSubject: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ApprovalSubject']>;
  ApprovalType: ApprovalType;
  Authority: Authority;
  AuthorityBand: ResolverTypeWrapper<PolicyBandModel>;
  AuthorityBandInput: AuthorityBandInput;
  AuthorityPolicy: ResolverTypeWrapper<AuthorityPolicyVersionModel>;
  AuthorityRule: ResolverTypeWrapper<PolicyRuleModel>;
  AuthorityRuleInput: AuthorityRuleInput;
  Campaign: ResolverTypeWrapper<Omit<Campaign, 'approval'> & { approval?: Maybe<ResolversTypes['ApprovalRequest']> }>;
  CompanyDepartment: CompanyDepartment;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideApprovalRequestInput: DecideApprovalRequestInput;
  DecidingAs: DecidingAs;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Delegation: ResolverTypeWrapper<DelegationModel>;
  Discount: ResolverTypeWrapper<Omit<Discount, 'approval'> & { approval?: Maybe<ResolversTypes['ApprovalRequest']> }>;
  ExceptionApplication: ResolverTypeWrapper<ExceptionApplication>;
  LateReview: ResolverTypeWrapper<LateReview>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payment: ResolverTypeWrapper<PaymentModel>;
  PendingApproval: ResolverTypeWrapper<PendingApprovalViewModel>;
  PendingApprovalConnection: ResolverTypeWrapper<Omit<PendingApprovalConnection, 'edges'> & { edges: Array<ResolversTypes['PendingApprovalEdge']> }>;
  PendingApprovalEdge: ResolverTypeWrapper<Omit<PendingApprovalEdge, 'node'> & { node: ResolversTypes['PendingApproval'] }>;
  PolicyStep: ResolverTypeWrapper<PolicyStepModel>;
  PolicyStepInput: PolicyStepInput;
  PublishAuthorityPolicyInput: PublishAuthorityPolicyInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordDelegationInput: RecordDelegationInput;
  RecordPaymentInput: RecordPaymentInput;
  Redemption: ResolverTypeWrapper<Omit<Redemption, 'approval'> & { approval?: Maybe<ResolversTypes['ApprovalRequest']> }>;
  ResubmitApprovalRequestInput: ResubmitApprovalRequestInput;
  ReviewLateApprovalInput: ReviewLateApprovalInput;
  RouteStep: ResolverTypeWrapper<RouteStepViewModel>;
  SkipLevel: ResolverTypeWrapper<SkipLevel>;
  SkipLevelInput: SkipLevelInput;
  Solution: ResolverTypeWrapper<Omit<Solution, 'compensationApproval'> & { compensationApproval?: Maybe<ResolversTypes['ApprovalRequest']> }>;
  SubmitApprovalRequestInput: SubmitApprovalRequestInput;
  WithdrawApprovalRequestInput: WithdrawApprovalRequestInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApprovalReference: ApprovalReference;
  ID: Scalars['ID']['output'];
  ApprovalRequest: ApprovalRequestModel;
  Boolean: Scalars['Boolean']['output'];
  ApprovalRequestConnection: Omit<ApprovalRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['ApprovalRequestEdge']> };
  ApprovalRequestEdge: Omit<ApprovalRequestEdge, 'node'> & { node: ResolversParentTypes['ApprovalRequest'] };
  ApprovalRequestFilter: ApprovalRequestFilter;
  ApprovalRoute: RoutePreviewModel;
  ApprovalStep: ApprovalStepViewModel;
  ApprovalSubject: ResolversUnionTypes<ResolversParentTypes>['ApprovalSubject'];
  AuthorityBand: PolicyBandModel;
  AuthorityBandInput: AuthorityBandInput;
  AuthorityPolicy: AuthorityPolicyVersionModel;
  AuthorityRule: PolicyRuleModel;
  AuthorityRuleInput: AuthorityRuleInput;
  Campaign: Omit<Campaign, 'approval'> & { approval?: Maybe<ResolversParentTypes['ApprovalRequest']> } | FederationReferenceTypes['Campaign'];
  DateTime: Scalars['DateTime']['output'];
  DecideApprovalRequestInput: DecideApprovalRequestInput;
  Decimal: Scalars['Decimal']['output'];
  Delegation: DelegationModel;
  Discount: Omit<Discount, 'approval'> & { approval?: Maybe<ResolversParentTypes['ApprovalRequest']> } | FederationReferenceTypes['Discount'];
  ExceptionApplication: ExceptionApplication | FederationReferenceTypes['ExceptionApplication'];
  LateReview: LateReview;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Payment: PaymentModel;
  PendingApproval: PendingApprovalViewModel;
  PendingApprovalConnection: Omit<PendingApprovalConnection, 'edges'> & { edges: Array<ResolversParentTypes['PendingApprovalEdge']> };
  PendingApprovalEdge: Omit<PendingApprovalEdge, 'node'> & { node: ResolversParentTypes['PendingApproval'] };
  PolicyStep: PolicyStepModel;
  PolicyStepInput: PolicyStepInput;
  PublishAuthorityPolicyInput: PublishAuthorityPolicyInput;
  Query: Record<PropertyKey, never>;
  RecordDelegationInput: RecordDelegationInput;
  RecordPaymentInput: RecordPaymentInput;
  Redemption: Omit<Redemption, 'approval'> & { approval?: Maybe<ResolversParentTypes['ApprovalRequest']> } | FederationReferenceTypes['Redemption'];
  ResubmitApprovalRequestInput: ResubmitApprovalRequestInput;
  ReviewLateApprovalInput: ReviewLateApprovalInput;
  RouteStep: RouteStepViewModel;
  SkipLevel: SkipLevel;
  SkipLevelInput: SkipLevelInput;
  Solution: Omit<Solution, 'compensationApproval'> & { compensationApproval?: Maybe<ResolversParentTypes['ApprovalRequest']> } | FederationReferenceTypes['Solution'];
  SubmitApprovalRequestInput: SubmitApprovalRequestInput;
  WithdrawApprovalRequestInput: WithdrawApprovalRequestInput;
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

export type ApprovalReferenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApprovalReference'] = ResolversParentTypes['ApprovalReference']> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ApprovalRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApprovalRequest'] = ResolversParentTypes['ApprovalRequest'], FederationReferenceType extends FederationReferenceTypes['ApprovalRequest'] = FederationReferenceTypes['ApprovalRequest']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ApprovalRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentStep?: Resolver<Maybe<ResolversTypes['ApprovalStep']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedLate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decidedUnderDelegation?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['CompanyDepartment']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueAtProvisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expedited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lateReview?: Resolver<Maybe<ResolversTypes['LateReview']>, ParentType, ContextType>;
  orderNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdueExplanation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paidAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  policyVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ratificationDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  ratificationOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ratificationOverdueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['ApprovalReference']>, ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requiredAuthority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApprovalStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ApprovalStep']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['ApprovalSubject']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ApprovalType'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApprovalRequestConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApprovalRequestConnection'] = ResolversParentTypes['ApprovalRequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApprovalRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApprovalRequestEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApprovalRequestEdge'] = ResolversParentTypes['ApprovalRequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApprovalRequest'], ParentType, ContextType>;
}>;

export type ApprovalRouteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApprovalRoute'] = ResolversParentTypes['ApprovalRoute']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['CompanyDepartment']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  policyVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requiredAuthority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['RouteStep']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ApprovalType'], ParentType, ContextType>;
  workingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApprovalStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApprovalStep'] = ResolversParentTypes['ApprovalStep']> = ResolversObject<{
  actingFor?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedLate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['ApprovalDecision']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['CompanyDepartment']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  overdueExplanation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  round?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipLevel?: Resolver<Maybe<ResolversTypes['SkipLevel']>, ParentType, ContextType>;
  superseded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ApprovalSubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApprovalSubject'] = ResolversParentTypes['ApprovalSubject']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Campaign' | 'Discount' | 'ExceptionApplication' | 'Redemption' | 'Solution', ParentType, ContextType>;
}>;

export type AuthorityBandResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityBand'] = ResolversParentTypes['AuthorityBand']> = ResolversObject<{
  below?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PolicyStep']>, ParentType, ContextType>;
  upTo?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
}>;

export type AuthorityPolicyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityPolicy'] = ResolversParentTypes['AuthorityPolicy']> = ResolversObject<{
  effectiveFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  emergencyRatificationWorkingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  publishedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['AuthorityRule']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuthorityRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityRule'] = ResolversParentTypes['AuthorityRule']> = ResolversObject<{
  bands?: Resolver<Array<ResolversTypes['AuthorityBand']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['CompanyDepartment']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ApprovalType'], ParentType, ContextType>;
  workingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CampaignResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign'], FederationReferenceType extends FederationReferenceTypes['Campaign'] = FederationReferenceTypes['Campaign']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Campaign']> | FederationReferenceType, FederationReferenceType, ContextType>;
  approval?: Resolver<Maybe<ResolversTypes['ApprovalRequest']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DelegationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Delegation'] = ResolversParentTypes['Delegation']> = ResolversObject<{
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  businessTypes?: Resolver<Array<ResolversTypes['ApprovalType']>, ParentType, ContextType>;
  delegate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  delegator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['CompanyDepartment']>, ParentType, ContextType>;
  documentReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  signedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type DiscountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Discount'] = ResolversParentTypes['Discount'], FederationReferenceType extends FederationReferenceTypes['Discount'] = FederationReferenceTypes['Discount']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Discount']> | FederationReferenceType, FederationReferenceType, ContextType>;
  approval?: Resolver<Maybe<ResolversTypes['ApprovalRequest']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ExceptionApplicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExceptionApplication'] = ResolversParentTypes['ExceptionApplication'], FederationReferenceType extends FederationReferenceTypes['ExceptionApplication'] = FederationReferenceTypes['ExceptionApplication']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ExceptionApplication']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LateReviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LateReview'] = ResolversParentTypes['LateReview']> = ResolversObject<{
  necessary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reviewedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  decideApprovalRequest?: Resolver<ResolversTypes['ApprovalRequest'], ParentType, ContextType, RequireFields<MutationDecideApprovalRequestArgs, 'input'>>;
  endDelegation?: Resolver<ResolversTypes['Delegation'], ParentType, ContextType, RequireFields<MutationEndDelegationArgs, 'id'>>;
  publishAuthorityPolicy?: Resolver<ResolversTypes['AuthorityPolicy'], ParentType, ContextType, RequireFields<MutationPublishAuthorityPolicyArgs, 'input'>>;
  recordDelegation?: Resolver<ResolversTypes['Delegation'], ParentType, ContextType, RequireFields<MutationRecordDelegationArgs, 'input'>>;
  recordPayment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType, RequireFields<MutationRecordPaymentArgs, 'input'>>;
  resubmitApprovalRequest?: Resolver<ResolversTypes['ApprovalRequest'], ParentType, ContextType, RequireFields<MutationResubmitApprovalRequestArgs, 'input'>>;
  reviewLateApproval?: Resolver<ResolversTypes['ApprovalRequest'], ParentType, ContextType, RequireFields<MutationReviewLateApprovalArgs, 'input'>>;
  submitApprovalRequest?: Resolver<ResolversTypes['ApprovalRequest'], ParentType, ContextType, RequireFields<MutationSubmitApprovalRequestArgs, 'input'>>;
  withdrawApprovalRequest?: Resolver<ResolversTypes['ApprovalRequest'], ParentType, ContextType, RequireFields<MutationWithdrawApprovalRequestArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  paidBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PendingApprovalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PendingApproval'] = ResolversParentTypes['PendingApproval']> = ResolversObject<{
  decidingAs?: Resolver<ResolversTypes['DecidingAs'], ParentType, ContextType>;
  delegation?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  request?: Resolver<ResolversTypes['ApprovalRequest'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['ApprovalStep'], ParentType, ContextType>;
}>;

export type PendingApprovalConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PendingApprovalConnection'] = ResolversParentTypes['PendingApprovalConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PendingApprovalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PendingApprovalEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PendingApprovalEdge'] = ResolversParentTypes['PendingApprovalEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PendingApproval'], ParentType, ContextType>;
}>;

export type PolicyStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolicyStep'] = ResolversParentTypes['PolicyStep']> = ResolversObject<{
  applicantDepartment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  approvalRequest?: Resolver<Maybe<ResolversTypes['ApprovalRequest']>, ParentType, ContextType, RequireFields<QueryApprovalRequestArgs, 'id'>>;
  approvalRequests?: Resolver<Maybe<ResolversTypes['ApprovalRequestConnection']>, ParentType, ContextType, RequireFields<QueryApprovalRequestsArgs, 'first'>>;
  approvalRoute?: Resolver<Maybe<ResolversTypes['ApprovalRoute']>, ParentType, ContextType, RequireFields<QueryApprovalRouteArgs, 'amount' | 'type'>>;
  authorityPolicy?: Resolver<Maybe<ResolversTypes['AuthorityPolicy']>, ParentType, ContextType, Partial<QueryAuthorityPolicyArgs>>;
  delegations?: Resolver<Maybe<Array<ResolversTypes['Delegation']>>, ParentType, ContextType, Partial<QueryDelegationsArgs>>;
  myPendingApprovals?: Resolver<Maybe<ResolversTypes['PendingApprovalConnection']>, ParentType, ContextType, RequireFields<QueryMyPendingApprovalsArgs, 'first'>>;
}>;

export type RedemptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Redemption'] = ResolversParentTypes['Redemption'], FederationReferenceType extends FederationReferenceTypes['Redemption'] = FederationReferenceTypes['Redemption']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Redemption']> | FederationReferenceType, FederationReferenceType, ContextType>;
  approval?: Resolver<Maybe<ResolversTypes['ApprovalRequest']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RouteStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RouteStep'] = ResolversParentTypes['RouteStep']> = ResolversObject<{
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['CompanyDepartment']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SkipLevelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SkipLevel'] = ResolversParentTypes['SkipLevel']> = ResolversObject<{
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  justification?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  riskAssessment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SolutionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Solution'] = ResolversParentTypes['Solution'], FederationReferenceType extends FederationReferenceTypes['Solution'] = FederationReferenceTypes['Solution']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Solution']> | FederationReferenceType, FederationReferenceType, ContextType>;
  compensationApproval?: Resolver<Maybe<ResolversTypes['ApprovalRequest']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  ApprovalReference?: ApprovalReferenceResolvers<ContextType>;
  ApprovalRequest?: ApprovalRequestResolvers<ContextType>;
  ApprovalRequestConnection?: ApprovalRequestConnectionResolvers<ContextType>;
  ApprovalRequestEdge?: ApprovalRequestEdgeResolvers<ContextType>;
  ApprovalRoute?: ApprovalRouteResolvers<ContextType>;
  ApprovalStep?: ApprovalStepResolvers<ContextType>;
  ApprovalSubject?: ApprovalSubjectResolvers<ContextType>;
  AuthorityBand?: AuthorityBandResolvers<ContextType>;
  AuthorityPolicy?: AuthorityPolicyResolvers<ContextType>;
  AuthorityRule?: AuthorityRuleResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Delegation?: DelegationResolvers<ContextType>;
  Discount?: DiscountResolvers<ContextType>;
  ExceptionApplication?: ExceptionApplicationResolvers<ContextType>;
  LateReview?: LateReviewResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PendingApproval?: PendingApprovalResolvers<ContextType>;
  PendingApprovalConnection?: PendingApprovalConnectionResolvers<ContextType>;
  PendingApprovalEdge?: PendingApprovalEdgeResolvers<ContextType>;
  PolicyStep?: PolicyStepResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Redemption?: RedemptionResolvers<ContextType>;
  RouteStep?: RouteStepResolvers<ContextType>;
  SkipLevel?: SkipLevelResolvers<ContextType>;
  Solution?: SolutionResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  bounds?: BoundsDirectiveResolver<any, any, ContextType>;
}>;

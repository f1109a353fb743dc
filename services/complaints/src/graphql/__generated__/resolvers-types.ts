import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Complaint as ComplaintModel, CustomerRef as CustomerRefModel, FollowUp as FollowUpModel, TimelineEntry as TimelineEntryModel } from '../../domain/complaint';
import { SlaState as SlaStateModel } from '../../domain/sla';
import { SolutionView as SolutionViewModel } from '../views';
import { StatsRow as StatsRowModel } from '../../application/ports';
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
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  DateTime: { input: Date; output: Date | string; }
  Decimal: { input: string; output: string; }
  UUID: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type Acknowledgement = {
  __typename?: 'Acknowledgement';
  /** True inside working hours (accepted); false outside (received, handled from handlingStartsAt). */
  accepted: Scalars['Boolean']['output'];
  expectedAnswerBy: Scalars['DateTime']['output'];
  handlingStartsAt: Scalars['DateTime']['output'];
  message: Scalars['String']['output'];
};

export type AddImprovementActionInput = {
  description: Scalars['String']['input'];
  /** A real calendar date, YYYY-MM-DD. */
  dueDate: Scalars['Date']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  ownerDepartment: Department;
};

export type AnswerInquiryInput = {
  answer: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

export type AssignComplaintInput = {
  /** Departments involved besides the one the routing table names (leadership group only). */
  additionalDepartments?: InputMaybe<Array<Department>>;
  customerExpectedBy?: InputMaybe<Scalars['DateTime']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** Required with several departments; named by the leadership group. */
  leadDepartment?: InputMaybe<Department>;
  notes: Scalars['String']['input'];
};

export type Category =
  | 'BILLING'
  | 'LOGISTICS_DELAY'
  | 'OTHER'
  | 'POINTS_ANOMALY'
  | 'PRODUCT_QUALITY'
  | 'SERVICE_ATTITUDE';

export type Channel =
  | 'EMAIL'
  | 'OTHER'
  | 'PHONE'
  | 'WEB_CHAT';

export type ClassifyComplaintInput = {
  category: Category;
  complexity: Complexity;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  urgency: Urgency;
};

export type CloseComplaintInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** Required for a complaint (DOMAIN 1.9); inquiries and suggestions close without one. */
  report?: InputMaybe<ComplaintReportInput>;
};

export type Compensation = {
  __typename?: 'Compensation';
  currency: Scalars['String']['output'];
  discountAmount?: Maybe<Scalars['Decimal']['output']>;
  points: Scalars['Int']['output'];
  refundAmount?: Maybe<Scalars['Decimal']['output']>;
};

export type CompensationCase = {
  __typename?: 'CompensationCase';
  /** Total value: points at 100 per yuan, plus discount and refund. */
  amount: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  discountAmount?: Maybe<Scalars['Decimal']['output']>;
  emergency: Scalars['Boolean']['output'];
  grantedAt?: Maybe<Scalars['DateTime']['output']>;
  points: Scalars['Int']['output'];
  refundAmount?: Maybe<Scalars['Decimal']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  solutionId: Scalars['ID']['output'];
  status: CompensationStatus;
};

export type CompensationInput = {
  currency?: Scalars['String']['input'];
  discountAmount?: InputMaybe<Scalars['Decimal']['input']>;
  points?: Scalars['Int']['input'];
  refundAmount?: InputMaybe<Scalars['Decimal']['input']>;
};

export type CompensationStatus =
  | 'APPROVED_AFTERWARDS'
  | 'GRANTED'
  | 'GRANTED_PENDING_APPROVAL'
  | 'PENDING_APPROVAL'
  | 'REFUSED'
  | 'REFUSED_AFTER_GRANT';

/** A customer complaint (or inquiry or suggestion), from intake to follow-up. Owned by the complaints service. */
export type Complaint = {
  __typename?: 'Complaint';
  /** What the customer was told at intake (DOMAIN 1.1-1.2). */
  acknowledgement: Acknowledgement;
  category?: Maybe<Category>;
  channel: Channel;
  compensation?: Maybe<CompensationCase>;
  complexity?: Maybe<Complexity>;
  /** Resolved by customers-and-loyalty: null, with an UNAVAILABLE error, while that service is down. */
  customer?: Maybe<Customer>;
  /** The customer's loyalty tier as this service knows it (from loyalty's tier.changed events). */
  customerTier: Tier;
  /** Departments the complaint was handed to (DOMAIN 1.4). */
  departments: Array<Department>;
  description: Scalars['String']['output'];
  escalation: Escalation;
  expectedResolution?: Maybe<Scalars['String']['output']>;
  feedback?: Maybe<Feedback>;
  followUpDueBy?: Maybe<Scalars['DateTime']['output']>;
  followUpFrom?: Maybe<Scalars['DateTime']['output']>;
  followUps: Array<FollowUp>;
  /** The written hand-over to the departments: staff only. */
  handover?: Maybe<Handover>;
  id: Scalars['ID']['output'];
  improvementActions: Array<ImprovementAction>;
  /** Every entry including internal notes, with the person who acted. Staff only. */
  internalTimeline: Array<TimelineEntry>;
  /** Investigation notes and evidence: internal, staff only (empty for others). */
  investigation: Array<InvestigationNote>;
  kind: ComplaintKind;
  leadDepartment?: Maybe<Department>;
  /** Human-readable number, unique and gapless per year: CP-2026-000123. */
  number: Scalars['String']['output'];
  orderNumber?: Maybe<Scalars['String']['output']>;
  productModel?: Maybe<Scalars['String']['output']>;
  receivedAt: Scalars['DateTime']['output'];
  relatedComplaint?: Maybe<Complaint>;
  reopenCount: Scalars['Int']['output'];
  report?: Maybe<ComplaintReport>;
  rootCause?: Maybe<RootCause>;
  sla: Sla;
  solutions: Array<Solution>;
  status: ComplaintStatus;
  /** What the customer may see (DOMAIN 1.10): status changes and actions with when, who (the role) and why; no internal notes. */
  timeline: Array<TimelineEntry>;
  urgency: Urgency;
  /** Optimistic-lock version: pass it back as expectedVersion to refuse stale changes. */
  version: Scalars['Int']['output'];
};

export type ComplaintConnection = {
  __typename?: 'ComplaintConnection';
  edges: Array<ComplaintEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ComplaintEdge = {
  __typename?: 'ComplaintEdge';
  cursor: Scalars['String']['output'];
  node: Complaint;
};

export type ComplaintFilter = {
  breached?: InputMaybe<Scalars['Boolean']['input']>;
  category?: InputMaybe<Array<Category>>;
  channel?: InputMaybe<Array<Channel>>;
  customerId?: InputMaybe<Scalars['UUID']['input']>;
  /** Complaints that involve this department. */
  department?: InputMaybe<Department>;
  kind?: InputMaybe<Array<ComplaintKind>>;
  receivedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exclusive. */
  receivedTo?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<Array<ComplaintStatus>>;
  urgency?: InputMaybe<Array<Urgency>>;
};

export type ComplaintKind =
  | 'COMPLAINT'
  | 'INQUIRY'
  | 'SUGGESTION';

export type ComplaintOrder = {
  direction?: OrderDirection;
  field: ComplaintOrderField;
};

export type ComplaintOrderField =
  | 'RECEIVED_AT'
  | 'RESOLUTION_DUE_AT';

export type ComplaintReport = {
  __typename?: 'ComplaintReport';
  at: Scalars['DateTime']['output'];
  cause: Scalars['String']['output'];
  handlingIssues: Scalars['String']['output'];
  solutionEffective: Scalars['Boolean']['output'];
};

export type ComplaintReportInput = {
  cause: Scalars['String']['input'];
  handlingIssues: Scalars['String']['input'];
  solutionEffective: Scalars['Boolean']['input'];
};

export type ComplaintStats = {
  __typename?: 'ComplaintStats';
  averageSatisfaction?: Maybe<Scalars['Float']['output']>;
  averageWorkingHoursToResolve?: Maybe<Scalars['Float']['output']>;
  breachedCount: Scalars['Int']['output'];
  count: Scalars['Int']['output'];
  key: ComplaintStatsKey;
  /** Resolved within target / resolved; null when none resolved. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  resolvedCount: Scalars['Int']['output'];
};

export type ComplaintStatsGroupBy =
  | 'CATEGORY'
  | 'CHANNEL'
  /** The lead (responsible) department: per-department performance. */
  | 'DEPARTMENT'
  /** The person who resolved the complaint: per-person performance. */
  | 'HANDLER'
  /** Calendar month of receipt in the company time zone (YYYY-MM). */
  | 'MONTH'
  /** Calendar quarter of receipt in the company time zone (YYYY-Qn). */
  | 'QUARTER'
  | 'STATUS'
  | 'URGENCY';

export type ComplaintStatsKey = {
  __typename?: 'ComplaintStatsKey';
  category?: Maybe<Category>;
  channel?: Maybe<Channel>;
  department?: Maybe<Department>;
  handler?: Maybe<Scalars['String']['output']>;
  month?: Maybe<Scalars['String']['output']>;
  quarter?: Maybe<Scalars['String']['output']>;
  status?: Maybe<ComplaintStatus>;
  urgency?: Maybe<Urgency>;
};

export type ComplaintStatus =
  | 'ASSIGNED'
  | 'CLASSIFIED'
  | 'CLOSED'
  | 'IMPLEMENTING'
  | 'INVESTIGATING'
  | 'RECEIVED'
  | 'RESOLVED'
  | 'SOLUTION_ACCEPTED'
  | 'SOLUTION_PROPOSED';

export type ComplaintVersionInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

export type CompleteImprovementActionInput = {
  actionId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  result: Scalars['String']['input'];
};

export type Complexity =
  | 'COMPLEX'
  | 'SIMPLE';

/** The customer, owned by customers-and-loyalty; this service adds the customer's complaints. */
export type Customer = {
  __typename?: 'Customer';
  complaints?: Maybe<ComplaintConnection>;
  id: Scalars['ID']['output'];
};


/** The customer, owned by customers-and-loyalty; this service adds the customer's complaints. */
export type CustomerComplaintsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ComplaintFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CustomerResponse =
  | 'ACCEPT'
  | 'REJECT';

export type Department =
  | 'CUSTOMER_SERVICE'
  | 'FINANCE'
  | 'IT'
  | 'LEGAL'
  | 'LOGISTICS'
  | 'MARKETING'
  | 'PURCHASING'
  | 'QUALITY_CONTROL'
  | 'SALES';

export type Escalation =
  | 'CS_MANAGER'
  | 'LEADERSHIP_GROUP'
  | 'NONE';

export type Feedback = {
  __typename?: 'Feedback';
  at: Scalars['DateTime']['output'];
  comment?: Maybe<Scalars['String']['output']>;
  resultToldToCustomer: Scalars['Boolean']['output'];
  satisfaction: Scalars['Int']['output'];
  whatWasDone: Scalars['String']['output'];
};

export type FileComplaintInput = {
  channel: Channel;
  customerId: Scalars['UUID']['input'];
  description: Scalars['String']['input'];
  expectedResolution?: InputMaybe<Scalars['String']['input']>;
  /** A client-chosen key: filing again with the same key returns the first complaint. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ComplaintKind>;
  orderNumber?: InputMaybe<Scalars['String']['input']>;
  productModel?: InputMaybe<Scalars['String']['input']>;
  /** When the customer complained; defaults to now. Cannot be in the future. */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Fishbone =
  | 'ENVIRONMENT'
  | 'MACHINE'
  | 'MATERIAL'
  | 'MEASUREMENT'
  | 'METHOD'
  | 'PEOPLE';

export type FollowUp = {
  __typename?: 'FollowUp';
  action: FollowUpAction;
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  linkedComplaint?: Maybe<Complaint>;
  newProblem: Scalars['Boolean']['output'];
  outcome: Scalars['String']['output'];
  /** Whether the visit fell 3 to 7 working days after completion. */
  withinWindow: Scalars['Boolean']['output'];
};

export type FollowUpAction =
  | 'LINKED_COMPLAINT'
  | 'NONE'
  | 'REOPENED';

export type Handover = {
  __typename?: 'Handover';
  at: Scalars['DateTime']['output'];
  customerExpectedBy?: Maybe<Scalars['DateTime']['output']>;
  notes: Scalars['String']['output'];
  urgency: Urgency;
};

export type ImprovementAction = {
  __typename?: 'ImprovementAction';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  dueDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  ownerDepartment: Department;
  result?: Maybe<Scalars['String']['output']>;
  status: ImprovementStatus;
};

export type ImprovementStatus =
  | 'DONE'
  | 'OPEN';

export type InvestigationNote = {
  __typename?: 'InvestigationNote';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  department?: Maybe<Scalars['String']['output']>;
  evidence: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  addImprovementAction: Complaint;
  answerInquiry: Complaint;
  assignComplaint: Complaint;
  classifyComplaint: Complaint;
  closeComplaint: Complaint;
  completeImprovementAction: Complaint;
  fileComplaint: Complaint;
  proposeSolution: Complaint;
  recordCustomerResponse: Complaint;
  recordFeedback: Complaint;
  recordFollowUp: Complaint;
  recordInvestigation: Complaint;
  recordRootCause: Complaint;
  reopenComplaint: Complaint;
  resolveComplaint: Complaint;
  respondToCustomer: Complaint;
  startImplementation: Complaint;
};


export type MutationAddImprovementActionArgs = {
  input: AddImprovementActionInput;
};


export type MutationAnswerInquiryArgs = {
  input: AnswerInquiryInput;
};


export type MutationAssignComplaintArgs = {
  input: AssignComplaintInput;
};


export type MutationClassifyComplaintArgs = {
  input: ClassifyComplaintInput;
};


export type MutationCloseComplaintArgs = {
  input: CloseComplaintInput;
};


export type MutationCompleteImprovementActionArgs = {
  input: CompleteImprovementActionInput;
};


export type MutationFileComplaintArgs = {
  input: FileComplaintInput;
};


export type MutationProposeSolutionArgs = {
  input: ProposeSolutionInput;
};


export type MutationRecordCustomerResponseArgs = {
  input: RecordCustomerResponseInput;
};


export type MutationRecordFeedbackArgs = {
  input: RecordFeedbackInput;
};


export type MutationRecordFollowUpArgs = {
  input: RecordFollowUpInput;
};


export type MutationRecordInvestigationArgs = {
  input: RecordInvestigationInput;
};


export type MutationRecordRootCauseArgs = {
  input: RecordRootCauseInput;
};


export type MutationReopenComplaintArgs = {
  input: ReopenComplaintInput;
};


export type MutationResolveComplaintArgs = {
  input: ResolveComplaintInput;
};


export type MutationRespondToCustomerArgs = {
  input: RespondToCustomerInput;
};


export type MutationStartImplementationArgs = {
  input: ComplaintVersionInput;
};

export type NewProblemAction =
  | 'LINKED_COMPLAINT'
  | 'REOPEN';

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type ProposeSolutionInput = {
  compensation?: InputMaybe<CompensationInput>;
  description: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

export type Query = {
  __typename?: 'Query';
  complaint?: Maybe<Complaint>;
  complaintByNumber?: Maybe<Complaint>;
  /** DOMAIN 1.11: count, on-time rate, average working hours to resolve and satisfaction, grouped. */
  complaintStats?: Maybe<Array<ComplaintStats>>;
  complaints?: Maybe<ComplaintConnection>;
};


export type QueryComplaintArgs = {
  id: Scalars['ID']['input'];
};


export type QueryComplaintByNumberArgs = {
  number: Scalars['String']['input'];
};


export type QueryComplaintStatsArgs = {
  filter?: InputMaybe<ComplaintFilter>;
  groupBy: Array<ComplaintStatsGroupBy>;
};


export type QueryComplaintsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ComplaintFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ComplaintOrder>;
};

export type RecordCustomerResponseInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** Required for REJECT. */
  reason?: InputMaybe<Scalars['String']['input']>;
  response: CustomerResponse;
  solutionId: Scalars['ID']['input'];
};

export type RecordFeedbackInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  resultToldToCustomer: Scalars['Boolean']['input'];
  satisfaction: Scalars['Int']['input'];
  whatWasDone: Scalars['String']['input'];
};

export type RecordFollowUpInput = {
  action?: InputMaybe<NewProblemAction>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  newProblem: Scalars['Boolean']['input'];
  newProblemDescription?: InputMaybe<Scalars['String']['input']>;
  outcome: Scalars['String']['input'];
};

export type RecordInvestigationInput = {
  evidence?: InputMaybe<Array<Scalars['String']['input']>>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};

export type RecordRootCauseInput = {
  category: Fishbone;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  how?: InputMaybe<Scalars['String']['input']>;
  howMuch?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  what: Scalars['String']['input'];
  when?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<Scalars['String']['input']>;
  who?: InputMaybe<Scalars['String']['input']>;
  why: Scalars['String']['input'];
};

export type ReopenComplaintInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type ResolveComplaintInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** What was done. */
  summary: Scalars['String']['input'];
};

export type RespondToCustomerInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  message: Scalars['String']['input'];
};

/** The root cause: fishbone category and 5W2H (what, why, where, when, who, how, how much). */
export type RootCause = {
  __typename?: 'RootCause';
  at: Scalars['DateTime']['output'];
  category: Fishbone;
  how?: Maybe<Scalars['String']['output']>;
  howMuch?: Maybe<Scalars['String']['output']>;
  what: Scalars['String']['output'];
  when?: Maybe<Scalars['String']['output']>;
  where?: Maybe<Scalars['String']['output']>;
  who?: Maybe<Scalars['String']['output']>;
  why: Scalars['String']['output'];
};

/** Service-level clocks in working time on the company calendar. */
export type Sla = {
  __typename?: 'Sla';
  firstRespondedAt?: Maybe<Scalars['DateTime']['output']>;
  firstResponseBreached: Scalars['Boolean']['output'];
  firstResponseDueAt: Scalars['DateTime']['output'];
  firstResponseTargetHours: Scalars['Float']['output'];
  /** Resolved within the resolution target; null until resolved. */
  onTime?: Maybe<Scalars['Boolean']['output']>;
  /** True while the complaint waits for the customer: the clocks stand still. */
  paused: Scalars['Boolean']['output'];
  pausedWorkingHours: Scalars['Float']['output'];
  /** A due date depended on a year without holiday data (counted as weekends only). */
  provisional: Scalars['Boolean']['output'];
  resolutionBreached: Scalars['Boolean']['output'];
  resolutionDueAt: Scalars['DateTime']['output'];
  resolutionTargetHours: Scalars['Float']['output'];
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  tier: Tier;
  workingHoursToResolve?: Maybe<Scalars['Float']['output']>;
};

/**
 * A solution proposed for a complaint. An entity: approvals adds the request that approves its
 * compensation (`compensationApproval`), and the request names the solution as its `subject`. Read by id
 * with its complaint's rules: whoever may read the complaint reads its solutions (masked for analysts).
 */
export type Solution = {
  __typename?: 'Solution';
  compensation?: Maybe<Compensation>;
  /** The complaint the solution was proposed for. */
  complaint: Complaint;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  proposedAt: Scalars['DateTime']['output'];
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  response?: Maybe<CustomerResponse>;
  responseReason?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type Tier =
  | 'DIAMOND'
  | 'GOLD'
  | 'MEMBER'
  | 'PLATINUM';

export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  action: Scalars['String']['output'];
  /** The person who acted: internal timeline only. */
  actorId?: Maybe<Scalars['String']['output']>;
  /** The role that acted (customer service, a department ...). */
  actorRole: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  note?: Maybe<Scalars['String']['output']>;
  status: ComplaintStatus;
  visibility: Visibility;
};

export type Urgency =
  | 'HIGH'
  | 'NORMAL'
  | 'URGENT';

export type Visibility =
  | 'INTERNAL'
  | 'PUBLIC';

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
  Complaint: Complaint;
  Customer: Customer;
  Solution: Solution;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Complaint:
    ( { __typename: 'Complaint' }
    & GraphQLRecursivePick<FederationTypes['Complaint'], {"id":true}> );
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Solution:
    ( { __typename: 'Solution' }
    & GraphQLRecursivePick<FederationTypes['Solution'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Acknowledgement: ResolverTypeWrapper<Acknowledgement>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AddImprovementActionInput: AddImprovementActionInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AnswerInquiryInput: AnswerInquiryInput;
  AssignComplaintInput: AssignComplaintInput;
  Category: Category;
  Channel: Channel;
  ClassifyComplaintInput: ClassifyComplaintInput;
  CloseComplaintInput: CloseComplaintInput;
  Compensation: ResolverTypeWrapper<Compensation>;
  CompensationCase: ResolverTypeWrapper<CompensationCase>;
  CompensationInput: CompensationInput;
  CompensationStatus: CompensationStatus;
  Complaint: ResolverTypeWrapper<ComplaintModel>;
  ComplaintConnection: ResolverTypeWrapper<Omit<ComplaintConnection, 'edges'> & { edges: Array<ResolversTypes['ComplaintEdge']> }>;
  ComplaintEdge: ResolverTypeWrapper<Omit<ComplaintEdge, 'node'> & { node: ResolversTypes['Complaint'] }>;
  ComplaintFilter: ComplaintFilter;
  ComplaintKind: ComplaintKind;
  ComplaintOrder: ComplaintOrder;
  ComplaintOrderField: ComplaintOrderField;
  ComplaintReport: ResolverTypeWrapper<ComplaintReport>;
  ComplaintReportInput: ComplaintReportInput;
  ComplaintStats: ResolverTypeWrapper<StatsRowModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ComplaintStatsGroupBy: ComplaintStatsGroupBy;
  ComplaintStatsKey: ResolverTypeWrapper<ComplaintStatsKey>;
  ComplaintStatus: ComplaintStatus;
  ComplaintVersionInput: ComplaintVersionInput;
  CompleteImprovementActionInput: CompleteImprovementActionInput;
  Complexity: Complexity;
  Customer: ResolverTypeWrapper<CustomerRefModel>;
  CustomerResponse: CustomerResponse;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Department: Department;
  Escalation: Escalation;
  Feedback: ResolverTypeWrapper<Feedback>;
  FileComplaintInput: FileComplaintInput;
  Fishbone: Fishbone;
  FollowUp: ResolverTypeWrapper<FollowUpModel>;
  FollowUpAction: FollowUpAction;
  Handover: ResolverTypeWrapper<Handover>;
  ImprovementAction: ResolverTypeWrapper<ImprovementAction>;
  ImprovementStatus: ImprovementStatus;
  InvestigationNote: ResolverTypeWrapper<InvestigationNote>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewProblemAction: NewProblemAction;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProposeSolutionInput: ProposeSolutionInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordCustomerResponseInput: RecordCustomerResponseInput;
  RecordFeedbackInput: RecordFeedbackInput;
  RecordFollowUpInput: RecordFollowUpInput;
  RecordInvestigationInput: RecordInvestigationInput;
  RecordRootCauseInput: RecordRootCauseInput;
  ReopenComplaintInput: ReopenComplaintInput;
  ResolveComplaintInput: ResolveComplaintInput;
  RespondToCustomerInput: RespondToCustomerInput;
  RootCause: ResolverTypeWrapper<RootCause>;
  Sla: ResolverTypeWrapper<SlaStateModel>;
  Solution: ResolverTypeWrapper<SolutionViewModel>;
  Tier: Tier;
  TimelineEntry: ResolverTypeWrapper<TimelineEntryModel>;
  UUID: ResolverTypeWrapper<Scalars['UUID']['output']>;
  Urgency: Urgency;
  Visibility: Visibility;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Acknowledgement: Acknowledgement;
  Boolean: Scalars['Boolean']['output'];
  AddImprovementActionInput: AddImprovementActionInput;
  ID: Scalars['ID']['output'];
  AnswerInquiryInput: AnswerInquiryInput;
  AssignComplaintInput: AssignComplaintInput;
  ClassifyComplaintInput: ClassifyComplaintInput;
  CloseComplaintInput: CloseComplaintInput;
  Compensation: Compensation;
  CompensationCase: CompensationCase;
  CompensationInput: CompensationInput;
  Complaint: ComplaintModel;
  ComplaintConnection: Omit<ComplaintConnection, 'edges'> & { edges: Array<ResolversParentTypes['ComplaintEdge']> };
  ComplaintEdge: Omit<ComplaintEdge, 'node'> & { node: ResolversParentTypes['Complaint'] };
  ComplaintFilter: ComplaintFilter;
  ComplaintOrder: ComplaintOrder;
  ComplaintReport: ComplaintReport;
  ComplaintReportInput: ComplaintReportInput;
  ComplaintStats: StatsRowModel;
  Float: Scalars['Float']['output'];
  ComplaintStatsKey: ComplaintStatsKey;
  ComplaintVersionInput: ComplaintVersionInput;
  CompleteImprovementActionInput: CompleteImprovementActionInput;
  Customer: CustomerRefModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Feedback: Feedback;
  FileComplaintInput: FileComplaintInput;
  FollowUp: FollowUpModel;
  Handover: Handover;
  ImprovementAction: ImprovementAction;
  InvestigationNote: InvestigationNote;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  ProposeSolutionInput: ProposeSolutionInput;
  Query: Record<PropertyKey, never>;
  RecordCustomerResponseInput: RecordCustomerResponseInput;
  RecordFeedbackInput: RecordFeedbackInput;
  RecordFollowUpInput: RecordFollowUpInput;
  RecordInvestigationInput: RecordInvestigationInput;
  RecordRootCauseInput: RecordRootCauseInput;
  ReopenComplaintInput: ReopenComplaintInput;
  ResolveComplaintInput: ResolveComplaintInput;
  RespondToCustomerInput: RespondToCustomerInput;
  RootCause: RootCause;
  Sla: SlaStateModel;
  Solution: SolutionViewModel;
  TimelineEntry: TimelineEntryModel;
  UUID: Scalars['UUID']['output'];
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

export type AcknowledgementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Acknowledgement'] = ResolversParentTypes['Acknowledgement']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expectedAnswerBy?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  handlingStartsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CompensationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Compensation'] = ResolversParentTypes['Compensation']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  discountAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refundAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
}>;

export type CompensationCaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompensationCase'] = ResolversParentTypes['CompensationCase']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  discountAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  emergency?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  grantedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refundAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  solutionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CompensationStatus'], ParentType, ContextType>;
}>;

export type ComplaintResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Complaint'] = ResolversParentTypes['Complaint'], FederationReferenceType extends FederationReferenceTypes['Complaint'] = FederationReferenceTypes['Complaint']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Complaint']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acknowledgement?: Resolver<ResolversTypes['Acknowledgement'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  compensation?: Resolver<Maybe<ResolversTypes['CompensationCase']>, ParentType, ContextType>;
  complexity?: Resolver<Maybe<ResolversTypes['Complexity']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  customerTier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  escalation?: Resolver<ResolversTypes['Escalation'], ParentType, ContextType>;
  expectedResolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  feedback?: Resolver<Maybe<ResolversTypes['Feedback']>, ParentType, ContextType>;
  followUpDueBy?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  followUpFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['FollowUp']>, ParentType, ContextType>;
  handover?: Resolver<Maybe<ResolversTypes['Handover']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  improvementActions?: Resolver<Array<ResolversTypes['ImprovementAction']>, ParentType, ContextType>;
  internalTimeline?: Resolver<Array<ResolversTypes['TimelineEntry']>, ParentType, ContextType>;
  investigation?: Resolver<Array<ResolversTypes['InvestigationNote']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ComplaintKind'], ParentType, ContextType>;
  leadDepartment?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  productModel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  relatedComplaint?: Resolver<Maybe<ResolversTypes['Complaint']>, ParentType, ContextType>;
  reopenCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['ComplaintReport']>, ParentType, ContextType>;
  rootCause?: Resolver<Maybe<ResolversTypes['RootCause']>, ParentType, ContextType>;
  sla?: Resolver<ResolversTypes['Sla'], ParentType, ContextType>;
  solutions?: Resolver<Array<ResolversTypes['Solution']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplaintStatus'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEntry']>, ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['Urgency'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ComplaintConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplaintConnection'] = ResolversParentTypes['ComplaintConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ComplaintEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ComplaintEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplaintEdge'] = ResolversParentTypes['ComplaintEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType>;
}>;

export type ComplaintReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplaintReport'] = ResolversParentTypes['ComplaintReport']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  handlingIssues?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  solutionEffective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ComplaintStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplaintStats'] = ResolversParentTypes['ComplaintStats']> = ResolversObject<{
  averageSatisfaction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageWorkingHoursToResolve?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  breachedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ComplaintStatsKey'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  resolvedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ComplaintStatsKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplaintStatsKey'] = ResolversParentTypes['ComplaintStatsKey']> = ResolversObject<{
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  handler?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quarter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ComplaintStatus']>, ParentType, ContextType>;
  urgency?: Resolver<Maybe<ResolversTypes['Urgency']>, ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  complaints?: Resolver<Maybe<ResolversTypes['ComplaintConnection']>, ParentType, ContextType, RequireFields<CustomerComplaintsArgs, 'first'>>;
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

export type FeedbackResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Feedback'] = ResolversParentTypes['Feedback']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resultToldToCustomer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  satisfaction?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  whatWasDone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FollowUpResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FollowUp'] = ResolversParentTypes['FollowUp']> = ResolversObject<{
  action?: Resolver<ResolversTypes['FollowUpAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  linkedComplaint?: Resolver<Maybe<ResolversTypes['Complaint']>, ParentType, ContextType>;
  newProblem?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  withinWindow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type HandoverResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Handover'] = ResolversParentTypes['Handover']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customerExpectedBy?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['Urgency'], ParentType, ContextType>;
}>;

export type ImprovementActionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImprovementAction'] = ResolversParentTypes['ImprovementAction']> = ResolversObject<{
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownerDepartment?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImprovementStatus'], ParentType, ContextType>;
}>;

export type InvestigationNoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvestigationNote'] = ResolversParentTypes['InvestigationNote']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addImprovementAction?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationAddImprovementActionArgs, 'input'>>;
  answerInquiry?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationAnswerInquiryArgs, 'input'>>;
  assignComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationAssignComplaintArgs, 'input'>>;
  classifyComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationClassifyComplaintArgs, 'input'>>;
  closeComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationCloseComplaintArgs, 'input'>>;
  completeImprovementAction?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationCompleteImprovementActionArgs, 'input'>>;
  fileComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationFileComplaintArgs, 'input'>>;
  proposeSolution?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationProposeSolutionArgs, 'input'>>;
  recordCustomerResponse?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationRecordCustomerResponseArgs, 'input'>>;
  recordFeedback?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationRecordFeedbackArgs, 'input'>>;
  recordFollowUp?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationRecordFollowUpArgs, 'input'>>;
  recordInvestigation?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationRecordInvestigationArgs, 'input'>>;
  recordRootCause?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationRecordRootCauseArgs, 'input'>>;
  reopenComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationReopenComplaintArgs, 'input'>>;
  resolveComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationResolveComplaintArgs, 'input'>>;
  respondToCustomer?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationRespondToCustomerArgs, 'input'>>;
  startImplementation?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationStartImplementationArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  complaint?: Resolver<Maybe<ResolversTypes['Complaint']>, ParentType, ContextType, RequireFields<QueryComplaintArgs, 'id'>>;
  complaintByNumber?: Resolver<Maybe<ResolversTypes['Complaint']>, ParentType, ContextType, RequireFields<QueryComplaintByNumberArgs, 'number'>>;
  complaintStats?: Resolver<Maybe<Array<ResolversTypes['ComplaintStats']>>, ParentType, ContextType, RequireFields<QueryComplaintStatsArgs, 'groupBy'>>;
  complaints?: Resolver<Maybe<ResolversTypes['ComplaintConnection']>, ParentType, ContextType, RequireFields<QueryComplaintsArgs, 'first'>>;
}>;

export type RootCauseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RootCause'] = ResolversParentTypes['RootCause']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['Fishbone'], ParentType, ContextType>;
  how?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  howMuch?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  what?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  where?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  who?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  why?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SlaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sla'] = ResolversParentTypes['Sla']> = ResolversObject<{
  firstRespondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  firstResponseBreached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  firstResponseDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  firstResponseTargetHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  onTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  paused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pausedWorkingHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resolutionBreached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resolutionDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolutionTargetHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  workingHoursToResolve?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type SolutionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Solution'] = ResolversParentTypes['Solution'], FederationReferenceType extends FederationReferenceTypes['Solution'] = FederationReferenceTypes['Solution']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Solution']> | FederationReferenceType, FederationReferenceType, ContextType>;
  compensation?: Resolver<Maybe<ResolversTypes['Compensation']>, ParentType, ContextType>;
  complaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  respondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  response?: Resolver<Maybe<ResolversTypes['CustomerResponse']>, ParentType, ContextType>;
  responseReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimelineEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplaintStatus'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
}>;

export interface UuidScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['UUID'], any> {
  name: 'UUID';
}

export type Resolvers<ContextType = Context> = ResolversObject<{
  Acknowledgement?: AcknowledgementResolvers<ContextType>;
  Compensation?: CompensationResolvers<ContextType>;
  CompensationCase?: CompensationCaseResolvers<ContextType>;
  Complaint?: ComplaintResolvers<ContextType>;
  ComplaintConnection?: ComplaintConnectionResolvers<ContextType>;
  ComplaintEdge?: ComplaintEdgeResolvers<ContextType>;
  ComplaintReport?: ComplaintReportResolvers<ContextType>;
  ComplaintStats?: ComplaintStatsResolvers<ContextType>;
  ComplaintStatsKey?: ComplaintStatsKeyResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Feedback?: FeedbackResolvers<ContextType>;
  FollowUp?: FollowUpResolvers<ContextType>;
  Handover?: HandoverResolvers<ContextType>;
  ImprovementAction?: ImprovementActionResolvers<ContextType>;
  InvestigationNote?: InvestigationNoteResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RootCause?: RootCauseResolvers<ContextType>;
  Sla?: SlaResolvers<ContextType>;
  Solution?: SolutionResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  UUID?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  bounds?: BoundsDirectiveResolver<any, any, ContextType>;
}>;

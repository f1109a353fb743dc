import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Customer as CustomerModel, ProfileChanges as ProfileChangesModel, IdentityVerification as IdentityVerificationModel } from '../../domain/customer';
import { Redemption as RedemptionModel } from '../../domain/redemption';
import { Campaign as CampaignModel, Interaction as InteractionModel } from '../../domain/campaign';
import { LedgerEntry as LedgerEntryModel, PointsDraw as PointsDrawModel, PointsExpiry as PointsExpiryModel } from '../../domain/points';
import { PointsLiability as PointsLiabilityModel, PointsExpiryMonth as PointsExpiryMonthModel } from '../../application/points-liability';
import { TierProposal as TierProposalModel } from '../../domain/tier';
import { CustomerChange as CustomerChangeModel } from '../../domain/customer-change';
import { Purchase as PurchaseModel } from '../../domain/purchase';
import { Discount as DiscountModel } from '../../domain/discount';
import { Freeze as FreezeModel } from '../../domain/freeze';
import { Consent as ConsentModel } from '../../domain/consent';
import { LoyaltyPolicy as LoyaltyPolicyModel } from '../../domain/policy';
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
  DateTime: { input: Date; output: Date; }
  /** A decimal amount as a string, e.g. "1280.00" (never a float). */
  Decimal: { input: string; output: string; }
  EmailAddress: { input: string; output: string; }
  /** A whole number up to 2^53 - 1 (9007199254740991): totals beyond GraphQL's 32-bit Int. */
  SafeInt: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AdjustPointsInput = {
  customerId: Scalars['ID']['input'];
  /** Signed: a credit is positive, a debit negative (taken oldest-expiring first, never below zero). */
  points: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};

export type Benefit = {
  __typename?: 'Benefit';
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
};

export type Campaign = {
  __typename?: 'Campaign';
  /** KH + year + 6-digit serial, e.g. KH2026000123. */
  archiveNumber?: Maybe<Scalars['String']['output']>;
  budget: Scalars['Decimal']['output'];
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  currency: Scalars['String']['output'];
  endsOn: Scalars['Date']['output'];
  expectedEffect?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  interactions: Array<CampaignInteraction>;
  name: Scalars['String']['output'];
  /** 1 working day after submission (internal control review). */
  reviewDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** 10 working days after the end. */
  settleDueAt?: Maybe<Scalars['DateTime']['output']>;
  settledAt?: Maybe<Scalars['DateTime']['output']>;
  settledOnTime?: Maybe<Scalars['Boolean']['output']>;
  spent: Scalars['Decimal']['output'];
  startsOn: Scalars['Date']['output'];
  status: CampaignStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  targetTags: Array<Scalars['String']['output']>;
  targetTiers: Array<Tier>;
  type: Scalars['String']['output'];
};

export type CampaignConnection = {
  __typename?: 'CampaignConnection';
  edges: Array<CampaignEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CampaignEdge = {
  __typename?: 'CampaignEdge';
  cursor: Scalars['String']['output'];
  node: Campaign;
};

export type CampaignInteraction = {
  __typename?: 'CampaignInteraction';
  at: Scalars['DateTime']['output'];
  cost: Scalars['Decimal']['output'];
  customerId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  points: Scalars['Int']['output'];
  recordedBy: Scalars['String']['output'];
};

export type CampaignStatus =
  | 'APPROVED'
  | 'ARCHIVED'
  | 'CLOSED'
  | 'DRAFT'
  | 'PENDING_APPROVAL'
  | 'SETTLED';

export type ConfirmTierChangeInput = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type Consent = {
  __typename?: 'Consent';
  granted: Scalars['Boolean']['output'];
  kind: ConsentKind;
  /** e.g. CONSENT, CONTRACT (GDPR art. 6), CCPA_NOTICE. */
  lawfulBasis?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  source?: Maybe<Scalars['String']['output']>;
};

export type ConsentKind =
  /** Marketing e-mail; withdrawing it is the unsubscribe every marketing mail offers. */
  | 'MARKETING_EMAIL'
  /** The signed privacy authorisation (DOMAIN 2.7). */
  | 'PRIVACY';

export type CreateCampaignInput = {
  budget: Scalars['Decimal']['input'];
  endsOn: Scalars['Date']['input'];
  expectedEffect?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  startsOn: Scalars['Date']['input'];
  targetTags?: InputMaybe<Array<Scalars['String']['input']>>;
  targetTiers: Array<Tier>;
  type: Scalars['String']['input'];
};

/**
 * A customer of the company. Owned by the customers-and-loyalty service; other subgraphs extend it.
 * Contact details are masked unless the caller's role may see them in full; every unmasked read is audited.
 */
export type Customer = {
  __typename?: 'Customer';
  /** Spend in CNY in a calendar year (default: the current year), net of returns. */
  annualSpend: Scalars['Decimal']['output'];
  /** The benefits of the customer's tier, by the policy in force. */
  benefits: Array<Benefit>;
  /** Masked (****-03-14) unless the caller may see personal data. */
  birthday?: Maybe<Scalars['String']['output']>;
  consentHistory: Array<Consent>;
  /** The current consents; `consentHistory` has every change. */
  consents: Array<Consent>;
  /** The discounts issued or asked for the customer, newest first (DOMAIN 2.3). */
  discounts: DiscountConnection;
  /** Masked (w***@example.com) unless the caller may see personal data. */
  email?: Maybe<Scalars['String']['output']>;
  freezes: Array<Freeze>;
  id: Scalars['ID']['output'];
  identity?: Maybe<IdentityVerification>;
  identityVerified: Scalars['Boolean']['output'];
  /** Points locked by redemptions waiting for approval. */
  lockedPoints: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Masked (138****5678) unless the caller may see personal data. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Posted points minus points locked by pending redemptions: what the customer can redeem. */
  pointsBalance: Scalars['Int']['output'];
  /**
   * The points the customer can redeem (`pointsBalance`), by when they expire, soonest first: they add up to
   * `pointsBalance`. Points locked by a pending redemption are not among them.
   */
  pointsExpiring: Array<PointsExpiry>;
  pointsLedger: LedgerConnection;
  preferredLanguage?: Maybe<Scalars['String']['output']>;
  /** The customer's points redemptions, newest first. */
  redemptions: RedemptionConnection;
  /** Region or country, e.g. CN-GD or DE. */
  region?: Maybe<Scalars['String']['output']>;
  registeredAt: Scalars['DateTime']['output'];
  /** The dedicated service representative (a staff id); Diamond customers have one. */
  representative?: Maybe<Scalars['String']['output']>;
  status: CustomerStatus;
  tags: Array<Scalars['String']['output']>;
  tier: Tier;
};


/**
 * A customer of the company. Owned by the customers-and-loyalty service; other subgraphs extend it.
 * Contact details are masked unless the caller's role may see them in full; every unmasked read is audited.
 */
export type CustomerAnnualSpendArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A customer of the company. Owned by the customers-and-loyalty service; other subgraphs extend it.
 * Contact details are masked unless the caller's role may see them in full; every unmasked read is audited.
 */
export type CustomerDiscountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A customer of the company. Owned by the customers-and-loyalty service; other subgraphs extend it.
 * Contact details are masked unless the caller's role may see them in full; every unmasked read is audited.
 */
export type CustomerPointsLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A customer of the company. Owned by the customers-and-loyalty service; other subgraphs extend it.
 * Contact details are masked unless the caller's role may see them in full; every unmasked read is audited.
 */
export type CustomerRedemptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A customer data change request (DOMAIN 2.5): entered and verified by one person, reviewed by another. */
export type CustomerChange = {
  __typename?: 'CustomerChange';
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  changes: CustomerChangeFields;
  customer: Customer;
  /** 2 working hours after submission. */
  dueAt: Scalars['DateTime']['output'];
  enteredBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  idDocumentReference: Scalars['String']['output'];
  onTime?: Maybe<Scalars['Boolean']['output']>;
  /**
   * When the service found it still unanswered past dueAt and announced it (customer_change.response_overdue,
   * a late response for governance); null when answered in time or not yet due. Its answer is still recorded,
   * late.
   */
  overdueAt?: Maybe<Scalars['DateTime']['output']>;
  rejectionReason?: Maybe<Scalars['String']['output']>;
  reviewedBy?: Maybe<Scalars['String']['output']>;
  status: CustomerChangeStatus;
  submittedAt: Scalars['DateTime']['output'];
};

export type CustomerChangeConnection = {
  __typename?: 'CustomerChangeConnection';
  edges: Array<CustomerChangeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomerChangeEdge = {
  __typename?: 'CustomerChangeEdge';
  cursor: Scalars['String']['output'];
  node: CustomerChange;
};

export type CustomerChangeFields = {
  __typename?: 'CustomerChangeFields';
  birthday?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  preferredLanguage?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
};

/** Which data change requests to list: the reviewers' queue (DOMAIN 2.5). */
export type CustomerChangeFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only those announced overdue (unanswered past dueAt when the job looked); false: only the others. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<CustomerChangeStatus>;
};

export type CustomerChangeStatus =
  | 'APPLIED'
  | 'PENDING_REVIEW'
  | 'REJECTED';

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
};

export type CustomerFilter = {
  region?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CustomerStatus>;
  tag?: InputMaybe<Scalars['String']['input']>;
  tier?: InputMaybe<Tier>;
};

/** One line of the statistics export: aggregates only, never a person's data (DOMAIN 2.7). */
export type CustomerStatistic = {
  __typename?: 'CustomerStatistic';
  annualSpend: Scalars['Decimal']['output'];
  customers: Scalars['Int']['output'];
  region?: Maybe<Scalars['String']['output']>;
  tier: Tier;
};

export type CustomerStatus =
  | 'ACTIVE'
  | 'DEACTIVATED'
  | 'FROZEN';

/**
 * A discount for a customer (DOMAIN 2.3): issued at once when the purchase records support it, or (a Platinum
 * discount) once the department head approves it.
 */
export type Discount = {
  __typename?: 'Discount';
  currency: Scalars['String']['output'];
  customer: Customer;
  customerId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  issuedAt?: Maybe<Scalars['DateTime']['output']>;
  kind: DiscountKind;
  period?: Maybe<Scalars['String']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  status: DiscountStatus;
  tier: Tier;
  value: Scalars['Decimal']['output'];
};

export type DiscountConnection = {
  __typename?: 'DiscountConnection';
  edges: Array<DiscountEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DiscountEdge = {
  __typename?: 'DiscountEdge';
  cursor: Scalars['String']['output'];
  node: Discount;
};

export type DiscountKind =
  | 'DIAMOND_EXCLUSIVE'
  | 'GOLD_QUARTERLY'
  | 'PLATINUM_EXCLUSIVE';

export type DiscountStatus =
  | 'ISSUED'
  | 'PENDING_APPROVAL'
  | 'REFUSED';

export type Freeze = {
  __typename?: 'Freeze';
  complaintId?: Maybe<Scalars['ID']['output']>;
  customerId: Scalars['ID']['output'];
  /** 2 working hours after the report. */
  freezeDueAt: Scalars['DateTime']['output'];
  frozenAt: Scalars['DateTime']['output'];
  frozenOnTime: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** 3 working days after the freeze. */
  investigationDueAt: Scalars['DateTime']['output'];
  /** A major case (an urgent or complex points-anomaly complaint) goes to the GM office meeting. */
  major: Scalars['Boolean']['output'];
  reason: Scalars['String']['output'];
  reportedAt: Scalars['DateTime']['output'];
  source: Scalars['String']['output'];
  unfreezeReason?: Maybe<Scalars['String']['output']>;
  unfrozenAt?: Maybe<Scalars['DateTime']['output']>;
};

export type IdentityVerification = {
  __typename?: 'IdentityVerification';
  /** A masked reference only (e.g. ****1234): the number itself is never stored. */
  documentReference: Scalars['String']['output'];
  documentType: Scalars['String']['output'];
  verifiedAt: Scalars['DateTime']['output'];
  verifiedBy: Scalars['String']['output'];
};

export type IssueDiscountInput = {
  customerId: Scalars['ID']['input'];
  kind: DiscountKind;
  value: Scalars['Decimal']['input'];
};

export type LedgerConnection = {
  __typename?: 'LedgerConnection';
  edges: Array<LedgerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LedgerEdge = {
  __typename?: 'LedgerEdge';
  cursor: Scalars['String']['output'];
  node: LedgerEntry;
};

export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  /**
   * For debits that take points from credits (a redemption, an expiry, a return's reversal, a deduction): the
   * credits they took them from, oldest-expiring first, and how many from each. Empty for credits. A redemption
   * that was rejected or withdrawn is VOID and its points went back to these credits.
   */
  drawnFrom: Array<PointsDraw>;
  /** For credits: when the points expire. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: LedgerKind;
  /** Signed: credits positive, debits negative. */
  points: Scalars['Int']['output'];
  postedAt: Scalars['DateTime']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  /** For credits: points not yet consumed. */
  remaining?: Maybe<Scalars['Int']['output']>;
  source: LedgerSource;
  sourceId?: Maybe<Scalars['String']['output']>;
  status: LedgerStatus;
};

export type LedgerKind =
  | 'ADJUST'
  | 'COMPENSATE'
  | 'EARN'
  | 'EXPIRE'
  | 'REDEEM'
  | 'REVERSE';

export type LedgerSource =
  | 'CAMPAIGN'
  | 'COMPLAINT'
  | 'EXPIRY'
  | 'MANUAL'
  | 'PURCHASE'
  | 'REDEMPTION'
  | 'RETURN';

export type LedgerStatus =
  | 'PENDING'
  | 'POSTED'
  | 'VOID';

/** Targets of DOMAIN 2.8 the service can compute, for a period [from, to). */
export type LoyaltyKpis = {
  __typename?: 'LoyaltyKpis';
  /** Campaign costs / revenue (target <= 1.5 %). */
  activityCostShare?: Maybe<Scalars['Decimal']['output']>;
  /** Campaign costs / approved budgets (target <= 100 %). */
  budgetAttainment?: Maybe<Scalars['Decimal']['output']>;
  /** Bought in the 12 months before `from`, not in [from, to) / bought in the 12 months before (target <= 3 %). */
  churnRate?: Maybe<Scalars['Decimal']['output']>;
  /** Rejected data change requests / change requests (target <= 0.1 %). */
  dataErrorRate?: Maybe<Scalars['Decimal']['output']>;
  /** Diamond at `from` and still Diamond at `to` / Diamond at `from` (target >= 97 %). */
  diamondRetention?: Maybe<Scalars['Decimal']['output']>;
  from: Scalars['DateTime']['output'];
  /** Targeted customers with a recorded interaction / targeted customers (DOMAIN 4.2: >= 95 %). */
  interactionCoverage?: Maybe<Scalars['Decimal']['output']>;
  /** Customers with 2 or more purchases / customers with at least one (target: +5 %). */
  repurchaseRate?: Maybe<Scalars['Decimal']['output']>;
  to: Scalars['DateTime']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** A manual points correction (ADJUST entry) with its reason, e.g. after a points-anomaly investigation. */
  adjustPoints: Customer;
  archiveCampaign: Campaign;
  closeCampaign: Campaign;
  /** Internal control confirms or rejects a proposal (not its proposer). */
  confirmTierChange: TierProposal;
  createCampaign: Campaign;
  /** The January re-evaluation of the previous year's spend: proposes every tier change. */
  evaluateTiers: Array<TierProposal>;
  /** Debits every points lot whose validity has ended (the expiry job, also run on a timer). */
  expirePoints: Scalars['Int']['output'];
  freezeAccount: Customer;
  issueDiscount: Discount;
  /** A manual tier override: needs a reason, audited. */
  overrideTier: Customer;
  recordCampaignInteraction: Campaign;
  recordConsent: Customer;
  recordPurchase: Purchase;
  recordReturn: Purchase;
  registerCustomer: Customer;
  requestRedemption: Redemption;
  reviewCustomerChange: CustomerChange;
  /** Finance settles the costs of a closed campaign. */
  settleCampaign: Campaign;
  submitCampaign: Campaign;
  submitCustomerChange: CustomerChange;
  unfreezeAccount: Customer;
  updateCustomer: Customer;
  verifyIdentity: Customer;
};


export type MutationAdjustPointsArgs = {
  input: AdjustPointsInput;
};


export type MutationArchiveCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmTierChangeArgs = {
  input: ConfirmTierChangeInput;
};


export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


export type MutationEvaluateTiersArgs = {
  year: Scalars['Int']['input'];
};


export type MutationFreezeAccountArgs = {
  customerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationIssueDiscountArgs = {
  input: IssueDiscountInput;
};


export type MutationOverrideTierArgs = {
  input: OverrideTierInput;
};


export type MutationRecordCampaignInteractionArgs = {
  input: RecordCampaignInteractionInput;
};


export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};


export type MutationRecordPurchaseArgs = {
  input: RecordPurchaseInput;
};


export type MutationRecordReturnArgs = {
  input: RecordReturnInput;
};


export type MutationRegisterCustomerArgs = {
  input: RegisterCustomerInput;
};


export type MutationRequestRedemptionArgs = {
  input: RequestRedemptionInput;
};


export type MutationReviewCustomerChangeArgs = {
  input: ReviewCustomerChangeInput;
};


export type MutationSettleCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitCustomerChangeArgs = {
  input: SubmitCustomerChangeInput;
};


export type MutationUnfreezeAccountArgs = {
  customerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUpdateCustomerArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCustomerInput;
};


export type MutationVerifyIdentityArgs = {
  input: VerifyIdentityInput;
};

export type OverrideTierInput = {
  customerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  tier: Tier;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Points a debit took from one credit of the same customer. */
export type PointsDraw = {
  __typename?: 'PointsDraw';
  /** The credit (an EARN, COMPENSATE or ADJUST entry) the points came from. */
  credit: LedgerEntry;
  points: Scalars['Int']['output'];
};

/** Points of a customer's credits not yet used, by the moment they expire. */
export type PointsExpiry = {
  __typename?: 'PointsExpiry';
  /**
   * When these points expire (by the policy, the end of the 24th month after the month they were earned). A
   * moment already past means the expiry job has not debited them yet: they can still be redeemed until it does.
   */
  expiresAt: Scalars['DateTime']['output'];
  points: Scalars['Int']['output'];
  /**
   * When the customer was reminded that these points expire (the `points.expiring` event, sent
   * POINTS_EXPIRY_NOTICE_DAYS before); null when no reminder was given (yet).
   */
  remindedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** The points that expire at the end of one month. */
export type PointsExpiryMonth = {
  __typename?: 'PointsExpiryMonth';
  /** Customers whose points these are. */
  customers: Scalars['Int']['output'];
  /** YYYY-MM, company time. */
  month: Scalars['String']['output'];
  points: Scalars['SafeInt']['output'];
  /** What they are worth in CNY at the point value in force. */
  value: Scalars['Decimal']['output'];
};

/**
 * The company's points liability (DOMAIN 2.1, 2.3): the points customers hold, what they are worth at the
 * point value in force, and when the redeemable ones expire. For the readers of the KPIs (analyst, finance,
 * internal control, audit, GM, VP, sales, marketing).
 */
export type PointsLiability = {
  __typename?: 'PointsLiability';
  /** Points customers can redeem (the sum of every customer's pointsBalance). */
  available: Scalars['SafeInt']['output'];
  /** Customers holding points, available or locked. */
  customers: Scalars['Int']['output'];
  /**
   * The available points by the calendar month (company time) at whose end they expire, for `months`
   * months from the current one, every month listed. Points past their expiry that the expiry job has not
   * debited yet count in the current month.
   */
  expiring: Array<PointsExpiryMonth>;
  /** Points locked by redemptions waiting for approval (the sum of lockedPoints). */
  locked: Scalars['SafeInt']['output'];
  /** What the available and locked points are worth in CNY (tierPolicy.pointValueCny). */
  value: Scalars['Decimal']['output'];
};


/**
 * The company's points liability (DOMAIN 2.1, 2.3): the points customers hold, what they are worth at the
 * point value in force, and when the redeemable ones expire. For the readers of the KPIs (analyst, finance,
 * internal control, audit, GM, VP, sales, marketing).
 */
export type PointsLiabilityExpiringArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
};

export type Purchase = {
  __typename?: 'Purchase';
  amount: Scalars['Decimal']['output'];
  amountCny: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  customerId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  orderNumber: Scalars['String']['output'];
  pointsEarned: Scalars['Int']['output'];
  purchasedAt: Scalars['DateTime']['output'];
  returnedCny: Scalars['Decimal']['output'];
};

export type Query = {
  __typename?: 'Query';
  campaign?: Maybe<Campaign>;
  campaigns?: Maybe<CampaignConnection>;
  customer?: Maybe<Customer>;
  customerChange?: Maybe<CustomerChange>;
  /** Data change requests, the earliest deadline first: the reviewers' queue (DOMAIN 2.5, 2 working hours). */
  customerChanges?: Maybe<CustomerChangeConnection>;
  /** The data export: compliance only, aggregated for statistics (DOMAIN 2.7). */
  customerStatistics?: Maybe<Array<CustomerStatistic>>;
  customers?: Maybe<CustomerConnection>;
  discount?: Maybe<Discount>;
  loyaltyKpis?: Maybe<LoyaltyKpis>;
  /** The points customers hold, their worth and when they expire: the KPI readers' (DOMAIN 2.1, 2.3). */
  pointsLiability?: Maybe<PointsLiability>;
  redemption?: Maybe<Redemption>;
  tierPolicy?: Maybe<TierPolicy>;
  tierProposals?: Maybe<Array<TierProposal>>;
};


export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CampaignStatus>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerChangeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerChangeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCustomerStatisticsArgs = {
  year: Scalars['Int']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDiscountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLoyaltyKpisArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryRedemptionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTierProposalsArgs = {
  status?: InputMaybe<TierProposalStatus>;
  year: Scalars['Int']['input'];
};

export type RecordCampaignInteractionInput = {
  campaignId: Scalars['ID']['input'];
  cost: Scalars['Decimal']['input'];
  customerId: Scalars['ID']['input'];
  kind: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Points granted to the customer (an EARN entry from the campaign). */
  points?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordConsentInput = {
  customerId: Scalars['ID']['input'];
  granted: Scalars['Boolean']['input'];
  kind: ConsentKind;
  lawfulBasis?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};

export type RecordPurchaseInput = {
  amount: Scalars['Decimal']['input'];
  /** The amount in CNY; required when the currency is not CNY. */
  amountCny?: InputMaybe<Scalars['Decimal']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  customerId: Scalars['ID']['input'];
  orderNumber: Scalars['String']['input'];
  purchasedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type RecordReturnInput = {
  /** The refunded amount in CNY. */
  amountCny: Scalars['Decimal']['input'];
  orderNumber: Scalars['String']['input'];
  returnNumber: Scalars['String']['input'];
};

export type Redemption = {
  __typename?: 'Redemption';
  currency: Scalars['String']['output'];
  customer: Customer;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  points: Scalars['Int']['output'];
  requestedAt: Scalars['DateTime']['output'];
  requiredAuthority: RedemptionAuthority;
  status: RedemptionStatus;
  /** points x the point value, in CNY. */
  value: Scalars['Decimal']['output'];
};

export type RedemptionAuthority =
  | 'GM'
  | 'LOYALTY_SUPERVISOR';

export type RedemptionConnection = {
  __typename?: 'RedemptionConnection';
  edges: Array<RedemptionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RedemptionEdge = {
  __typename?: 'RedemptionEdge';
  cursor: Scalars['String']['output'];
  node: Redemption;
};

export type RedemptionStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'PENDING_APPROVAL';

export type RegisterCustomerInput = {
  birthday?: InputMaybe<Scalars['Date']['input']>;
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  preferredLanguage?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  representative?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type RequestRedemptionInput = {
  customerId: Scalars['ID']['input'];
  /** Client-supplied key: the same key returns the same redemption. */
  idempotencyKey: Scalars['String']['input'];
  points: Scalars['Int']['input'];
};

export type ReviewCustomerChangeInput = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type SubmitCustomerChangeInput = {
  birthday?: InputMaybe<Scalars['Date']['input']>;
  customerId: Scalars['ID']['input'];
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** The ID photo or document the request came with (a reference, not the number). */
  idDocumentReference: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  preferredLanguage?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};

export type Tier =
  | 'DIAMOND'
  | 'GOLD'
  | 'MEMBER'
  | 'PLATINUM';

export type TierPolicy = {
  __typename?: 'TierPolicy';
  effectiveFrom: Scalars['DateTime']['output'];
  expiryMonths: Scalars['Int']['output'];
  pointValueCny: Scalars['Decimal']['output'];
  pointsPerCny: Scalars['Decimal']['output'];
  redemptionGmThreshold: Scalars['Decimal']['output'];
  thresholds: Array<TierThreshold>;
  version: Scalars['Int']['output'];
};

export type TierProposal = {
  __typename?: 'TierProposal';
  annualSpend: Scalars['Decimal']['output'];
  customer: Customer;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  evaluationYear: Scalars['Int']['output'];
  from: Tier;
  id: Scalars['ID']['output'];
  policyVersion: Scalars['Int']['output'];
  proposedBy: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  status: TierProposalStatus;
  to: Tier;
};

export type TierProposalStatus =
  | 'CONFIRMED'
  | 'PROPOSED'
  | 'REJECTED';

export type TierThreshold = {
  __typename?: 'TierThreshold';
  minAnnualSpend: Scalars['Decimal']['output'];
  tier: Tier;
};

/**
 * Operational fields only. Name, contacts, region and birthday change through a change request with its
 * ID document and a second person's review (DOMAIN 2.5): see submitCustomerChange.
 */
export type UpdateCustomerInput = {
  preferredLanguage?: InputMaybe<Scalars['String']['input']>;
  representative?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type VerifyIdentityInput = {
  customerId: Scalars['ID']['input'];
  /** The document number: only a masked reference is kept. */
  documentNumber: Scalars['String']['input'];
  documentType: Scalars['String']['input'];
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
  Campaign: Campaign;
  Customer: Customer;
  Discount: Discount;
  Redemption: Redemption;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Campaign:
    ( { __typename: 'Campaign' }
    & GraphQLRecursivePick<FederationTypes['Campaign'], {"id":true}> );
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Discount:
    ( { __typename: 'Discount' }
    & GraphQLRecursivePick<FederationTypes['Discount'], {"id":true}> );
  Redemption:
    ( { __typename: 'Redemption' }
    & GraphQLRecursivePick<FederationTypes['Redemption'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AdjustPointsInput: AdjustPointsInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Benefit: ResolverTypeWrapper<Benefit>;
  Campaign: ResolverTypeWrapper<CampaignModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CampaignConnection: ResolverTypeWrapper<Omit<CampaignConnection, 'edges'> & { edges: Array<ResolversTypes['CampaignEdge']> }>;
  CampaignEdge: ResolverTypeWrapper<Omit<CampaignEdge, 'node'> & { node: ResolversTypes['Campaign'] }>;
  CampaignInteraction: ResolverTypeWrapper<InteractionModel>;
  CampaignStatus: CampaignStatus;
  ConfirmTierChangeInput: ConfirmTierChangeInput;
  Consent: ResolverTypeWrapper<ConsentModel>;
  ConsentKind: ConsentKind;
  CreateCampaignInput: CreateCampaignInput;
  Customer: ResolverTypeWrapper<CustomerModel>;
  CustomerChange: ResolverTypeWrapper<CustomerChangeModel>;
  CustomerChangeConnection: ResolverTypeWrapper<Omit<CustomerChangeConnection, 'edges'> & { edges: Array<ResolversTypes['CustomerChangeEdge']> }>;
  CustomerChangeEdge: ResolverTypeWrapper<Omit<CustomerChangeEdge, 'node'> & { node: ResolversTypes['CustomerChange'] }>;
  CustomerChangeFields: ResolverTypeWrapper<ProfileChangesModel>;
  CustomerChangeFilter: CustomerChangeFilter;
  CustomerChangeStatus: CustomerChangeStatus;
  CustomerConnection: ResolverTypeWrapper<Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversTypes['CustomerEdge']> }>;
  CustomerEdge: ResolverTypeWrapper<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>;
  CustomerFilter: CustomerFilter;
  CustomerStatistic: ResolverTypeWrapper<CustomerStatistic>;
  CustomerStatus: CustomerStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Discount: ResolverTypeWrapper<DiscountModel>;
  DiscountConnection: ResolverTypeWrapper<Omit<DiscountConnection, 'edges'> & { edges: Array<ResolversTypes['DiscountEdge']> }>;
  DiscountEdge: ResolverTypeWrapper<Omit<DiscountEdge, 'node'> & { node: ResolversTypes['Discount'] }>;
  DiscountKind: DiscountKind;
  DiscountStatus: DiscountStatus;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  Freeze: ResolverTypeWrapper<FreezeModel>;
  IdentityVerification: ResolverTypeWrapper<IdentityVerificationModel>;
  IssueDiscountInput: IssueDiscountInput;
  LedgerConnection: ResolverTypeWrapper<Omit<LedgerConnection, 'edges'> & { edges: Array<ResolversTypes['LedgerEdge']> }>;
  LedgerEdge: ResolverTypeWrapper<Omit<LedgerEdge, 'node'> & { node: ResolversTypes['LedgerEntry'] }>;
  LedgerEntry: ResolverTypeWrapper<LedgerEntryModel>;
  LedgerKind: LedgerKind;
  LedgerSource: LedgerSource;
  LedgerStatus: LedgerStatus;
  LoyaltyKpis: ResolverTypeWrapper<LoyaltyKpis>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OverrideTierInput: OverrideTierInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PointsDraw: ResolverTypeWrapper<PointsDrawModel>;
  PointsExpiry: ResolverTypeWrapper<PointsExpiryModel>;
  PointsExpiryMonth: ResolverTypeWrapper<PointsExpiryMonthModel>;
  PointsLiability: ResolverTypeWrapper<PointsLiabilityModel>;
  Purchase: ResolverTypeWrapper<PurchaseModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordCampaignInteractionInput: RecordCampaignInteractionInput;
  RecordConsentInput: RecordConsentInput;
  RecordPurchaseInput: RecordPurchaseInput;
  RecordReturnInput: RecordReturnInput;
  Redemption: ResolverTypeWrapper<RedemptionModel>;
  RedemptionAuthority: RedemptionAuthority;
  RedemptionConnection: ResolverTypeWrapper<Omit<RedemptionConnection, 'edges'> & { edges: Array<ResolversTypes['RedemptionEdge']> }>;
  RedemptionEdge: ResolverTypeWrapper<Omit<RedemptionEdge, 'node'> & { node: ResolversTypes['Redemption'] }>;
  RedemptionStatus: RedemptionStatus;
  RegisterCustomerInput: RegisterCustomerInput;
  RequestRedemptionInput: RequestRedemptionInput;
  ReviewCustomerChangeInput: ReviewCustomerChangeInput;
  SafeInt: ResolverTypeWrapper<Scalars['SafeInt']['output']>;
  SubmitCustomerChangeInput: SubmitCustomerChangeInput;
  Tier: Tier;
  TierPolicy: ResolverTypeWrapper<LoyaltyPolicyModel>;
  TierProposal: ResolverTypeWrapper<TierProposalModel>;
  TierProposalStatus: TierProposalStatus;
  TierThreshold: ResolverTypeWrapper<TierThreshold>;
  UpdateCustomerInput: UpdateCustomerInput;
  VerifyIdentityInput: VerifyIdentityInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AdjustPointsInput: AdjustPointsInput;
  ID: Scalars['ID']['output'];
  Benefit: Benefit;
  Campaign: CampaignModel;
  Boolean: Scalars['Boolean']['output'];
  CampaignConnection: Omit<CampaignConnection, 'edges'> & { edges: Array<ResolversParentTypes['CampaignEdge']> };
  CampaignEdge: Omit<CampaignEdge, 'node'> & { node: ResolversParentTypes['Campaign'] };
  CampaignInteraction: InteractionModel;
  ConfirmTierChangeInput: ConfirmTierChangeInput;
  Consent: ConsentModel;
  CreateCampaignInput: CreateCampaignInput;
  Customer: CustomerModel;
  CustomerChange: CustomerChangeModel;
  CustomerChangeConnection: Omit<CustomerChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomerChangeEdge']> };
  CustomerChangeEdge: Omit<CustomerChangeEdge, 'node'> & { node: ResolversParentTypes['CustomerChange'] };
  CustomerChangeFields: ProfileChangesModel;
  CustomerChangeFilter: CustomerChangeFilter;
  CustomerConnection: Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomerEdge']> };
  CustomerEdge: Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] };
  CustomerFilter: CustomerFilter;
  CustomerStatistic: CustomerStatistic;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Discount: DiscountModel;
  DiscountConnection: Omit<DiscountConnection, 'edges'> & { edges: Array<ResolversParentTypes['DiscountEdge']> };
  DiscountEdge: Omit<DiscountEdge, 'node'> & { node: ResolversParentTypes['Discount'] };
  EmailAddress: Scalars['EmailAddress']['output'];
  Freeze: FreezeModel;
  IdentityVerification: IdentityVerificationModel;
  IssueDiscountInput: IssueDiscountInput;
  LedgerConnection: Omit<LedgerConnection, 'edges'> & { edges: Array<ResolversParentTypes['LedgerEdge']> };
  LedgerEdge: Omit<LedgerEdge, 'node'> & { node: ResolversParentTypes['LedgerEntry'] };
  LedgerEntry: LedgerEntryModel;
  LoyaltyKpis: LoyaltyKpis;
  Mutation: Record<PropertyKey, never>;
  OverrideTierInput: OverrideTierInput;
  PageInfo: PageInfo;
  PointsDraw: PointsDrawModel;
  PointsExpiry: PointsExpiryModel;
  PointsExpiryMonth: PointsExpiryMonthModel;
  PointsLiability: PointsLiabilityModel;
  Purchase: PurchaseModel;
  Query: Record<PropertyKey, never>;
  RecordCampaignInteractionInput: RecordCampaignInteractionInput;
  RecordConsentInput: RecordConsentInput;
  RecordPurchaseInput: RecordPurchaseInput;
  RecordReturnInput: RecordReturnInput;
  Redemption: RedemptionModel;
  RedemptionConnection: Omit<RedemptionConnection, 'edges'> & { edges: Array<ResolversParentTypes['RedemptionEdge']> };
  RedemptionEdge: Omit<RedemptionEdge, 'node'> & { node: ResolversParentTypes['Redemption'] };
  RegisterCustomerInput: RegisterCustomerInput;
  RequestRedemptionInput: RequestRedemptionInput;
  ReviewCustomerChangeInput: ReviewCustomerChangeInput;
  SafeInt: Scalars['SafeInt']['output'];
  SubmitCustomerChangeInput: SubmitCustomerChangeInput;
  TierPolicy: LoyaltyPolicyModel;
  TierProposal: TierProposalModel;
  TierThreshold: TierThreshold;
  UpdateCustomerInput: UpdateCustomerInput;
  VerifyIdentityInput: VerifyIdentityInput;
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

export type BenefitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Benefit'] = ResolversParentTypes['Benefit']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CampaignResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign'], FederationReferenceType extends FederationReferenceTypes['Campaign'] = FederationReferenceTypes['Campaign']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Campaign']> | FederationReferenceType, FederationReferenceType, ContextType>;
  archiveNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  budget?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  expectedEffect?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interactions?: Resolver<Array<ResolversTypes['CampaignInteraction']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  settleDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  settledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  settledOnTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CampaignStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  targetTags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  targetTiers?: Resolver<Array<ResolversTypes['Tier']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CampaignConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignConnection'] = ResolversParentTypes['CampaignConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CampaignEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CampaignEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignEdge'] = ResolversParentTypes['CampaignEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
}>;

export type CampaignInteractionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignInteraction'] = ResolversParentTypes['CampaignInteraction']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ConsentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = ResolversObject<{
  granted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConsentKind'], ParentType, ContextType>;
  lawfulBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annualSpend?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType, Partial<CustomerAnnualSpendArgs>>;
  benefits?: Resolver<Array<ResolversTypes['Benefit']>, ParentType, ContextType>;
  birthday?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  consentHistory?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  consents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  discounts?: Resolver<ResolversTypes['DiscountConnection'], ParentType, ContextType, RequireFields<CustomerDiscountsArgs, 'first'>>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  freezes?: Resolver<Array<ResolversTypes['Freeze']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identity?: Resolver<Maybe<ResolversTypes['IdentityVerification']>, ParentType, ContextType>;
  identityVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lockedPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pointsBalance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointsExpiring?: Resolver<Array<ResolversTypes['PointsExpiry']>, ParentType, ContextType>;
  pointsLedger?: Resolver<ResolversTypes['LedgerConnection'], ParentType, ContextType, RequireFields<CustomerPointsLedgerArgs, 'first'>>;
  preferredLanguage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  redemptions?: Resolver<ResolversTypes['RedemptionConnection'], ParentType, ContextType, RequireFields<CustomerRedemptionsArgs, 'first'>>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  representative?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CustomerStatus'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
}>;

export type CustomerChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerChange'] = ResolversParentTypes['CustomerChange']> = ResolversObject<{
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['CustomerChangeFields'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enteredBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idDocumentReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  overdueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CustomerChangeStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CustomerChangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerChangeConnection'] = ResolversParentTypes['CustomerChangeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerChangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerChangeEdge'] = ResolversParentTypes['CustomerChangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CustomerChange'], ParentType, ContextType>;
}>;

export type CustomerChangeFieldsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerChangeFields'] = ResolversParentTypes['CustomerChangeFields']> = ResolversObject<{
  birthday?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preferredLanguage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CustomerConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
}>;

export type CustomerStatisticResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerStatistic'] = ResolversParentTypes['CustomerStatistic']> = ResolversObject<{
  annualSpend?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
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

export type DiscountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Discount'] = ResolversParentTypes['Discount'], FederationReferenceType extends FederationReferenceTypes['Discount'] = FederationReferenceTypes['Discount']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Discount']> | FederationReferenceType, FederationReferenceType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DiscountKind'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DiscountStatus'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type DiscountConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DiscountConnection'] = ResolversParentTypes['DiscountConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DiscountEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DiscountEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DiscountEdge'] = ResolversParentTypes['DiscountEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Discount'], ParentType, ContextType>;
}>;

export interface EmailAddressScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['EmailAddress'], any> {
  name: 'EmailAddress';
}

export type FreezeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Freeze'] = ResolversParentTypes['Freeze']> = ResolversObject<{
  complaintId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  freezeDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  frozenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  frozenOnTime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investigationDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  major?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unfreezeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unfrozenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type IdentityVerificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IdentityVerification'] = ResolversParentTypes['IdentityVerification']> = ResolversObject<{
  documentReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  verifiedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LedgerConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LedgerConnection'] = ResolversParentTypes['LedgerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LedgerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LedgerEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LedgerEdge'] = ResolversParentTypes['LedgerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LedgerEntry'], ParentType, ContextType>;
}>;

export type LedgerEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LedgerEntry'] = ResolversParentTypes['LedgerEntry']> = ResolversObject<{
  drawnFrom?: Resolver<Array<ResolversTypes['PointsDraw']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LedgerKind'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  postedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  remaining?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['LedgerSource'], ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LedgerStatus'], ParentType, ContextType>;
}>;

export type LoyaltyKpisResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LoyaltyKpis'] = ResolversParentTypes['LoyaltyKpis']> = ResolversObject<{
  activityCostShare?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  budgetAttainment?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  churnRate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  dataErrorRate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  diamondRetention?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  interactionCoverage?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  repurchaseRate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  adjustPoints?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationAdjustPointsArgs, 'input'>>;
  archiveCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationArchiveCampaignArgs, 'id'>>;
  closeCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationCloseCampaignArgs, 'id'>>;
  confirmTierChange?: Resolver<ResolversTypes['TierProposal'], ParentType, ContextType, RequireFields<MutationConfirmTierChangeArgs, 'input'>>;
  createCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationCreateCampaignArgs, 'input'>>;
  evaluateTiers?: Resolver<Array<ResolversTypes['TierProposal']>, ParentType, ContextType, RequireFields<MutationEvaluateTiersArgs, 'year'>>;
  expirePoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  freezeAccount?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationFreezeAccountArgs, 'customerId' | 'reason'>>;
  issueDiscount?: Resolver<ResolversTypes['Discount'], ParentType, ContextType, RequireFields<MutationIssueDiscountArgs, 'input'>>;
  overrideTier?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationOverrideTierArgs, 'input'>>;
  recordCampaignInteraction?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationRecordCampaignInteractionArgs, 'input'>>;
  recordConsent?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationRecordConsentArgs, 'input'>>;
  recordPurchase?: Resolver<ResolversTypes['Purchase'], ParentType, ContextType, RequireFields<MutationRecordPurchaseArgs, 'input'>>;
  recordReturn?: Resolver<ResolversTypes['Purchase'], ParentType, ContextType, RequireFields<MutationRecordReturnArgs, 'input'>>;
  registerCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationRegisterCustomerArgs, 'input'>>;
  requestRedemption?: Resolver<ResolversTypes['Redemption'], ParentType, ContextType, RequireFields<MutationRequestRedemptionArgs, 'input'>>;
  reviewCustomerChange?: Resolver<ResolversTypes['CustomerChange'], ParentType, ContextType, RequireFields<MutationReviewCustomerChangeArgs, 'input'>>;
  settleCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationSettleCampaignArgs, 'id'>>;
  submitCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationSubmitCampaignArgs, 'id'>>;
  submitCustomerChange?: Resolver<ResolversTypes['CustomerChange'], ParentType, ContextType, RequireFields<MutationSubmitCustomerChangeArgs, 'input'>>;
  unfreezeAccount?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationUnfreezeAccountArgs, 'customerId' | 'reason'>>;
  updateCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationUpdateCustomerArgs, 'id' | 'input'>>;
  verifyIdentity?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationVerifyIdentityArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PointsDrawResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PointsDraw'] = ResolversParentTypes['PointsDraw']> = ResolversObject<{
  credit?: Resolver<ResolversTypes['LedgerEntry'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PointsExpiryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PointsExpiry'] = ResolversParentTypes['PointsExpiry']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remindedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type PointsExpiryMonthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PointsExpiryMonth'] = ResolversParentTypes['PointsExpiryMonth']> = ResolversObject<{
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type PointsLiabilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PointsLiability'] = ResolversParentTypes['PointsLiability']> = ResolversObject<{
  available?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expiring?: Resolver<Array<ResolversTypes['PointsExpiryMonth']>, ParentType, ContextType, RequireFields<PointsLiabilityExpiringArgs, 'months'>>;
  locked?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type PurchaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Purchase'] = ResolversParentTypes['Purchase']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  amountCny?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pointsEarned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  purchasedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  returnedCny?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType, RequireFields<QueryCampaignArgs, 'id'>>;
  campaigns?: Resolver<Maybe<ResolversTypes['CampaignConnection']>, ParentType, ContextType, RequireFields<QueryCampaignsArgs, 'first'>>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customerChange?: Resolver<Maybe<ResolversTypes['CustomerChange']>, ParentType, ContextType, RequireFields<QueryCustomerChangeArgs, 'id'>>;
  customerChanges?: Resolver<Maybe<ResolversTypes['CustomerChangeConnection']>, ParentType, ContextType, RequireFields<QueryCustomerChangesArgs, 'first'>>;
  customerStatistics?: Resolver<Maybe<Array<ResolversTypes['CustomerStatistic']>>, ParentType, ContextType, RequireFields<QueryCustomerStatisticsArgs, 'year'>>;
  customers?: Resolver<Maybe<ResolversTypes['CustomerConnection']>, ParentType, ContextType, RequireFields<QueryCustomersArgs, 'first'>>;
  discount?: Resolver<Maybe<ResolversTypes['Discount']>, ParentType, ContextType, RequireFields<QueryDiscountArgs, 'id'>>;
  loyaltyKpis?: Resolver<Maybe<ResolversTypes['LoyaltyKpis']>, ParentType, ContextType, RequireFields<QueryLoyaltyKpisArgs, 'from' | 'to'>>;
  pointsLiability?: Resolver<Maybe<ResolversTypes['PointsLiability']>, ParentType, ContextType>;
  redemption?: Resolver<Maybe<ResolversTypes['Redemption']>, ParentType, ContextType, RequireFields<QueryRedemptionArgs, 'id'>>;
  tierPolicy?: Resolver<Maybe<ResolversTypes['TierPolicy']>, ParentType, ContextType>;
  tierProposals?: Resolver<Maybe<Array<ResolversTypes['TierProposal']>>, ParentType, ContextType, RequireFields<QueryTierProposalsArgs, 'year'>>;
}>;

export type RedemptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Redemption'] = ResolversParentTypes['Redemption'], FederationReferenceType extends FederationReferenceTypes['Redemption'] = FederationReferenceTypes['Redemption']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Redemption']> | FederationReferenceType, FederationReferenceType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requiredAuthority?: Resolver<ResolversTypes['RedemptionAuthority'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RedemptionStatus'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type RedemptionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RedemptionConnection'] = ResolversParentTypes['RedemptionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RedemptionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RedemptionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RedemptionEdge'] = ResolversParentTypes['RedemptionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Redemption'], ParentType, ContextType>;
}>;

export interface SafeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['SafeInt'], any> {
  name: 'SafeInt';
}

export type TierPolicyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierPolicy'] = ResolversParentTypes['TierPolicy']> = ResolversObject<{
  effectiveFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiryMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointValueCny?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  pointsPerCny?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  redemptionGmThreshold?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  thresholds?: Resolver<Array<ResolversTypes['TierThreshold']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TierProposalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierProposal'] = ResolversParentTypes['TierProposal']> = ResolversObject<{
  annualSpend?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evaluationYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  policyVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proposedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TierProposalStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
}>;

export type TierThresholdResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierThreshold'] = ResolversParentTypes['TierThreshold']> = ResolversObject<{
  minAnnualSpend?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Benefit?: BenefitResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  CampaignConnection?: CampaignConnectionResolvers<ContextType>;
  CampaignEdge?: CampaignEdgeResolvers<ContextType>;
  CampaignInteraction?: CampaignInteractionResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerChange?: CustomerChangeResolvers<ContextType>;
  CustomerChangeConnection?: CustomerChangeConnectionResolvers<ContextType>;
  CustomerChangeEdge?: CustomerChangeEdgeResolvers<ContextType>;
  CustomerChangeFields?: CustomerChangeFieldsResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  CustomerStatistic?: CustomerStatisticResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Discount?: DiscountResolvers<ContextType>;
  DiscountConnection?: DiscountConnectionResolvers<ContextType>;
  DiscountEdge?: DiscountEdgeResolvers<ContextType>;
  EmailAddress?: GraphQLScalarType;
  Freeze?: FreezeResolvers<ContextType>;
  IdentityVerification?: IdentityVerificationResolvers<ContextType>;
  LedgerConnection?: LedgerConnectionResolvers<ContextType>;
  LedgerEdge?: LedgerEdgeResolvers<ContextType>;
  LedgerEntry?: LedgerEntryResolvers<ContextType>;
  LoyaltyKpis?: LoyaltyKpisResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PointsDraw?: PointsDrawResolvers<ContextType>;
  PointsExpiry?: PointsExpiryResolvers<ContextType>;
  PointsExpiryMonth?: PointsExpiryMonthResolvers<ContextType>;
  PointsLiability?: PointsLiabilityResolvers<ContextType>;
  Purchase?: PurchaseResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Redemption?: RedemptionResolvers<ContextType>;
  RedemptionConnection?: RedemptionConnectionResolvers<ContextType>;
  RedemptionEdge?: RedemptionEdgeResolvers<ContextType>;
  SafeInt?: GraphQLScalarType;
  TierPolicy?: TierPolicyResolvers<ContextType>;
  TierProposal?: TierProposalResolvers<ContextType>;
  TierThreshold?: TierThresholdResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  bounds?: BoundsDirectiveResolver<any, any, ContextType>;
}>;

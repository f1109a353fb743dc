import type { Outbox } from '@care/contracts';
import type { PageRequest } from '@care/service-kit';
import type { Campaign, CampaignStatus } from '../domain/campaign';
import type { Customer, CustomerStatus, Tier } from '../domain/customer';
import type { CustomerChange } from '../domain/customer-change';
import type { Discount, DiscountKind } from '../domain/discount';
import type { Freeze } from '../domain/freeze';
import type { LoyaltyPolicy } from '../domain/policy';
import type { Allocation, LedgerEntry, LedgerKind, LedgerSource, Lot } from '../domain/points';
import type { RedemptionAuthority } from '../domain/points';
import type { WorkingTime } from '../domain/working-time';

export interface CustomerFilter {
  tier?: Tier | null;
  tag?: string | null;
  region?: string | null;
  status?: CustomerStatus | null;
  search?: string | null;
}

export interface Consent {
  id: string;
  customerId: string;
  kind: 'PRIVACY' | 'MARKETING_EMAIL';
  granted: boolean;
  lawfulBasis: string | null;
  source: string | null;
  recordedBy: string;
  recordedAt: Date;
}

export interface CustomerRepository {
  findById(id: string): Promise<Customer | null>;
  findByIds(ids: readonly string[]): Promise<Customer[]>;
  /** Locks the customer row (and so the wallet) until the transaction ends. */
  lock(id: string): Promise<Customer | null>;
  insert(customer: Customer): Promise<void>;
  update(customer: Customer): Promise<void>;
  /** One page in registration order, fetched with one extra row, with the wallet: one statement plus the count. */
  list(filter: CustomerFilter, page: PageRequest): Promise<{ rows: Customer[]; totalCount: number }>;
  insertConsent(consent: Consent): Promise<void>;
  consentsOf(customerIds: readonly string[]): Promise<Consent[]>;
  insertChange(change: CustomerChange): Promise<void>;
  findChange(id: string, lock?: boolean): Promise<CustomerChange | null>;
  updateChange(change: CustomerChange): Promise<void>;
  insertFreeze(freeze: Freeze): Promise<void>;
  /** Ends every open freeze of the customer; returns them as closed. */
  closeOpenFreezes(customerId: string, at: Date, by: string, reason: string): Promise<Freeze[]>;
  freezeByComplaint(complaintId: string): Promise<Freeze | null>;
  freezesOf(customerIds: readonly string[]): Promise<Freeze[]>;
}

export interface Purchase {
  id: string;
  customerId: string;
  orderNumber: string;
  amount: string;
  currency: string;
  amountCny: string;
  returnedCny: string;
  pointsEarned: number;
  pointsReversed: number;
  purchasedAt: Date;
  spendYear: number;
}

export interface Redemption {
  id: string;
  customerId: string;
  idempotencyKey: string;
  points: number;
  value: string;
  currency: string;
  requiredAuthority: RedemptionAuthority;
  status: 'PENDING_APPROVAL' | 'COMPLETED' | 'CANCELLED';
  ledgerEntryId: string;
  approvalRequestId: string | null;
  requestedBy: string;
  requestedAt: Date;
  decidedAt: Date | null;
}

export interface LedgerRepository {
  insertEntry(entry: LedgerEntry): Promise<void>;
  setEntryStatus(id: string, status: LedgerEntry['status']): Promise<void>;
  findEntry(kind: LedgerKind, source: LedgerSource, sourceId: string): Promise<LedgerEntry | null>;
  /** The customer's credits not yet consumed. */
  lots(customerId: string): Promise<Lot[]>;
  consume(allocations: readonly Allocation[]): Promise<void>;
  restore(allocations: readonly Allocation[]): Promise<void>;
  setWallet(customerId: string, wallet: { balance: number; locked: number }): Promise<void>;
  page(
    customerId: string,
    page: { size: number; after?: number },
  ): Promise<{ rows: (LedgerEntry & { seq: number })[]; totalCount: number }>;
  customersWithExpiredLots(now: Date): Promise<string[]>;
  findPurchase(orderNumber: string, lock?: boolean): Promise<Purchase | null>;
  insertPurchase(purchase: Purchase): Promise<void>;
  updatePurchase(purchase: Purchase): Promise<void>;
  insertReturn(ret: {
    id: string;
    purchaseId: string;
    returnNumber: string;
    amountCny: string;
    returnedAt: Date;
  }): Promise<boolean>;
  /** Net spend in CNY per customer for a calendar year (by purchase date, company time). */
  annualSpend(customerIds: readonly string[], year: number): Promise<Map<string, string>>;
  insertRedemption(r: Redemption): Promise<boolean>;
  findRedemption(id: string, lock?: boolean): Promise<Redemption | null>;
  findRedemptionByKey(customerId: string, key: string): Promise<Redemption | null>;
  updateRedemption(r: Redemption): Promise<void>;
  insertDiscount(d: Discount): Promise<boolean>;
  findDiscount(id: string, lock?: boolean): Promise<Discount | null>;
  updateDiscount(d: Discount): Promise<void>;
  discountIssued(customerId: string, kind: DiscountKind, period: string): Promise<boolean>;
}

export interface TierProposal {
  id: string;
  customerId: string;
  evaluationYear: number;
  from: Tier;
  to: Tier;
  annualSpend: string;
  policyVersion: number;
  status: 'PROPOSED' | 'CONFIRMED' | 'REJECTED';
  proposedBy: string;
  proposedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  reason: string | null;
}

export interface TierChange {
  id: string;
  customerId: string;
  from: Tier;
  to: Tier;
  reason: 'EVALUATION' | 'OVERRIDE';
  note: string | null;
  evaluationYear: number | null;
  annualSpend: string | null;
  changedBy: string;
  effectiveAt: Date;
}

export interface TierRepository {
  policyAt(at: Date): Promise<LoyaltyPolicy>;
  /** Every active customer's tier and net spend in the year. */
  evaluationInput(year: number): Promise<{ customerId: string; tier: Tier; annualSpend: string }[]>;
  /** Inserts the proposals not made yet for that customer and year; returns those inserted. */
  insertProposals(proposals: TierProposal[]): Promise<TierProposal[]>;
  proposals(year: number, status?: TierProposal['status'] | null): Promise<TierProposal[]>;
  findProposal(id: string, lock?: boolean): Promise<TierProposal | null>;
  updateProposal(p: TierProposal): Promise<void>;
  insertChange(change: TierChange): Promise<void>;
}

export interface Interaction {
  id: string;
  campaignId: string;
  customerId: string;
  kind: string;
  cost: string;
  points: number;
  note: string | null;
  recordedBy: string;
  at: Date;
}

export interface CampaignRepository {
  insert(c: Campaign): Promise<void>;
  update(c: Campaign): Promise<void>;
  find(id: string, lock?: boolean): Promise<Campaign | null>;
  findByIds(ids: readonly string[]): Promise<Campaign[]>;
  list(
    status: CampaignStatus | null | undefined,
    page: PageRequest,
  ): Promise<{ rows: Campaign[]; totalCount: number }>;
  insertInteraction(i: Interaction): Promise<void>;
  interactionsOf(campaignIds: readonly string[]): Promise<Interaction[]>;
  /** The next archive serial of the year: gapless, since the counter row is locked until commit. */
  nextArchiveSerial(year: number): Promise<number>;
}

export interface Kpis {
  repurchaseRate: string | null;
  churnRate: string | null;
  diamondRetention: string | null;
  activityCostShare: string | null;
  budgetAttainment: string | null;
  interactionCoverage: string | null;
  dataErrorRate: string | null;
}

export interface CustomerStatistic {
  tier: Tier;
  region: string | null;
  customers: number;
  annualSpend: string;
}

export interface KpiRepository {
  compute(from: Date, to: Date): Promise<Kpis>;
  /** Customers and net spend by tier and region: aggregates only. */
  statistics(year: number): Promise<CustomerStatistic[]>;
}

export interface Clock {
  now(): Date;
}

/** What a use case may touch inside its one transaction. */
export interface Transaction {
  customers: CustomerRepository;
  ledger: LedgerRepository;
  tiers: TierRepository;
  campaigns: CampaignRepository;
  outbox: Outbox;
}

export interface Deps {
  /** Reads outside a transaction. */
  customers: CustomerRepository;
  ledger: LedgerRepository;
  tiers: TierRepository;
  campaigns: CampaignRepository;
  kpis: KpiRepository;
  /** Runs the work in one transaction: the changes and their events commit together or not at all. */
  unitOfWork: <T>(work: (tx: Transaction) => Promise<T>) => Promise<T>;
  clock: Clock;
  calendar: WorkingTime;
  newId: () => string;
}

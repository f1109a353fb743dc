import type { Outbox } from '@care/contracts';
import type { ListPage, UnitOfWork } from '@care/service-kit';
import type { Campaign, CampaignStatus, Interaction } from '../domain/campaign';
import type { Consent } from '../domain/consent';
import type { Customer, CustomerStatus, Tier } from '../domain/customer';
import type { CustomerChange, CustomerChangeStatus } from '../domain/customer-change';
import type { Discount, DiscountKind } from '../domain/discount';
import type { Freeze } from '../domain/freeze';
import type {
  Allocation,
  ExpiryNotice,
  LedgerEntry,
  LedgerKind,
  LedgerSource,
  Lot,
  PointsDraw,
  PointsExpiry,
  Wallet,
} from '../domain/points';
import type { LiabilityMonth } from '../domain/liability';
import type { LoyaltyPolicy } from '../domain/policy';
import type { Purchase } from '../domain/purchase';
import type { Redemption } from '../domain/redemption';
import type { TierChange, TierProposal } from '../domain/tier';
import type { WorkingTime } from '../domain/working-time';

export interface CustomerFilter {
  tier?: Tier | null;
  tag?: string | null;
  region?: string | null;
  status?: CustomerStatus | null;
  search?: string | null;
}

export interface CustomerRepository {
  findById(id: string): Promise<Customer | null>;
  findByIds(ids: readonly string[]): Promise<Customer[]>;
  /** Locks the customer row (and so the wallet) until the transaction ends. */
  lock(id: string): Promise<Customer | null>;
  insert(customer: Customer): Promise<void>;
  /** Writes the customer unless it changed since `version` (CONFLICT); returns it at its new version. */
  save(customer: Customer, version: number): Promise<Customer>;
  /**
   * One page in registration order, fetched with one extra row, with the wallet: one statement, plus the
   * count when the page asks for it (`totalCount` is 0 otherwise).
   */
  list(filter: CustomerFilter, page: ListPage): Promise<{ rows: Customer[]; totalCount: number }>;
}

export interface ConsentRepository {
  insert(consent: Consent): Promise<void>;
  /** Every consent of the customers, oldest first: the latest of a kind is in force. */
  of(customerIds: readonly string[]): Promise<Consent[]>;
}

export interface CustomerChangeRepository {
  insert(change: CustomerChange): Promise<void>;
  find(id: string, lock?: boolean): Promise<CustomerChange | null>;
  update(change: CustomerChange): Promise<void>;
  /** The ids of requests still PENDING_REVIEW past their deadline and not yet marked overdue, oldest first. */
  unansweredPastDue(now: Date, limit: number): Promise<string[]>;
  /** A page of the requests that match, by deadline then id. */
  list(filter: CustomerChangeFilter, page: ListPage): Promise<{ rows: CustomerChange[]; totalCount: number }>;
}

export interface CustomerChangeFilter {
  status?: CustomerChangeStatus | null;
  customerId?: string | null;
  overdue?: boolean | null;
}

export interface FreezeRepository {
  insert(freeze: Freeze): Promise<void>;
  /** Ends every open freeze of the customer; returns them as closed. */
  closeOpen(customerId: string, at: Date, by: string, reason: string): Promise<Freeze[]>;
  byComplaint(complaintId: string): Promise<Freeze | null>;
  of(customerIds: readonly string[]): Promise<Freeze[]>;
}

/** The points ledger: its entries, the lots the credits leave, and the wallet they add up to. */
export type { ListPage };

/** A page of a ledger: its size, the sequence number of the entry it starts after, whether to count. */
export interface LedgerPage {
  size: number;
  after?: number;
  count: boolean;
}

export interface LedgerRepository {
  insertEntry(entry: LedgerEntry): Promise<void>;
  setEntryStatus(id: string, status: LedgerEntry['status']): Promise<void>;
  findEntry(kind: LedgerKind, source: LedgerSource, sourceId: string): Promise<LedgerEntry | null>;
  /** The customer's credits not yet consumed. */
  lots(customerId: string): Promise<Lot[]>;
  consume(allocations: readonly Allocation[]): Promise<void>;
  restore(allocations: readonly Allocation[]): Promise<void>;
  setWallet(customerId: string, wallet: Wallet): Promise<void>;
  /**
   * A page of each customer's entries, newest first (after the entry numbered `after`, fetched with one
   * extra row), with how many entries each customer has when the page asks for it: for any number of
   * customers at once. The entries' `allocations` are not read (null): no page shows them.
   */
  pagesOf(
    customerIds: readonly string[],
    page: LedgerPage,
  ): Promise<CustomerPages<LedgerEntry & { seq: number }>>;
  customersWithExpiredLots(now: Date): Promise<string[]>;
  /** Active customers with points expiring after `now` and by `until` that they were not reminded of. */
  customersToRemind(now: Date, until: Date): Promise<string[]>;
  /** Records the reminder of one expiry moment; false when it was recorded before (nothing written). */
  recordExpiryNotice(customerId: string, notice: ExpiryNotice, at: Date): Promise<boolean>;
  /** Each customer's points not yet consumed, summed by expiry, soonest first: any number of customers. */
  expiryOf(customerIds: readonly string[]): Promise<PointsExpiry[]>;
  /**
   * The credits each debit took its points from, in the order taken (its allocations, with each credit
   * as a page reads it): any number of debits at once. None for a credit.
   */
  drawsOf(debitIds: readonly string[]): Promise<PointsDraw<LedgerEntry & { seq: number }>[]>;
}

export interface PurchaseReturn {
  id: string;
  purchaseId: string;
  returnNumber: string;
  amountCny: string;
  returnedAt: Date;
}

export interface PurchaseRepository {
  find(orderNumber: string, lock?: boolean): Promise<Purchase | null>;
  insert(purchase: Purchase): Promise<void>;
  /** Writes it unless it changed since `version` (CONFLICT); returns it at its new version. */
  save(purchase: Purchase, version: number): Promise<Purchase>;
  /** False when the return number was recorded already. */
  insertReturn(ret: PurchaseReturn): Promise<boolean>;
  /** Net spend in CNY per customer for a calendar year (by purchase date, company time). */
  annualSpend(customerIds: readonly string[], year: number): Promise<Map<string, string>>;
}

/** One page of each customer's records, newest first, with how many each customer has (0 if not counted). */
export type CustomerPages<T> = Map<string, { rows: T[]; totalCount: number }>;

export interface RedemptionRepository {
  insert(redemption: Redemption): Promise<boolean>;
  find(id: string, lock?: boolean): Promise<Redemption | null>;
  findByIds(ids: readonly string[]): Promise<Redemption[]>;
  /** A page of each customer's redemptions (fetched with one extra row), for any number of customers at once. */
  pagesOf(customerIds: readonly string[], page: ListPage): Promise<CustomerPages<Redemption>>;
  findByKey(customerId: string, key: string): Promise<Redemption | null>;
  /** Writes it unless it changed since `version` (CONFLICT); returns it at its new version. */
  save(redemption: Redemption, version: number): Promise<Redemption>;
}

export interface DiscountRepository {
  /** False when the discount's kind and period were taken already. */
  insert(discount: Discount): Promise<boolean>;
  find(id: string, lock?: boolean): Promise<Discount | null>;
  findByIds(ids: readonly string[]): Promise<Discount[]>;
  /** A page of each customer's discounts (fetched with one extra row), for any number of customers at once. */
  pagesOf(customerIds: readonly string[], page: ListPage): Promise<CustomerPages<Discount>>;
  /** Writes it unless it changed since `version` (CONFLICT); returns it at its new version. */
  save(discount: Discount, version: number): Promise<Discount>;
  issued(customerId: string, kind: DiscountKind, period: string): Promise<boolean>;
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

export interface CampaignRepository {
  insert(c: Campaign): Promise<void>;
  /** Writes it unless it changed since `version` (CONFLICT); returns it at its new version. */
  save(c: Campaign, version: number): Promise<Campaign>;
  find(id: string, lock?: boolean): Promise<Campaign | null>;
  findByIds(ids: readonly string[]): Promise<Campaign[]>;
  /** One page in creation order (one extra row), and the count when the page asks for it (else 0). */
  list(
    status: CampaignStatus | null | undefined,
    page: ListPage,
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

/** The points customers hold: redeemable, locked by pending redemptions, and how many customers hold any. */
export interface PointsHeld {
  available: number;
  locked: number;
  customers: number;
}

/** Points not yet used that expire at the end of one company month (YYYY-MM), and whose they are. */
export interface MonthOfExpiry {
  month: string;
  points: number;
  customers: number;
}

export interface KpiRepository {
  compute(from: Date, to: Date): Promise<Kpis>;
  pointsHeld(): Promise<PointsHeld>;
  /**
   * The points not yet used that expire at the end of each of the months (in their order, every month),
   * the first holding `now`; points already past their expiry (not yet debited by the expiry job) count
   * in the first.
   */
  pointsExpiringByMonth(now: Date, months: readonly LiabilityMonth[]): Promise<MonthOfExpiry[]>;
  /** Customers and net spend by tier and region: aggregates only. */
  statistics(year: number): Promise<CustomerStatistic[]>;
}

export interface Clock {
  now(): Date;
}

/** The service's repositories, in a transaction or for plain reads. */
export interface Repositories {
  customers: CustomerRepository;
  consents: ConsentRepository;
  changes: CustomerChangeRepository;
  freezes: FreezeRepository;
  ledger: LedgerRepository;
  purchases: PurchaseRepository;
  redemptions: RedemptionRepository;
  discounts: DiscountRepository;
  tiers: TierRepository;
  campaigns: CampaignRepository;
}

/** What a use case may touch inside its one transaction. */
export interface Transaction extends Repositories {
  outbox: Outbox;
}

export interface Deps extends Repositories {
  kpis: KpiRepository;
  /** Runs the work in one transaction: the changes and their events commit together or not at all. */
  unitOfWork: UnitOfWork<Transaction>;
  clock: Clock;
  calendar: WorkingTime;
  /** The company's time zone (TIME_ZONE): the calendar dates of the rules are dates there. */
  timeZone: string;
  newId: () => string;
  /** How many days before points expire the customer is reminded (POINTS_EXPIRY_NOTICE_DAYS); 0: never. */
  expiryNoticeDays: number;
}

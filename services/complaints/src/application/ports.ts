import type { ListPage } from '@care/service-kit';
import type { WorkingCalendar } from '@care/calendar';
import type { Outbox } from '@care/contracts';
import type {
  Category,
  Channel,
  Complaint,
  ComplaintKind,
  ComplaintStatus,
  Tier,
  Urgency,
} from '../domain/complaint';

export interface ComplaintFilter {
  customerId?: string | null;
  status?: ComplaintStatus[] | null;
  kind?: ComplaintKind[] | null;
  category?: Category[] | null;
  urgency?: Urgency[] | null;
  channel?: Channel[] | null;
  /** Complaints that involve this department (lead or not). */
  department?: string | null;
  receivedFrom?: Date | null;
  receivedTo?: Date | null;
  breached?: boolean | null;
}

export type OrderField = 'RECEIVED_AT' | 'RESOLUTION_DUE_AT';
export interface ComplaintOrder {
  field: OrderField;
  direction: 'ASC' | 'DESC';
}

export type { ListPage };

/** What a batch read reads of each complaint: with its documents unless said otherwise. */
export interface Reading {
  documents: boolean;
}

export interface ComplaintRepository {
  findById(id: string): Promise<Complaint | null>;
  /**
   * The complaints of these ids (any order, missing ones left out). `reading.documents: false` leaves
   * out the large documents (timeline, solutions ...) for a list whose fields show none of them: reading
   * one of those complaints' documents then throws.
   */
  findByIds(ids: readonly string[], reading?: Reading): Promise<Complaint[]>;
  findByNumber(number: string): Promise<Complaint | null>;
  findByIdempotencyKey(key: string): Promise<Complaint | null>;
  findByCompensationSolution(solutionId: string): Promise<Complaint | null>;
  /** The complaints holding these solutions, in one statement for any number of ids. */
  findBySolutionIds(solutionIds: readonly string[]): Promise<Complaint[]>;
  /** Locks the row for the rest of the transaction (consumers, jobs). */
  lockById(id: string): Promise<Complaint | null>;
  /** One page; `totalCount` is 0 unless the page asks for the count. */
  list(
    filter: ComplaintFilter,
    order: ComplaintOrder,
    page: ListPage,
    reading?: Reading,
  ): Promise<{ rows: Complaint[]; totalCount: number }>;
  /**
   * One page per customer with the same filter, order and page (the `Customer.complaints` of many
   * customers at once), in a constant number of statements; every customer asked for has an entry
   * (with `totalCount` 0 unless the page asks for the count).
   */
  listForCustomers(
    customerIds: readonly string[],
    filter: ComplaintFilter,
    order: ComplaintOrder,
    page: ListPage,
    reading?: Reading,
  ): Promise<Map<string, { rows: Complaint[]; totalCount: number }>>;
  /** Stores a new complaint; CONFLICT (idempotencyKey) when another filing holds its client key. */
  insert(complaint: Complaint): Promise<void>;
  /** Saves when the stored version is still `expectedVersion` (and bumps it); CONFLICT otherwise. */
  save(complaint: Complaint, expectedVersion: number): Promise<Complaint>;
  /** Ids of open, unpaused complaints with a clock past due and not yet marked. */
  dueForBreach(now: Date, limit: number): Promise<string[]>;
}

/** Gapless per-year serials: a serial taken in a rolled-back transaction is taken again. */
export interface NumberSequence {
  next(year: number): Promise<number>;
}

export interface RoutingTable {
  departmentFor(category: Category): Promise<string>;
}

export interface TierProjection {
  tierOf(customerId: string): Promise<Tier>;
  tiersOf(customerIds: readonly string[]): Promise<Map<string, Tier>>;
  /** Records a tier change unless a later one is already known. */
  record(customerId: string, tier: Tier, effectiveAt: Date): Promise<void>;
}

/** The customers the platform knows: loyalty's registrations, projected here from its events. */
export interface CustomerDirectory {
  isKnown(customerId: string): Promise<boolean>;
  /** Records a registration (a repeated one changes nothing). */
  record(customerId: string, registeredAt: Date): Promise<void>;
}

export type StatsDimension =
  'CATEGORY' | 'DEPARTMENT' | 'CHANNEL' | 'URGENCY' | 'STATUS' | 'MONTH' | 'QUARTER' | 'HANDLER';

export interface StatsRow {
  key: Partial<Record<StatsDimension, string | null>>;
  count: number;
  resolvedCount: number;
  onTimeCount: number;
  onTimeRate: number | null;
  averageWorkingHoursToResolve: number | null;
  averageSatisfaction: number | null;
  breachedCount: number;
}

export interface ComplaintStatistics {
  stats(groupBy: StatsDimension[], filter: ComplaintFilter, timeZone: string): Promise<StatsRow[]>;
}

export interface Transaction {
  complaints: ComplaintRepository;
  numbers: NumberSequence;
  routing: RoutingTable;
  tiers: TierProjection;
  customers: CustomerDirectory;
  outbox: Outbox;
}

export interface Clock {
  now(): Date;
}

export interface Deps {
  complaints: ComplaintRepository;
  tiers: TierProjection;
  statistics: ComplaintStatistics;
  unitOfWork: <T>(work: (tx: Transaction) => Promise<T>) => Promise<T>;
  clock: Clock;
  calendar: WorkingCalendar;
  newId: () => string;
  timeZone: string;
}

import type { Outbox } from '@care/contracts';
import type { ListPage, UnitOfWork } from '@care/service-kit';
import type { ApprovalReference, ApprovalRequest } from '../domain/approval-request';
import type { AuthorityPolicyVersion } from '../domain/authority-policy';
import type { Authority } from '../domain/authority';
import type { Delegation } from '../domain/delegation';
import type { Payment } from '../domain/payment';
import type { QueueLane } from '../domain/queue';

export interface ApprovalRequestFilter {
  status?: readonly ApprovalRequest['status'][] | null;
  requiredAuthority?: readonly ApprovalRequest['requiredAuthority'][] | null;
  type?: readonly ApprovalRequest['type'][] | null;
  /** Decided after the time limit and not yet reviewed by internal control (DOMAIN 3.7). */
  needsLateReview?: boolean | null;
  /** Only the requests this person asked for (a requester's own list). */
  requestedBy?: string | null;
}

export interface ApprovalRequestRepository {
  findById(id: string): Promise<ApprovalRequest | null>;
  /** The request, its row locked until the transaction ends: changes to one request queue. */
  lockById(id: string): Promise<ApprovalRequest | null>;
  findByIds(ids: readonly string[]): Promise<ApprovalRequest[]>;
  findByReference(reference: ApprovalReference): Promise<ApprovalRequest | null>;
  list(
    filter: ApprovalRequestFilter,
    page: ListPage,
  ): Promise<{ rows: ApprovalRequest[]; totalCount: number }>;
  /** CONFLICT when a request for the same reference exists. */
  insert(request: ApprovalRequest): Promise<void>;
  /** Inserts unless a request with the same reference exists; true when it inserted. */
  insertUnlessAsked(request: ApprovalRequest): Promise<boolean>;
  /** Saves a change made on `expectedVersion`; CONFLICT when someone changed the request meanwhile. */
  update(next: ApprovalRequest, expectedVersion: number): Promise<ApprovalRequest>;
  /** Pending requests whose step to decide is past its due time and not marked overdue yet, oldest first. */
  withUnmarkedOverdueStep(now: Date, limit: number): Promise<string[]>;
  /** Expedited requests not ratified by their deadline and not marked yet, oldest deadline first. */
  unratifiedPastDeadline(now: Date, limit: number): Promise<string[]>;
  /**
   * The pending requests whose step to decide falls in one of the lanes, leaving out those the person
   * asked for or decided another step of: expedited first, then by the step's due time.
   */
  queue(
    query: { sub: string; lanes: readonly QueueLane[] },
    page: { size: number; after?: QueueKey },
  ): Promise<{ rows: ApprovalRequest[]; totalCount: number }>;
}

/** Where a queue page starts after: the last entry's request, its step's due time and whether it is expedited. */
export interface QueueKey {
  expedited: boolean;
  dueAt: Date;
  id: string;
}

export interface DelegationRepository {
  insert(delegation: Delegation): Promise<void>;
  /** The delegation, its row locked until the transaction ends. */
  lockById(id: string): Promise<Delegation | null>;
  /** Saves a change made on `expectedVersion`; CONFLICT when someone changed the delegation meanwhile. */
  update(next: Delegation, expectedVersion: number): Promise<Delegation>;
  /** The delegations the person acts under at that moment. */
  activeFor(delegate: string, at: Date): Promise<Delegation[]>;
  list(filter: { activeAt?: Date | null }): Promise<Delegation[]>;
  /** The delegations not ended of this authority that name one of these people, as delegator or delegate. */
  notEndedNaming(authority: Authority, people: readonly string[]): Promise<Delegation[]>;
  /** Serialises the recording of delegations that name these people, until the transaction ends. */
  lockPeople(people: readonly string[]): Promise<void>;
}

export interface PaymentRepository {
  /** Serialises the payments of one request (row lock until the transaction ends). */
  lockRequest(requestId: string): Promise<void>;
  /** The sum paid on the request so far, as a decimal string. */
  paidOn(requestId: string): Promise<string>;
  insert(payment: Payment): Promise<void>;
  byRequests(requestIds: readonly string[]): Promise<Payment[]>;
}

export interface AuthorityPolicyRepository {
  /** The version in force at that moment: the latest effective by then. */
  inForceAt(at: Date): Promise<AuthorityPolicyVersion | null>;
  byVersion(version: number): Promise<AuthorityPolicyVersion | null>;
  /** The highest version published, in force or not yet. */
  latestVersion(): Promise<number>;
  /** CONFLICT when the version exists already. */
  insert(policy: AuthorityPolicyVersion): Promise<void>;
}

/** The part of the working-day calendar the use cases need. */
export interface WorkingTime {
  addWorkingDays(from: Date, days: number): { value: Date; provisional: boolean };
}

export interface Transaction {
  requests: ApprovalRequestRepository;
  delegations: DelegationRepository;
  payments: PaymentRepository;
  policies: AuthorityPolicyRepository;
  outbox: Outbox;
}

/** Finds requests by what they approve: the reference another service asked with. */
export interface ApprovalSubjectRepository {
  /** The requests for these references (those that have one), whatever their number in one batch. */
  findBySubjects(references: readonly ApprovalReference[]): Promise<ApprovalRequest[]>;
}

export interface Deps {
  /** Reads outside a transaction. */
  requests: ApprovalRequestRepository;
  delegations: Pick<DelegationRepository, 'activeFor'>;
  subjects: ApprovalSubjectRepository;
  payments: PaymentRepository;
  policies: AuthorityPolicyRepository;
  /** Runs the work in one transaction: the changes and their events commit together or not at all. */
  unitOfWork: UnitOfWork<Transaction>;
  calendar: WorkingTime;
  clock: { now(): Date };
  newId: () => string;
}

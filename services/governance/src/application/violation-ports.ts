import type { PageRequest } from '@care/service-kit';
import type { Violation, ViolationStatus } from '../domain/violation';
import type { ViolationLevel } from '../domain/violation-policy';

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
  list(filter: ViolationFilter, page: PageRequest): Promise<{ rows: Violation[]; totalCount: number }>;
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

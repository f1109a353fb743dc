import { refuse, type Role } from '@care/domain-kernel';
import { Decimal } from 'decimal.js';
import {
  requiredAuthority,
  type ApprovalType,
  type Authority,
  type AuthorityPolicy,
} from './authority-matrix';
import { AUTHORITY_HOLDER, isActive, type Delegation } from './delegation';

export type ApprovalStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN';

/** What a request is about when another service asked for it: that service finds its record by it. */
export interface ApprovalReference {
  service: 'complaints' | 'loyalty' | 'approvals' | 'governance';
  aggregate: string;
  id: string;
}

export interface ApprovalRequest {
  id: string;
  type: ApprovalType;
  title: string;
  amount: string;
  currency: string;
  status: ApprovalStatus;
  requiredAuthority: Authority;
  requestedBy: string;
  submittedAt: Date;
  dueAt: Date;
  dueAtProvisional: boolean;
  reference: ApprovalReference | null;
  /** Carried out at once through the expedited channel and approved afterwards (DOMAIN 3.6). */
  expedited: boolean;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionReason: string | null;
  /** Decided after its due date: a supplementary approval, with why it came late (DOMAIN 3.7). */
  decidedLate: boolean;
  overdueExplanation: string | null;
  /** Internal control's check that a late decision was necessary (DOMAIN 3.7). */
  lateReview: LateReview | null;
  /** The delegation the decider acted under, when the authority was delegated to them (DOMAIN 3.5). */
  decidedUnderDelegation: string | null;
  /** The order the money is for, when there is one: payments must name it (DOMAIN 3.8). */
  orderNumber: string | null;
  version: number;
}

export interface LateReview {
  necessary: boolean;
  note: string;
  reviewedBy: string;
  reviewedAt: Date;
}

export interface SubmissionInput {
  type: ApprovalType;
  title: string;
  amount: string;
  currency?: string | null;
  reference?: ApprovalReference | null;
  expedited?: boolean;
  orderNumber?: string | null;
}

/** A regular approval is decided within 2 working days of submission (DOMAIN 3.3). */
export const DECISION_WORKING_DAYS = 2;
/** The compliance review of a reward campaign takes at most 1 working day (DOMAIN 2.4, 3.3). */
export const CAMPAIGN_REVIEW_WORKING_DAYS = 1;

/** Working days until a request of this type is due. */
export const decisionWorkingDays = (type: ApprovalType): number =>
  type === 'CAMPAIGN' ? CAMPAIGN_REVIEW_WORKING_DAYS : DECISION_WORKING_DAYS;

/**
 * Every business type is approved for an amount (the expense, the purchase, the redemption's value, the
 * compensation, the discount, the campaign budget): a request for nothing, or for less, is nonsense.
 */
function positiveAmount(value: string): string {
  let amount: Decimal;
  try {
    amount = new Decimal(value);
  } catch {
    throw refuse.input('amount', 'the amount must be a decimal number');
  }
  if (!amount.isFinite() || amount.lessThanOrEqualTo(0))
    throw refuse.input('amount', 'the amount must be more than 0');
  return value;
}

export function submit(
  input: SubmissionInput,
  context: {
    id: string;
    requestedBy: string;
    now: Date;
    due: { at: Date; provisional: boolean };
    policy?: AuthorityPolicy;
  },
): ApprovalRequest {
  const title = input.title.trim();
  if (title.length === 0 || title.length > 300)
    throw refuse.input('title', 'the title must have 1 to 300 characters');
  const currency = (input.currency ?? 'CNY').toUpperCase();
  if (currency !== 'CNY')
    throw refuse.input('currency', 'the authority matrix is defined in CNY: convert the amount first');
  const amount = positiveAmount(input.amount);
  return {
    id: context.id,
    type: input.type,
    title,
    amount,
    currency,
    status: 'PENDING',
    requiredAuthority: requiredAuthority(input.type, input.amount, context.policy),
    requestedBy: context.requestedBy,
    submittedAt: context.now,
    dueAt: context.due.at,
    dueAtProvisional: context.due.provisional,
    reference: input.reference ?? null,
    expedited: input.expedited ?? false,
    decidedAt: null,
    decidedBy: null,
    decisionReason: null,
    decidedLate: false,
    overdueExplanation: null,
    lateReview: null,
    decidedUnderDelegation: null,
    orderNumber: input.orderNumber?.trim() || null,
    version: 1,
  };
}

/**
 * The roles that hold each authority. A higher authority may decide what a lower one could (the GM
 * decides a VP's matter), never the other way round (DOMAIN 3.1); the GM office meeting's decisions
 * are recorded by the GM office.
 */
export const AUTHORITY_ROLES: Record<Authority, readonly Role[]> = {
  DEPARTMENT_HEAD: ['department_head', 'vp', 'gm', 'gm_office'],
  VP: ['vp', 'gm', 'gm_office'],
  GM: ['gm', 'gm_office'],
  GM_OFFICE_MEETING: ['gm_office'],
  LOYALTY_SUPERVISOR: ['loyalty_supervisor', 'gm', 'gm_office'],
};

export type Decision = 'APPROVE' | 'REJECT';

/**
 * Approves or rejects a pending request. Only a holder of the required authority decides, never the
 * person who asked (segregation of duties), and a rejection says why.
 */
export function decide(
  request: ApprovalRequest,
  decision: Decision,
  by: { sub: string; roles: readonly string[]; delegations?: readonly Delegation[] },
  reason: string | null | undefined,
  now: Date,
  overdueExplanation?: string | null,
): ApprovalRequest {
  if (request.status !== 'PENDING') throw refuse.transition(`the request is ${request.status} already`);
  const deciders = AUTHORITY_ROLES[request.requiredAuthority];
  const own = deciders.some((role) => by.roles.includes(role));
  // A delegate acts as the holder of the delegated authority, for that authority only (DOMAIN 3.5).
  const delegation = own
    ? undefined
    : by.delegations?.find(
        (d) => d.delegate === by.sub && isActive(d, now) && deciders.includes(AUTHORITY_HOLDER[d.authority]),
      );
  if (!own && !delegation)
    throw refuse.forbidden(`only ${request.requiredAuthority} or a higher authority may decide this request`);
  if (by.sub === request.requestedBy) throw refuse.forbidden('nobody decides a request of their own');
  const why = reason?.trim() || null;
  if (decision === 'REJECT' && !why) throw refuse.input('reason', 'a rejection must say why');
  const late = isOverdue(request, now);
  const explanation = overdueExplanation?.trim() || null;
  if (late && !explanation)
    throw refuse.input(
      'overdueExplanation',
      'the request is past its time limit: a late decision needs a written explanation (overdueExplanation)',
    );
  return {
    ...request,
    status: decision === 'APPROVE' ? 'APPROVED' : 'REJECTED',
    decidedAt: now,
    decidedBy: by.sub,
    decisionReason: why,
    decidedLate: late,
    overdueExplanation: late ? explanation : null,
    decidedUnderDelegation: delegation?.id ?? null,
  };
}

/** Pending past its due date (DOMAIN 3.3, 3.7). */
export const isOverdue = (request: ApprovalRequest, now: Date): boolean =>
  request.status === 'PENDING' && request.dueAt.getTime() < now.getTime();

/** Internal control checks, once, that a decision taken after the time limit was necessary (DOMAIN 3.7). */
export function reviewLateDecision(
  request: ApprovalRequest,
  review: { necessary: boolean; note: string | null | undefined },
  by: { sub: string },
  now: Date,
): ApprovalRequest {
  if (!request.decidedLate) throw refuse.transition('only a decision taken after the time limit is reviewed');
  if (request.lateReview) throw refuse.transition('this late decision was reviewed already');
  const note = review.note?.trim() || '';
  if (!note) throw refuse.input('reason', 'the review must say what was found');
  return {
    ...request,
    lateReview: { necessary: review.necessary, note, reviewedBy: by.sub, reviewedAt: now },
  };
}

/** The person who asked, or the service that asked on someone's behalf, takes a pending request back. */
export function withdraw(
  request: ApprovalRequest,
  by: { sub: string; isService: boolean },
  reason: string | null | undefined,
  now: Date,
): ApprovalRequest {
  if (request.status !== 'PENDING') throw refuse.transition(`the request is ${request.status} already`);
  if (!by.isService && by.sub !== request.requestedBy)
    throw refuse.forbidden('only the person who asked may withdraw a request');
  return {
    ...request,
    status: 'WITHDRAWN',
    decidedAt: now,
    decidedBy: by.sub,
    decisionReason: reason?.trim() || null,
  };
}

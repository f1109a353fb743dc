import { refuse, type Department } from '@care/domain-kernel';
import { Decimal } from 'decimal.js';
import type { Authority } from './authority';
import type { ApprovalType, AuthorityPolicyDocument } from './authority-policy';
import { firstOpenStep, type ApprovalStep } from './approval-step';
import type { AddWorkingDays } from './route';

/** RETURNED: sent back to the applicant for changes; pending again once resubmitted (DOMAIN 3.2). */
export type ApprovalStatus = 'PENDING' | 'RETURNED' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN';

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
  /** The authority of the chain's last step: who finally decides, by the matrix (DOMAIN 3.1). */
  requiredAuthority: Authority;
  requestedBy: string;
  /** The applicant's department, when known: its head decides the department head's step. */
  department: Department | null;
  /** The policy version the request was routed by; null for a request from before versioned policies. */
  policyVersion: number | null;
  /** The chain, with the steps of earlier rounds (DOMAIN 3.2), by round and position. */
  steps: ApprovalStep[];
  submittedAt: Date;
  /** The whole approval's time limit (DOMAIN 3.3). */
  dueAt: Date;
  dueAtProvisional: boolean;
  reference: ApprovalReference | null;
  /** Carried out at once through the expedited channel and approved afterwards (DOMAIN 3.6). */
  expedited: boolean;
  /** An expedited request's deadline for the approval that ratifies what went ahead (DOMAIN 3.6); else null. */
  ratificationDueAt: Date | null;
  /** When the ratification job found it unratified past that deadline and announced it (once). */
  ratificationOverdueAt: Date | null;
  /** When, by whom and why the request reached its outcome (the final step, or the withdrawal). */
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionReason: string | null;
  /** A step was decided after its due time: a supplementary approval, with why it came late (DOMAIN 3.7). */
  decidedLate: boolean;
  overdueExplanation: string | null;
  /** Internal control's check that a late decision was necessary (DOMAIN 3.7). */
  lateReview: LateReview | null;
  /** The delegation the final decider acted under, when the authority was delegated to them (DOMAIN 3.5). */
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

/** What routing needs: the policy version in force (or the request's own) and the calendar. */
export interface Routing {
  policy: { version: number | null; document: AuthorityPolicyDocument };
  addWorkingDays: AddWorkingDays;
}

/** A title of 1 to 300 characters. */
export function validTitle(value: string): string {
  const title = value.trim();
  if (title.length === 0 || title.length > 300)
    throw refuse.input('title', 'the title must have 1 to 300 characters');
  return title;
}

/**
 * Every business type is approved for an amount (the expense, the purchase, the redemption's value, the
 * compensation, the discount, the campaign budget): a request for nothing, or for less, is nonsense.
 * Money is kept with two decimals ("6000.00"), as the schema and the events carry it.
 */
export function positiveAmount(value: string): string {
  const amount = decimalAmount(value);
  if (amount.lessThanOrEqualTo(0)) throw refuse.input('amount', 'the amount must be more than 0');
  return amount.toFixed(2);
}

/**
 * The amount of a request of `type`: more than 0, except for OTHER, where an exception to a rule (DOMAIN
 * 4.6) may put no money at stake (0) and is then decided at the lowest band of the matrix.
 */
export function requestAmount(type: string, value: string): string {
  if (type !== 'OTHER') return positiveAmount(value);
  const amount = decimalAmount(value);
  if (amount.lessThan(0)) throw refuse.input('amount', 'the amount must be 0 or more');
  return amount.toFixed(2);
}

function decimalAmount(value: string): Decimal {
  let amount: Decimal;
  try {
    amount = new Decimal(value);
  } catch {
    throw refuse.input('amount', 'the amount must be a decimal number');
  }
  if (!amount.isFinite()) throw refuse.input('amount', 'the amount must be a decimal number');
  return amount;
}

/** The round of the request's chain now in force: the first, or the last resubmission's. */
export const latestRound = (request: Pick<ApprovalRequest, 'steps'>): number =>
  Math.max(...request.steps.map((s) => s.round));

/** The step to decide now: the first undecided step of a pending request's chain. */
export const currentStep = (request: Pick<ApprovalRequest, 'status' | 'steps'>): ApprovalStep | null =>
  request.status === 'PENDING' ? firstOpenStep(request.steps) : null;

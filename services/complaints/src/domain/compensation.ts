import { Decimal } from 'decimal.js';
import { refuse } from '@care/domain-kernel';
import {
  copy,
  type Compensation,
  type CompensationCase,
  type Complaint,
  type Happening,
  type Outcome,
  type RuleContext,
  type Solution,
} from './complaint';
import { log } from './timeline';

// Compensation offered with a solution and its approval (DOMAIN 1.6, 3.6): money is decimal, never a float.

/** 100 points are worth 1 CNY when redeemed (DOMAIN "Defaults"). */
export const POINTS_PER_YUAN = 100;

export function checkCompensation(input: Compensation | null | undefined): Compensation | null {
  if (!input) return null;
  if (!Number.isInteger(input.points) || input.points < 0)
    throw refuse.input('compensation.points', 'points must be a whole number, not negative');
  for (const [field, value] of [
    ['discountAmount', input.discountAmount],
    ['refundAmount', input.refundAmount],
  ] as const) {
    if (value !== null && value !== undefined && new Decimal(value).isNegative())
      throw refuse.input(`compensation.${field}`, `${field} must not be negative`);
  }
  if (!/^[A-Z]{3}$/.test(input.currency))
    throw refuse.input('compensation.currency', 'an ISO 4217 currency code');
  const total = compensationValue(input);
  if (total.isZero()) return null;
  return {
    points: input.points,
    discountAmount: input.discountAmount ? new Decimal(input.discountAmount).toFixed(2) : null,
    refundAmount: input.refundAmount ? new Decimal(input.refundAmount).toFixed(2) : null,
    currency: input.currency,
  };
}

export function compensationValue(c: Compensation): Decimal {
  return new Decimal(c.points)
    .div(POINTS_PER_YUAN)
    .plus(c.discountAmount ?? 0)
    .plus(c.refundAmount ?? 0);
}

/**
 * DOMAIN 1.6, 3.6: the compensation of an accepted solution goes to approval or, for an URGENT complaint,
 * is granted at once and approved afterwards. Works on the rule's own copy `c`.
 */
export function requestCompensation(c: Complaint, solution: Solution, ctx: RuleContext): Happening[] {
  if (!solution.compensation) return [];
  const happened: Happening[] = [];
  const emergency = c.urgency === 'URGENT';
  const compensation: CompensationCase = {
    ...solution.compensation,
    solutionId: solution.id,
    amount: compensationValue(solution.compensation).toFixed(2),
    emergency,
    status: emergency ? 'GRANTED_PENDING_APPROVAL' : 'PENDING_APPROVAL',
    requestedAt: ctx.now.toISOString(),
    grantedAt: emergency ? ctx.now.toISOString() : null,
    decidedAt: null,
    approvalRequestId: null,
  };
  c.compensation = compensation;
  if (emergency) {
    happened.push({ type: 'compensation_granted', compensation });
    log(c, ctx, 'COMPENSATION_GRANTED', 'Compensation granted at once (emergency); approval follows');
  }
  happened.push({ type: 'compensation_requested', compensation });
  log(
    c,
    ctx,
    'COMPENSATION_REQUESTED',
    `Compensation of ${compensation.amount} ${compensation.currency} sent for approval`,
    'INTERNAL',
  );
  return happened;
}

/** Whether the complaint's compensation still waits for the approvals service's decision. */
export function awaitsDecision(c: Complaint): boolean {
  const status = c.compensation?.status;
  return status === 'PENDING_APPROVAL' || status === 'GRANTED_PENDING_APPROVAL';
}

/** The approvals service decided on the compensation (DOMAIN 1.6, 3.6); once decided, it stays decided. */
export function applyCompensationDecision(
  current: Complaint,
  input: { requestId: string; outcome: 'APPROVED' | 'REJECTED' | 'WITHDRAWN'; reason: string | null },
  ctx: RuleContext,
): Outcome {
  const c = copy(current);
  const comp = c.compensation;
  if (!comp || !awaitsDecision(c)) return { complaint: c, happened: [] };
  comp.decidedAt = ctx.now.toISOString();
  comp.approvalRequestId = input.requestId;
  const approved = input.outcome === 'APPROVED';
  const happened: Happening[] = [];
  if (comp.emergency) {
    comp.status = approved ? 'APPROVED_AFTERWARDS' : 'REFUSED_AFTER_GRANT';
    log(
      c,
      ctx,
      approved ? 'COMPENSATION_APPROVED_AFTERWARDS' : 'COMPENSATION_REFUSED_AFTER_GRANT',
      input.reason,
      'INTERNAL',
    );
  } else if (approved) {
    comp.status = 'GRANTED';
    comp.grantedAt = ctx.now.toISOString();
    happened.push({ type: 'compensation_granted', compensation: comp });
    log(c, ctx, 'COMPENSATION_GRANTED', `Compensation of ${comp.amount} ${comp.currency} approved`);
  } else {
    comp.status = 'REFUSED';
    log(c, ctx, 'COMPENSATION_REFUSED', input.reason, 'INTERNAL');
  }
  return { complaint: c, happened };
}

import { Refusal, refuse } from '@care/domain-kernel';
import { Decimal } from 'decimal.js';
import type { ApprovalOutcome } from './approval';
import { requireActive, type Customer } from './customer';
import { allocate, type LedgerEntry, type Lot, type Wallet } from './points';
import type { LoyaltyPolicy } from './policy';

export type RedemptionAuthority = 'LOYALTY_SUPERVISOR' | 'GM';
export type RedemptionStatus = 'PENDING_APPROVAL' | 'COMPLETED' | 'CANCELLED';

/** Points a customer redeems: locked while the approval is pending, debited or given back when decided. */
export interface Redemption {
  id: string;
  customerId: string;
  idempotencyKey: string;
  points: number;
  value: string;
  currency: string;
  requiredAuthority: RedemptionAuthority;
  status: RedemptionStatus;
  /** The REDEEM entry: PENDING while the points are locked, POSTED or VOID when decided. */
  ledgerEntryId: string;
  approvalRequestId: string | null;
  requestedBy: string;
  requestedAt: Date;
  decidedAt: Date | null;
  /** Counts the saved changes: a change is saved only over the version it read. */
  version: number;
}

/**
 * A redemption's value is its points times the point value, in CNY; below the GM threshold the loyalty
 * supervisor approves, from it the GM (DOMAIN 3.1).
 */
export function redemptionRouting(
  points: number,
  policy: Pick<LoyaltyPolicy, 'pointValueCny' | 'redemptionGmThreshold'>,
): { value: string; requiredAuthority: RedemptionAuthority } {
  if (!Number.isInteger(points) || points <= 0)
    throw new Refusal('BAD_USER_INPUT', 'points must be a positive whole number');
  const value = new Decimal(points).times(policy.pointValueCny);
  return {
    value: value.toFixed(2),
    requiredAuthority: value.greaterThanOrEqualTo(policy.redemptionGmThreshold) ? 'GM' : 'LOYALTY_SUPERVISOR',
  };
}

/** The same request again (the client's idempotency key) is the same redemption; other points are a CONFLICT. */
export function repeatedRedemption(existing: Redemption, points: number): Redemption {
  if (existing.points !== points)
    throw refuse.conflict('this idempotency key was used for another redemption', {
      field: 'idempotencyKey',
    });
  return existing;
}

/**
 * DOMAIN 2.3, 3.1: a redemption is for an identity-verified, active customer (the account's state is
 * checked first, then the request itself); its points are locked, taken from the lots oldest-expiring
 * first, and it waits for an approval routed by its value.
 */
export function requestRedemption(
  customer: Customer,
  request: { id: string; entryId: string; points: number; idempotencyKey: string; requestedBy: string },
  lots: readonly Lot[],
  policy: Pick<LoyaltyPolicy, 'pointValueCny' | 'redemptionGmThreshold'>,
  now: Date,
): { redemption: Redemption; entry: LedgerEntry; wallet: Wallet } {
  requireActive(customer, 'redeeming points');
  if (!customer.identity)
    throw refuse.transition('the customer identity must be verified before redeeming points');
  const key = request.idempotencyKey;
  if (!key || key.length > 100)
    throw refuse.input('idempotencyKey', 'idempotencyKey must have 1 to 100 characters');
  if (!Number.isInteger(request.points) || request.points <= 0)
    throw refuse.input('points', 'points must be a positive whole number');
  const routing = redemptionRouting(request.points, policy);
  const allocations = allocate(lots, request.points);
  return {
    redemption: {
      id: request.id,
      customerId: customer.id,
      idempotencyKey: key,
      points: request.points,
      value: routing.value,
      currency: 'CNY',
      requiredAuthority: routing.requiredAuthority,
      status: 'PENDING_APPROVAL',
      ledgerEntryId: request.entryId,
      approvalRequestId: null,
      requestedBy: request.requestedBy,
      requestedAt: now,
      decidedAt: null,
      version: 1,
    },
    entry: {
      id: request.entryId,
      customerId: customer.id,
      kind: 'REDEEM',
      points: -request.points,
      status: 'PENDING',
      source: 'REDEMPTION',
      sourceId: request.id,
      reason: null,
      expiresAt: null,
      remaining: null,
      allocations,
      postedAt: now,
    },
    wallet: { balance: customer.points.balance, locked: customer.points.locked + request.points },
  };
}

/** What a decision did: the redemption, the wallet after it, and why it was cancelled if it was. */
export interface RedemptionDecision {
  redemption: Redemption;
  wallet: Wallet;
  /** Null when the redemption completed (its REDEEM entry is posted); else the entry is void. */
  cancelled: { outcome: 'REJECTED' | 'WITHDRAWN'; reason: string | null } | null;
}

/**
 * The approval decision of a pending redemption: APPROVED debits the locked points; REJECTED or WITHDRAWN
 * releases them (back to their lots). A frozen account cannot redeem (DOMAIN 2.6): an approval that
 * arrives while it is frozen cancels the redemption and releases the points.
 */
export function decideRedemption(
  redemption: Redemption,
  customer: Customer,
  decision: { requestId: string; outcome: ApprovalOutcome; reason: string | null },
  now: Date,
): RedemptionDecision {
  const frozen = customer.status !== 'ACTIVE';
  const approved = decision.outcome === 'APPROVED' && !frozen;
  const { balance, locked } = customer.points;
  const decided: Redemption = {
    ...redemption,
    status: approved ? 'COMPLETED' : 'CANCELLED',
    approvalRequestId: decision.requestId,
    decidedAt: now,
  };
  if (approved)
    return {
      redemption: decided,
      wallet: { balance: balance - redemption.points, locked: locked - redemption.points },
      cancelled: null,
    };
  return {
    redemption: decided,
    wallet: { balance, locked: locked - redemption.points },
    cancelled: {
      outcome: decision.outcome === 'APPROVED' ? 'REJECTED' : decision.outcome,
      reason: frozen ? `the account is ${customer.status}` : decision.reason,
    },
  };
}

import { Refusal, refuse } from '@care/domain-kernel';
import { Decimal } from 'decimal.js';
import { companyLocal } from './company-time';
import { tierForAnnualSpend, type Customer, type Tier, type TierPolicy } from './customer';

/** A tier change the January re-evaluation proposes, waiting for internal control (DOMAIN 2.1). */
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

/** A customer's tier as it changed, by a confirmed evaluation or an override: the audit record. */
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

export interface TierProposalDraft {
  customerId: string;
  from: Tier;
  to: Tier;
  annualSpend: string;
}

/**
 * The January re-evaluation (DOMAIN 2.1): every customer whose spend in the evaluated year earns a
 * different tier than the one held gets a proposal with the spend that justifies it.
 */
export function proposeTierChanges(
  customers: readonly { customerId: string; tier: Tier; annualSpend: string }[],
  policy: TierPolicy,
): TierProposalDraft[] {
  return customers
    .map((c) => ({
      customerId: c.customerId,
      from: c.tier,
      to: tierForAnnualSpend(c.annualSpend, policy),
      annualSpend: new Decimal(c.annualSpend).toFixed(2),
    }))
    .filter((p) => p.from !== p.to);
}

/** Re-evaluation runs in January, for the calendar year just ended (company time, DOMAIN 2.1). */
export function mayEvaluate(
  year: number,
  now: Date,
  timeZone: string,
): { ok: true } | { ok: false; reason: string } {
  const local = companyLocal(now, timeZone);
  if (local.month !== 1) return { ok: false, reason: 'tiers are re-evaluated in January only' };
  if (year !== local.year - 1)
    return { ok: false, reason: `the January ${local.year} re-evaluation is of ${local.year - 1}` };
  return { ok: true };
}

/** The same as a refusal naming the argument, before anything is read. */
export function requireEvaluationWindow(year: number, now: Date, timeZone: string): void {
  const allowed = mayEvaluate(year, now, timeZone);
  if (!allowed.ok) throw new Refusal('INVALID_TRANSITION', allowed.reason, { argument: 'year' });
}

/** The proposals of a re-evaluation of `year`, made by `proposedBy` under the policy version in force. */
export function proposeTiers(
  year: number,
  customers: readonly { customerId: string; tier: Tier; annualSpend: string }[],
  policy: TierPolicy & { version: number },
  proposal: { newId: () => string; proposedBy: string; now: Date },
): TierProposal[] {
  return proposeTierChanges(customers, policy).map((draft) => ({
    ...draft,
    id: proposal.newId(),
    evaluationYear: year,
    policyVersion: policy.version,
    status: 'PROPOSED',
    proposedBy: proposal.proposedBy,
    proposedAt: proposal.now,
    decidedBy: null,
    decidedAt: null,
    reason: null,
  }));
}

/** Maker-checker (DOMAIN 2.1): internal control, never the proposer, confirms or rejects a proposal. */
export function decideTierProposal(
  proposal: TierProposal,
  decision: { approve: boolean; reason: string | null; decidedBy: string },
  now: Date,
): TierProposal {
  if (proposal.status !== 'PROPOSED') throw refuse.transition(`the proposal is ${proposal.status} already`);
  if (proposal.proposedBy === decision.decidedBy)
    throw refuse.forbidden('the proposer cannot confirm their own proposal');
  if (!decision.approve && !decision.reason) throw refuse.input('reason', 'a rejection needs a reason');
  return {
    ...proposal,
    status: decision.approve ? 'CONFIRMED' : 'REJECTED',
    decidedBy: decision.decidedBy,
    decidedAt: now,
    reason: decision.reason,
  };
}

/** A confirmed proposal moves the customer, unless the tier changed since it was made (CONFLICT). */
export function applyTierProposal(
  customer: Customer,
  proposal: TierProposal,
  changeId: string,
): { customer: Customer; change: TierChange } {
  if (customer.tier !== proposal.from)
    throw refuse.conflict(
      `the customer is ${customer.tier} now, the proposal was made from ${proposal.from}`,
    );
  return {
    customer: { ...customer, tier: proposal.to },
    change: {
      id: changeId,
      customerId: customer.id,
      from: proposal.from,
      to: proposal.to,
      reason: 'EVALUATION',
      note: proposal.reason,
      evaluationYear: proposal.evaluationYear,
      annualSpend: proposal.annualSpend,
      changedBy: proposal.decidedBy!,
      effectiveAt: proposal.decidedAt!,
    },
  };
}

/** An override needs a reason of some words (DOMAIN 2.1); checked before anything is read. */
export function overrideReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < 5) throw refuse.input('reason', 'an override needs a reason');
  return trimmed;
}

/** A manual tier override: an audited tier change with its reason (DOMAIN 2.1). */
export function overrideTier(
  customer: Customer,
  override: { tier: Tier; note: string; changeId: string; changedBy: string },
  now: Date,
): { customer: Customer; change: TierChange } {
  if (customer.tier === override.tier) throw refuse.transition(`the customer is ${override.tier} already`);
  return {
    customer: { ...customer, tier: override.tier },
    change: {
      id: override.changeId,
      customerId: customer.id,
      from: customer.tier,
      to: override.tier,
      reason: 'OVERRIDE',
      note: override.note,
      evaluationYear: null,
      annualSpend: null,
      changedBy: override.changedBy,
      effectiveAt: now,
    },
  };
}

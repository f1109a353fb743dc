import { createEvent, tierChanged } from '@care/contracts';
import { badInput, DomainError, eventContextOf, notFound, requireRole, type Caller } from '@care/service-kit';
import { TIER_CHECKER_ROLES } from '../domain/access';
import { lockCustomer, UUID } from './rules';
import type { Deps, TierProposal } from './ports';

/** Maker-checker (DOMAIN 2.1): internal control, never the proposer, confirms or rejects a proposal. */
export async function confirmTierChange(
  deps: Deps,
  caller: Caller,
  input: { id: string; approve: boolean; reason?: string | null },
): Promise<TierProposal> {
  requireRole(caller.actor, ...TIER_CHECKER_ROLES);
  const reason = input.reason?.trim() || null;
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const proposal = UUID.test(input.id) ? await tx.tiers.findProposal(input.id, true) : null;
    if (!proposal) throw notFound('Tier proposal', input.id);
    if (proposal.status !== 'PROPOSED')
      throw new DomainError('INVALID_TRANSITION', `the proposal is ${proposal.status} already`);
    if (proposal.proposedBy === caller.actor.sub)
      throw new DomainError('FORBIDDEN', 'the proposer cannot confirm their own proposal');
    if (!input.approve && !reason) throw badInput('a rejection needs a reason', { field: 'reason' });
    const decided: TierProposal = {
      ...proposal,
      status: input.approve ? 'CONFIRMED' : 'REJECTED',
      decidedBy: caller.actor.sub,
      decidedAt: now,
      reason,
    };
    if (input.approve) {
      const customer = await lockCustomer(tx, proposal.customerId);
      if (customer.tier !== proposal.from)
        throw new DomainError(
          'CONFLICT',
          `the customer is ${customer.tier} now, the proposal was made from ${proposal.from}`,
        );
      await tx.customers.update({ ...customer, tier: proposal.to });
      await tx.tiers.insertChange({
        id: deps.newId(),
        customerId: customer.id,
        from: proposal.from,
        to: proposal.to,
        reason: 'EVALUATION',
        note: reason,
        evaluationYear: proposal.evaluationYear,
        annualSpend: proposal.annualSpend,
        changedBy: caller.actor.sub,
        effectiveAt: now,
      });
      await tx.outbox.enqueue(
        createEvent(
          tierChanged,
          customer.id,
          {
            customerId: customer.id,
            from: proposal.from,
            to: proposal.to,
            reason: 'EVALUATION',
            evaluationYear: proposal.evaluationYear,
            annualSpend: proposal.annualSpend,
            effectiveAt: now.toISOString(),
          },
          eventContextOf(caller),
        ),
      );
    }
    await tx.tiers.updateProposal(decided);
    return decided;
  });
}

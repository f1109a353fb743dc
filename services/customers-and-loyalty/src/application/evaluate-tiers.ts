import { createEvent, tierChangeProposed } from '@care/contracts';
import { DomainError, eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { TIER_PROPOSER_ROLES } from '../domain/access';
import { mayEvaluate, proposeTierChanges } from '../domain/policy';
import type { Deps, TierProposal } from './ports';

/**
 * The January re-evaluation (DOMAIN 2.1): sales proposes every tier change the year's spend justifies;
 * internal control confirms each. Running it again proposes only what is new.
 */
export async function evaluateTiers(deps: Deps, caller: Caller, year: number): Promise<TierProposal[]> {
  requireRole(caller.actor, ...TIER_PROPOSER_ROLES);
  const now = deps.clock.now();
  const allowed = mayEvaluate(year, now);
  if (!allowed.ok) throw new DomainError('INVALID_TRANSITION', allowed.reason, { argument: 'year' });
  return deps.unitOfWork(async (tx) => {
    const policy = await tx.tiers.policyAt(now);
    const drafts = proposeTierChanges(await tx.tiers.evaluationInput(year), policy);
    const inserted = await tx.tiers.insertProposals(
      drafts.map((d) => ({
        ...d,
        id: deps.newId(),
        evaluationYear: year,
        policyVersion: policy.version,
        status: 'PROPOSED',
        proposedBy: caller.actor.sub,
        proposedAt: now,
        decidedBy: null,
        decidedAt: null,
        reason: null,
      })),
    );
    const context = eventContextOf(caller);
    for (const p of inserted)
      await tx.outbox.enqueue(
        createEvent(
          tierChangeProposed,
          p.customerId,
          {
            proposalId: p.id,
            customerId: p.customerId,
            from: p.from,
            to: p.to,
            evaluationYear: year,
            annualSpend: p.annualSpend,
            policyVersion: p.policyVersion,
            proposedAt: now.toISOString(),
          },
          context,
        ),
      );
    return tx.tiers.proposals(year);
  });
}

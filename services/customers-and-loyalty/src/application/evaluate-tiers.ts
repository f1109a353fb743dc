import { createEvent, tierChangeProposed } from '@care/contracts';
import { authorised, eventContextOf } from '@care/service-kit';
import { TIER_PROPOSER_ROLES } from '../domain/access';
import { proposeTiers, requireEvaluationWindow } from '../domain/tier';
import type { Deps } from './ports';

/**
 * The January re-evaluation (DOMAIN 2.1): sales proposes every tier change the year's spend justifies;
 * internal control confirms each. Running it again proposes only what is new.
 */
export const evaluateTiers = authorised(TIER_PROPOSER_ROLES, async (deps: Deps, caller, year: number) => {
  const now = deps.clock.now();
  requireEvaluationWindow(year, now, deps.timeZone);
  return deps.unitOfWork(async (tx) => {
    const policy = await tx.tiers.policyAt(now);
    const proposals = proposeTiers(year, await tx.tiers.evaluationInput(year), policy, {
      newId: deps.newId,
      proposedBy: caller.actor.sub,
      now,
    });
    const context = eventContextOf(caller);
    for (const p of await tx.tiers.insertProposals(proposals))
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
});

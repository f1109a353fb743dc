import { authorised, eventContextOf, notFound } from '@care/service-kit';
import { TIER_CHECKER_ROLES } from '../domain/access';
import { applyTierProposal, decideTierProposal } from '../domain/tier';
import { within } from './change-aggregate';
import { changeCustomer } from './change-customer';
import { tierChangedEvent } from './events';
import { isUuid } from './read-access';
import type { Deps } from './ports';

/**
 * Maker-checker (DOMAIN 2.1): internal control, never the proposer, confirms or rejects a proposal; a
 * confirmed one changes the customer's tier, unless it changed since the proposal was made.
 */
export const confirmTierChange = authorised(
  TIER_CHECKER_ROLES,
  async (deps: Deps, caller, input: { id: string; approve: boolean; reason?: string | null }) => {
    const decision = {
      approve: input.approve,
      reason: input.reason?.trim() || null,
      decidedBy: caller.actor.sub,
    };
    const now = deps.clock.now();
    return deps.unitOfWork(async (tx) => {
      const proposal = isUuid(input.id) ? await tx.tiers.findProposal(input.id, true) : null;
      if (!proposal) throw notFound('Tier proposal', input.id);
      const decided = decideTierProposal(proposal, decision, now);
      if (decided.status === 'CONFIRMED')
        await changeCustomer(within(tx), decided.customerId, async (customer) => {
          const { customer: next, change } = applyTierProposal(customer, decided, deps.newId());
          await tx.tiers.insertChange(change);
          return { next, events: [tierChangedEvent(change, eventContextOf(caller))] };
        });
      await tx.tiers.updateProposal(decided);
      return decided;
    });
  },
);

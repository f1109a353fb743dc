import type { EventContext } from '@care/contracts';
import { decideCampaign as decide, type Campaign } from '../domain/campaign';
import type { ApprovalOutcome } from '../domain/approval';
import { whilePendingApproval } from './change-aggregate';
import { changeCampaign } from './change-campaign';
import { campaignDecidedEvent } from './events';
import type { Transaction } from './ports';

/**
 * The approval decision of a campaign: approved it may run; otherwise it is returned to draft for changes.
 * A decision for a campaign that is unknown or no longer pending changes nothing (events may come twice).
 */
export async function decideCampaign(
  tx: Transaction,
  decision: { campaignId: string; outcome: ApprovalOutcome },
  now: Date,
  context: EventContext,
): Promise<Campaign | null> {
  const campaign = await tx.campaigns.find(decision.campaignId, true);
  return whilePendingApproval(tx, changeCampaign, campaign, (current) => {
    const decided = decide(current, decision.outcome === 'APPROVED', now);
    return { next: decided, events: [campaignDecidedEvent(decided, now, context)] };
  });
}

import { campaignApproved, campaignReturned, createEvent, type EventContext } from '@care/contracts';
import { decideCampaign as decide, type Campaign } from '../domain/campaign';
import type { Transaction } from './ports';

/** The approval decision of a campaign: approved it may run; otherwise it is returned to draft for changes. */
export async function decideCampaign(
  tx: Transaction,
  decision: { campaignId: string; outcome: 'APPROVED' | 'REJECTED' | 'WITHDRAWN' },
  now: Date,
  context: EventContext,
): Promise<Campaign | null> {
  const campaign = await tx.campaigns.find(decision.campaignId, true);
  if (!campaign || campaign.status !== 'PENDING_APPROVAL') return campaign;
  const decided = decide(campaign, decision.outcome === 'APPROVED', now);
  await tx.campaigns.update(decided);
  await tx.outbox.enqueue(
    createEvent(
      decided.status === 'APPROVED' ? campaignApproved : campaignReturned,
      decided.id,
      { campaignId: decided.id, status: decided.status, at: now.toISOString() },
      context,
    ),
  );
  return decided;
}

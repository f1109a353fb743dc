import { campaignSubmitted, createEvent } from '@care/contracts';
import { eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { CAMPAIGN_SIGN_ROLES } from '../domain/access';
import { isDiamondOnly, submitCampaign as submit, type Campaign } from '../domain/campaign';
import { lockCampaign } from './campaigns';
import { guard } from './rules';
import type { Deps } from './ports';

/** The department head signs the draft and submits it for approval: internal control reviews within 1 working day (DOMAIN 2.4, 3.3). */
export async function submitCampaign(deps: Deps, caller: Caller, id: string): Promise<Campaign> {
  requireRole(caller.actor, ...CAMPAIGN_SIGN_ROLES);
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const c = await lockCampaign(tx, id);
    const campaign = guard(() => submit(c, now, deps.calendar));
    await tx.campaigns.update(campaign);
    await tx.outbox.enqueue(
      createEvent(
        campaignSubmitted,
        campaign.id,
        {
          campaignId: campaign.id,
          type: campaign.type,
          targetTiers: campaign.targetTiers,
          budget: campaign.budget,
          currency: campaign.currency,
          diamondOnly: isDiamondOnly(campaign),
          reviewDueAt: campaign.reviewDueAt!.toISOString(),
          reference: { service: 'loyalty', aggregate: 'campaign', id: campaign.id },
          submittedAt: now.toISOString(),
        },
        eventContextOf(caller),
      ),
    );
    return campaign;
  });
}

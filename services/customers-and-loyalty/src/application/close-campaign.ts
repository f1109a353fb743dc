import { campaignClosed, createEvent } from '@care/contracts';
import { eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { CAMPAIGN_RUN_ROLES } from '../domain/access';
import { closeCampaign as close, type Campaign } from '../domain/campaign';
import { lockCampaign } from './campaigns';
import { guard } from './rules';
import type { Deps } from './ports';

/** Ends a running campaign; finance must settle it within 10 working days (DOMAIN 2.4). */
export async function closeCampaign(deps: Deps, caller: Caller, id: string): Promise<Campaign> {
  requireRole(caller.actor, ...CAMPAIGN_RUN_ROLES);
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const current = await lockCampaign(tx, id);
    const campaign = guard(() => close(current, now, deps.calendar));
    await tx.campaigns.update(campaign);
    await tx.outbox.enqueue(
      createEvent(
        campaignClosed,
        campaign.id,
        {
          campaignId: campaign.id,
          status: 'CLOSED',
          at: now.toISOString(),
          settleDueAt: campaign.settleDueAt!.toISOString(),
          spent: campaign.spent,
        },
        eventContextOf(caller),
      ),
    );
    return campaign;
  });
}

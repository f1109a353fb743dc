import { eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { CAMPAIGN_RUN_ROLES } from '../domain/access';
import { closeCampaign as close, type Campaign } from '../domain/campaign';
import { changeCampaign } from './change-campaign';
import { campaignClosedEvent } from './events';
import type { Deps } from './ports';

/** Ends a running campaign; finance must settle it within 10 working days (DOMAIN 2.4). */
export async function closeCampaign(deps: Deps, caller: Caller, id: string): Promise<Campaign> {
  requireRole(caller.actor, ...CAMPAIGN_RUN_ROLES);
  const now = deps.clock.now();
  return changeCampaign(deps, id, (current) => {
    const campaign = close(current, now, deps.calendar);
    return { next: campaign, events: [campaignClosedEvent(campaign, eventContextOf(caller))] };
  });
}

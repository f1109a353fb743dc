import { authorised, eventContextOf } from '@care/service-kit';
import { CAMPAIGN_RUN_ROLES } from '../domain/access';
import { closeCampaign as close } from '../domain/campaign';
import { changeCampaign } from './change-campaign';
import { campaignClosedEvent } from './events';
import type { Deps } from './ports';

/** Ends a running campaign; finance must settle it within 10 working days (DOMAIN 2.4). */
export const closeCampaign = authorised(CAMPAIGN_RUN_ROLES, async (deps: Deps, caller, id: string) => {
  const now = deps.clock.now();
  return changeCampaign(deps.unitOfWork, id, (current) => {
    const campaign = close(current, now, deps.calendar);
    return { next: campaign, events: [campaignClosedEvent(campaign, eventContextOf(caller))] };
  });
});

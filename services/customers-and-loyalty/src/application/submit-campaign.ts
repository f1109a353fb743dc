import { eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { CAMPAIGN_SIGN_ROLES } from '../domain/access';
import { submitCampaign as submit, type Campaign } from '../domain/campaign';
import { changeCampaign } from './change-campaign';
import { campaignSubmittedEvent } from './events';
import type { Deps } from './ports';

/** The department head signs the draft and submits it for approval: internal control reviews within 1 working day (DOMAIN 2.4, 3.3). */
export async function submitCampaign(deps: Deps, caller: Caller, id: string): Promise<Campaign> {
  requireRole(caller.actor, ...CAMPAIGN_SIGN_ROLES);
  const now = deps.clock.now();
  return changeCampaign(deps, id, (current) => {
    const campaign = submit(current, now, deps.calendar);
    return { next: campaign, events: [campaignSubmittedEvent(campaign, eventContextOf(caller))] };
  });
}

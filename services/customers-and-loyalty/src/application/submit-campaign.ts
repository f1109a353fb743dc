import { authorised, eventContextOf } from '@care/service-kit';
import { CAMPAIGN_SIGN_ROLES } from '../domain/access';
import { submitCampaign as submit } from '../domain/campaign';
import { changeCampaign } from './change-campaign';
import { campaignSubmittedEvent } from './events';
import type { Deps } from './ports';

/** The department head signs the draft and submits it for approval: internal control reviews within 1 working day (DOMAIN 2.4, 3.3). */
export const submitCampaign = authorised(CAMPAIGN_SIGN_ROLES, async (deps: Deps, caller, id: string) => {
  const now = deps.clock.now();
  return changeCampaign(deps.unitOfWork, id, (current) => {
    const campaign = submit(current, now, deps.calendar);
    return { next: campaign, events: [campaignSubmittedEvent(campaign, eventContextOf(caller))] };
  });
});

import { SETTLE_ROLES } from '../domain/access';
import { settleCampaign as settle } from '../domain/campaign';
import { authorised } from './authorise-caller';
import { changeCampaign } from './change-campaign';

/** Finance settles a closed campaign's costs; whether it was within the 10 working days is recorded. */
export const settleCampaign = authorised(SETTLE_ROLES, async (deps, caller, id: string) => {
  const now = deps.clock.now();
  return changeCampaign(deps, id, (current) => ({ next: settle(current, now) }));
});

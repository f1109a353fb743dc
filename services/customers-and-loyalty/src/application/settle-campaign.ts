import { authorised } from '@care/service-kit';
import { SETTLE_ROLES } from '../domain/access';
import { settleCampaign as settle } from '../domain/campaign';
import { changeCampaign } from './change-campaign';
import type { Deps } from './ports';

/** Finance settles a closed campaign's costs; whether it was within the 10 working days is recorded. */
export const settleCampaign = authorised(SETTLE_ROLES, async (deps: Deps, caller, id: string) => {
  const now = deps.clock.now();
  return changeCampaign(deps.unitOfWork, id, (current) => ({ next: settle(current, now) }));
});

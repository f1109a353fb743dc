import { requireRole, type Caller } from '@care/service-kit';
import { SETTLE_ROLES } from '../domain/access';
import { settleCampaign as settle, type Campaign } from '../domain/campaign';
import { changeCampaign } from './change-campaign';
import type { Deps } from './ports';

/** Finance settles a closed campaign's costs; whether it was within the 10 working days is recorded. */
export async function settleCampaign(deps: Deps, caller: Caller, id: string): Promise<Campaign> {
  requireRole(caller.actor, ...SETTLE_ROLES);
  const now = deps.clock.now();
  return changeCampaign(deps, id, (current) => ({ next: settle(current, now) }));
}

import { requireRole, type Caller } from '@care/service-kit';
import { SETTLE_ROLES } from '../domain/access';
import { settleCampaign as settle, type Campaign } from '../domain/campaign';
import { lockCampaign } from './campaigns';
import { guard } from './rules';
import type { Deps } from './ports';

/** Finance settles a closed campaign's costs; whether it was within the 10 working days is recorded. */
export async function settleCampaign(deps: Deps, caller: Caller, id: string): Promise<Campaign> {
  requireRole(caller.actor, ...SETTLE_ROLES);
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const current = await lockCampaign(tx, id);
    const campaign = guard(() => settle(current, now));
    await tx.campaigns.update(campaign);
    return campaign;
  });
}

import { campaignArchived, createEvent } from '@care/contracts';
import { eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { CAMPAIGN_ROLES } from '../domain/access';
import { archiveCampaign as archive, archiveNumber, type Campaign } from '../domain/campaign';
import { companyLocal } from '../domain/policy';
import { lockCampaign } from './campaigns';
import { guard } from './rules';
import type { Deps } from './ports';

/**
 * Sales archives a settled campaign under KH + year + 6-digit serial (DOMAIN 2.4). The serial comes from a
 * per-year counter row updated in the same transaction: concurrent archivings queue on that row, and a
 * rolled-back archiving rolls its serial back, so numbers are unique and gapless.
 */
export async function archiveCampaign(deps: Deps, caller: Caller, id: string): Promise<Campaign> {
  requireRole(caller.actor, ...CAMPAIGN_ROLES);
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const current = await lockCampaign(tx, id);
    guard(() => archive(current, 'KH', now)); // the state check, before a serial is taken
    const year = companyLocal(now).year;
    const serial = await tx.campaigns.nextArchiveSerial(year);
    const number = guard(() => archiveNumber(year, serial));
    const campaign = archive(current, number, now);
    await tx.campaigns.update(campaign);
    await tx.outbox.enqueue(
      createEvent(
        campaignArchived,
        campaign.id,
        {
          campaignId: campaign.id,
          archiveNumber: number,
          spent: campaign.spent,
          budget: campaign.budget,
          settledOnTime: campaign.settledOnTime ?? false,
          archivedAt: now.toISOString(),
        },
        eventContextOf(caller),
      ),
    );
    return campaign;
  });
}

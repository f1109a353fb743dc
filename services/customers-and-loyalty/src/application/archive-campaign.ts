import { authorised, eventContextOf } from '@care/service-kit';
import { CAMPAIGN_ROLES } from '../domain/access';
import { archiveCampaign as archive, archiveNumber, requireArchivable } from '../domain/campaign';
import { companyLocal } from '../domain/company-time';
import { changeCampaign } from './change-campaign';
import { campaignArchivedEvent } from './events';
import type { Deps } from './ports';

/**
 * Sales archives a settled campaign under KH + year + 6-digit serial (DOMAIN 2.4), the year in company
 * time. The serial comes from a per-year counter row updated in the same transaction: concurrent
 * archivings queue on that row, and a rolled-back archiving rolls its serial back, so numbers are unique
 * and gapless. The campaign's state is checked before a serial is taken.
 */
export const archiveCampaign = authorised(CAMPAIGN_ROLES, async (deps: Deps, caller, id: string) => {
  const now = deps.clock.now();
  return changeCampaign(deps.unitOfWork, id, async (current, tx) => {
    requireArchivable(current);
    const year = companyLocal(now, deps.timeZone).year;
    const campaign = archive(current, archiveNumber(year, await tx.campaigns.nextArchiveSerial(year)), now);
    return { next: campaign, events: [campaignArchivedEvent(campaign, eventContextOf(caller))] };
  });
});

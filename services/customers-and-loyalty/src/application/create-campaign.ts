import { authorised } from '@care/service-kit';
import { CAMPAIGN_ROLES } from '../domain/access';
import { draftCampaign } from '../domain/campaign';
import type { Tier } from '../domain/customer';
import type { Deps } from './ports';

/** Sales drafts a reward campaign: type, target tiers and tags, budget, expected effect, dates (DOMAIN 2.4). */
export const createCampaign = authorised(
  CAMPAIGN_ROLES,
  async (
    deps: Deps,
    caller,
    input: {
      name: string;
      type: string;
      targetTiers: Tier[];
      targetTags?: string[] | null;
      budget: string;
      expectedEffect?: string | null;
      startsOn: string;
      endsOn: string;
    },
  ) => {
    const campaign = draftCampaign(
      { ...input, id: deps.newId(), createdBy: caller.actor.sub },
      deps.clock.now(),
    );
    return deps.unitOfWork(async (tx) => {
      await tx.campaigns.insert(campaign);
      return campaign;
    });
  },
);

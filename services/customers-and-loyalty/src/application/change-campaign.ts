import { notFound } from '@care/service-kit';
import type { Campaign } from '../domain/campaign';
import { changeOf } from './change-aggregate';
import type { Transaction } from './ports';
import { isUuid } from './read-access';

const lock = (tx: Transaction, id: string) =>
  isUuid(id) ? tx.campaigns.find(id, true) : Promise.resolve(null);

/** Locks a campaign for the rest of the transaction; NOT_FOUND when unknown. */
export async function lockCampaign(tx: Transaction, id: string): Promise<Campaign> {
  const campaign = await lock(tx, id);
  if (!campaign) throw notFound('Campaign', id);
  return campaign;
}

/**
 * Every change to a campaign (its steps, its costs, its approval): the campaign row locked, so that
 * concurrent changes queue and each sees the one before (a campaign's costs, DOMAIN 2.4); saved over the
 * version it read.
 */
export const changeCampaign = changeOf<Campaign>('Campaign', {
  lock,
  save: (tx, campaign, version) => tx.campaigns.save(campaign, version),
});

import { notFound, type Changed } from '@care/service-kit';
import type { Campaign } from '../domain/campaign';
import type { Deps, Transaction } from './ports';
import { isUuid } from './read-access';

/** Locks a campaign for the rest of the transaction; NOT_FOUND when unknown. */
export async function lockCampaign(tx: Transaction, id: string): Promise<Campaign> {
  const campaign = isUuid(id) ? await tx.campaigns.find(id, true) : null;
  if (!campaign) throw notFound('Campaign', id);
  return campaign;
}

/**
 * Every change to a campaign, in one transaction: load it locked (NOT_FOUND), apply the pure rule, save,
 * enqueue its events. A campaign carries no version a caller could name, so there is no version check:
 * the row lock orders concurrent changes (a campaign's costs, DOMAIN 2.4).
 */
export function changeCampaign(
  deps: Pick<Deps, 'unitOfWork'>,
  id: string,
  apply: (campaign: Campaign, tx: Transaction) => Changed<Campaign> | Promise<Changed<Campaign>>,
): Promise<Campaign> {
  return deps.unitOfWork(async (tx) => {
    const { next, events = [] } = await apply(await lockCampaign(tx, id), tx);
    await tx.campaigns.update(next);
    await tx.outbox.enqueue(...events);
    return next;
  });
}

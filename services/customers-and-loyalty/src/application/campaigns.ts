import { notFound } from '@care/service-kit';
import type { Campaign } from '../domain/campaign';
import { UUID } from './rules';
import type { Transaction } from './ports';

/** Locks a campaign for the rest of the transaction; NOT_FOUND when unknown. */
export async function lockCampaign(tx: Transaction, id: string): Promise<Campaign> {
  const campaign = UUID.test(id) ? await tx.campaigns.find(id, true) : null;
  if (!campaign) throw notFound('Campaign', id);
  return campaign;
}

import { campaignInteractionRecorded, createEvent } from '@care/contracts';
import { badInput, DomainError, eventContextOf, requireRole, type Caller } from '@care/service-kit';
import { Decimal } from 'decimal.js';
import { CAMPAIGN_RUN_ROLES } from '../domain/access';
import { isTargeted, spend, type Campaign } from '../domain/campaign';
import { lockCampaign } from './campaigns';
import { postCredit } from './points-postings';
import { guard, lockCustomer, requireActive } from './rules';
import type { Deps } from './ports';

/**
 * Marketing records every customer interaction of a running campaign with its cost (DOMAIN 2.4); a cost
 * that would exceed the budget is refused (the campaign row is locked, so concurrent grants queue). Points
 * granted are an EARN entry from the campaign; a frozen account is granted nothing (DOMAIN 2.6).
 */
export async function recordCampaignInteraction(
  deps: Deps,
  caller: Caller,
  input: {
    campaignId: string;
    customerId: string;
    kind: string;
    cost: string;
    points?: number | null;
    note?: string | null;
  },
): Promise<Campaign> {
  requireRole(caller.actor, ...CAMPAIGN_RUN_ROLES);
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const current = await lockCampaign(tx, input.campaignId);
    // The campaign's state is checked first (a closed campaign answers INVALID_TRANSITION), then the input.
    const campaign = guard(() => spend(current, input.cost));
    const kind = input.kind.trim().toUpperCase();
    if (!kind) throw badInput('kind is required', { field: 'kind' });
    const points = input.points ?? 0;
    if (!Number.isInteger(points) || points < 0)
      throw badInput('points must be a whole number, not negative', { field: 'points' });
    const cost = new Decimal(campaign.spent).minus(current.spent).toFixed(2);
    const customer = await lockCustomer(tx, input.customerId);
    if (!isTargeted(current, customer))
      throw new DomainError('BAD_USER_INPUT', 'the customer is not in the campaign target group', {
        field: 'customerId',
      });
    if (points > 0 || cost !== '0.00') requireActive(customer, 'granting a campaign benefit');
    if (kind === 'MARKETING_EMAIL') {
      // DOMAIN 2.3: marketing mail only with marketing consent, never after an unsubscribe.
      const consents = await tx.customers.consentsOf([customer.id]);
      const latest = consents.filter((c) => c.kind === 'MARKETING_EMAIL').pop();
      if (!latest?.granted)
        throw new DomainError(
          'INVALID_TRANSITION',
          'the customer has no marketing e-mail consent or unsubscribed',
          {
            field: 'customerId',
          },
        );
    }
    await tx.campaigns.update(campaign);
    const interactionId = deps.newId();
    await tx.campaigns.insertInteraction({
      id: interactionId,
      campaignId: campaign.id,
      customerId: customer.id,
      kind,
      cost,
      points,
      note: input.note?.trim() || null,
      recordedBy: caller.actor.sub,
      at: now,
    });
    const context = eventContextOf(caller);
    await tx.outbox.enqueue(
      createEvent(
        campaignInteractionRecorded,
        campaign.id,
        {
          campaignId: campaign.id,
          interactionId,
          customerId: customer.id,
          cost,
          points,
          spent: campaign.spent,
          budget: campaign.budget,
          at: now.toISOString(),
        },
        context,
      ),
    );
    if (points > 0) {
      const policy = await tx.tiers.policyAt(now);
      await postCredit(
        tx,
        customer,
        {
          id: deps.newId(),
          kind: 'EARN',
          points,
          source: 'CAMPAIGN',
          sourceId: interactionId,
          reason: campaign.name,
        },
        now,
        policy,
        context,
      );
    }
    return campaign;
  });
}

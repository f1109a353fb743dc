import { authorised, eventContextOf } from '@care/service-kit';
import { CAMPAIGN_RUN_ROLES } from '../domain/access';
import { chargeInteraction, recordInteraction } from '../domain/campaign';
import { within } from './change-aggregate';
import { changeCampaign, lockCampaign } from './change-campaign';
import { lockCustomer } from './change-customer';
import { interactionRecordedEvent } from './events';
import type { Deps } from './ports';
import { postCreditNow } from './post-points';

/**
 * Marketing records every customer interaction of a running campaign with its cost (DOMAIN 2.4); a cost
 * that would exceed the budget is refused (the campaign row is locked, so concurrent grants queue). Points
 * granted are an EARN entry from the campaign; a frozen account is granted nothing (DOMAIN 2.6).
 */
export const recordCampaignInteraction = authorised(
  CAMPAIGN_RUN_ROLES,
  async (
    deps: Deps,
    caller,
    input: {
      campaignId: string;
      customerId: string;
      kind: string;
      cost: string;
      points?: number | null;
      note?: string | null;
    },
  ) => {
    const now = deps.clock.now();
    return deps.unitOfWork(async (tx) => {
      const current = await lockCampaign(tx, input.campaignId);
      // The campaign's state is checked first (a closed campaign answers INVALID_TRANSITION), then the input.
      const charge = chargeInteraction(current, input);
      const customer = await lockCustomer(tx, input.customerId);
      const consents = charge.marketingMail ? await tx.consents.of([customer.id]) : [];
      const record = { id: deps.newId(), note: input.note, recordedBy: caller.actor.sub, at: now };
      const interaction = recordInteraction(charge, customer, consents, record);
      const context = eventContextOf(caller);
      const campaign = await changeCampaign(
        within(tx),
        current.id,
        () => ({
          next: charge.campaign,
          events: [interactionRecordedEvent(charge.campaign, interaction, context)],
        }),
        { locked: current },
      );
      await tx.campaigns.insertInteraction(interaction);
      if (interaction.points > 0) {
        const earn = { kind: 'EARN' as const, points: interaction.points, source: 'CAMPAIGN' as const };
        await postCreditNow(
          deps,
          tx,
          customer,
          { ...earn, sourceId: interaction.id, reason: current.name },
          now,
          context,
        );
      }
      return campaign;
    });
  },
);

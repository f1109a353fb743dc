import {
  campaignSubmitted,
  complaintCompensationRequested,
  discountApprovalRequested,
  exceptionSubmitted,
  reactionTo,
  redemptionRequested,
  type Envelope,
  type EventDefinition,
} from '@care/contracts';
import { onEvent, subscription, type Reaction, type Subscription } from '@care/messaging';
import type { z } from 'zod';
import { openRequestedApproval, type Ask } from '../application/open-requested-approval';
import type { Deps } from '../application/ports';
import { transactionOf } from '../persistence';

/**
 * The events by which other services ask for an approval (a redemption, a discount, a campaign, a
 * complaint's compensation, governance's exception application): each opens one request, routed by the
 * authority matrix (DOMAIN 3.1).
 */
export function asks(deps: Pick<Deps, 'calendar' | 'clock' | 'newId'>): Subscription {
  /** Reads the event as an ask and opens its request. */
  const ask = <S extends z.ZodObject>(
    definition: EventDefinition<S>,
    read: (data: z.output<S>, event: Envelope) => Ask,
  ): Reaction =>
    onEvent(definition, (data, event, tx) =>
      openRequestedApproval(deps, transactionOf(tx), read(data, event), reactionTo(event, 'approvals')),
    );

  return subscription(
    'asks',
    ask(redemptionRequested, (data, event) => ({
      type: 'POINTS_REDEMPTION',
      title: `Redemption of ${data.points} points`,
      amount: data.value,
      currency: data.currency,
      reference: { service: 'loyalty', aggregate: 'redemption', id: data.redemptionId },
      expedited: false,
      requestedBy: event.actor.id,
    })),
    ask(discountApprovalRequested, (data, event) => ({
      type: 'DISCOUNT',
      title: `${data.kind} discount for a ${data.tier} customer`,
      amount: data.value,
      currency: data.currency,
      reference: data.reference,
      expedited: false,
      requestedBy: event.actor.id,
    })),
    ask(campaignSubmitted, (data, event) => ({
      type: 'CAMPAIGN',
      title: `${data.type} campaign for ${data.targetTiers.join(', ') || 'all tiers'}`,
      amount: data.budget,
      currency: data.currency,
      reference: data.reference,
      expedited: false,
      requestedBy: event.actor.id,
    })),
    // An urgent complaint's compensation is carried out already; the approval follows (DOMAIN 3.6).
    ask(complaintCompensationRequested, (data, event) => ({
      type: 'COMPENSATION',
      title: `Compensation for complaint ${data.complaintId}`,
      amount: data.amount,
      currency: data.currency,
      reference: data.reference,
      expedited: data.emergency,
      requestedBy: event.actor.id,
    })),
    // An exception to a rule (DOMAIN 4.6) is not one of the matrix's business types: OTHER, by its amount.
    ask(exceptionSubmitted, (data, event) => ({
      type: 'OTHER',
      title: `Exception (${data.kind}, risk ${data.riskLevel}): ${data.title}`,
      amount: data.amount,
      currency: data.currency,
      reference: data.reference,
      expedited: false,
      requestedBy: event.actor.id,
    })),
  );
}

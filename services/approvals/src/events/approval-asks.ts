import {
  campaignSubmitted,
  complaintCompensationRequested,
  discountApprovalRequested,
  reactionTo,
  redemptionRequested,
  SERVICES,
  type Envelope,
} from '@care/contracts';
import { EventConsumer } from '@care/messaging';
import type { MessagingContext } from '@care/service-kit';
import { openRequestedApproval, type Ask } from '../application/open-requested-approval';
import type { WorkingTime } from '../application/ports';
import { transactionOf } from '../persistence';

/** The events by which other services ask for an approval, and how each reads as an ask. */
const ASKS: Record<string, { stream: string; subject: string; read: (event: Envelope) => Ask }> = {
  [redemptionRequested.type]: {
    stream: SERVICES.loyalty.stream,
    subject: redemptionRequested.subject,
    read: (event) => {
      const data = redemptionRequested.data.parse(event.data);
      return {
        type: 'POINTS_REDEMPTION',
        title: `Redemption of ${data.points} points`,
        amount: data.value,
        currency: data.currency,
        reference: { service: 'loyalty', aggregate: 'redemption', id: data.redemptionId },
        expedited: false,
        requestedBy: event.actor.id,
      };
    },
  },
  [discountApprovalRequested.type]: {
    stream: SERVICES.loyalty.stream,
    subject: discountApprovalRequested.subject,
    read: (event) => {
      const data = discountApprovalRequested.data.parse(event.data);
      return {
        type: 'DISCOUNT',
        title: `${data.kind} discount for a ${data.tier} customer`,
        amount: data.value,
        currency: data.currency,
        reference: data.reference,
        expedited: false,
        requestedBy: event.actor.id,
      };
    },
  },
  [campaignSubmitted.type]: {
    stream: SERVICES.loyalty.stream,
    subject: campaignSubmitted.subject,
    read: (event) => {
      const data = campaignSubmitted.data.parse(event.data);
      return {
        type: 'CAMPAIGN',
        title: `${data.type} campaign for ${data.targetTiers.join(', ') || 'all tiers'}`,
        amount: data.budget,
        currency: data.currency,
        reference: data.reference,
        expedited: false,
        requestedBy: event.actor.id,
      };
    },
  },
  [complaintCompensationRequested.type]: {
    stream: SERVICES.complaints.stream,
    subject: complaintCompensationRequested.subject,
    read: (event) => {
      const data = complaintCompensationRequested.data.parse(event.data);
      return {
        type: 'COMPENSATION',
        title: `Compensation for complaint ${data.complaintId}`,
        amount: data.amount,
        currency: data.currency,
        reference: data.reference,
        expedited: data.emergency,
        requestedBy: event.actor.id,
      };
    },
  },
};

/** Groups the asks' subjects by stream: one durable consumer per stream. */
function sources(): { stream: string; subjects: string[] }[] {
  const byStream = new Map<string, string[]>();
  for (const ask of Object.values(ASKS))
    byStream.set(ask.stream, [...(byStream.get(ask.stream) ?? []), ask.subject]);
  return [...byStream].map(([stream, subjects]) => ({ stream, subjects }));
}

export function approvalAsksConsumer(
  context: MessagingContext,
  deps: { calendar: WorkingTime; clock: { now(): Date }; newId: () => string },
): EventConsumer {
  return new EventConsumer({
    ...context,
    service: 'approvals',
    purpose: 'asks',
    sources: sources(),
    handle: async (event, manager) => {
      const ask = ASKS[event.type];
      if (!ask) return; // another version of a subject we read: not ours to act on
      await openRequestedApproval(
        deps,
        transactionOf(manager),
        ask.read(event),
        reactionTo(event, 'approvals'),
      );
    },
  });
}

import {
  approvalRequestDecided,
  approvalRequestSubmitted,
  campaignApproved,
  campaignArchived,
  campaignClosed,
  campaignInteractionRecorded,
  campaignReturned,
  campaignSubmitted,
  complaintClassified,
  complaintClosed,
  complaintFollowUpRecorded,
  complaintReceived,
  complaintReopened,
  complaintResolved,
  complaintSlaBreached,
  complaintSolutionAccepted,
  complaintSolutionRejected,
  complaintStepRecorded,
  customerChangeSubmitted,
  customerRegistered,
  type Envelope,
  type EventDefinition,
  paymentRecorded,
  purchaseRecorded,
  purchaseReturned,
  redemptionRequested,
  tierChanged,
} from '@care/contracts';
import { onEvent, type Reaction, subscription, type Subscription } from '@care/messaging';
import type { z } from 'zod';
import type { InteractionKind, SeenFact } from '../domain/seen-facts';
import { transactionOf } from '../persistence';

/** One reaction: the event's payload as a fact of governance's read model (none: nothing to keep). */
const keep = <S extends z.ZodObject>(
  definition: EventDefinition<S>,
  fact: (data: z.output<S>, event: Envelope) => SeenFact | SeenFact[] | null,
): Reaction => {
  const { subject: _whole, ...reaction } = onEvent(definition, async (data, event, tx) => {
    const facts = fact(data, event);
    const seen = transactionOf(tx).seen;
    for (const f of facts === null ? [] : Array.isArray(facts) ? facts : [facts])
      await seen.record(f, event.id);
  });
  // Read from the whole stream: one durable consumer per stream, every event in the stream's order.
  return reaction;
};

const at = (iso: string) => new Date(iso);

/** An interaction record about a complaint: its customer is found through the complaint. */
const complaintContact = (kind: InteractionKind, complaintId: string, when: string): SeenFact => ({
  fact: 'interaction',
  kind,
  customerId: null,
  complaintId,
  campaign: null,
  at: at(when),
});

const customerContact = (kind: InteractionKind, customerId: string, when: string): SeenFact => ({
  fact: 'interaction',
  kind,
  customerId,
  complaintId: null,
  campaign: null,
  at: at(when),
});

const LOYALTY = [
  keep(customerRegistered, (d) => ({
    fact: 'customer_registered',
    customerId: d.customerId,
    tier: d.tier,
    registeredAt: at(d.registeredAt),
  })),
  keep(tierChanged, (d) => ({
    fact: 'tier_changed',
    customerId: d.customerId,
    from: d.from,
    to: d.to,
    reason: d.reason,
    effectiveAt: at(d.effectiveAt),
  })),
  keep(purchaseRecorded, (d) => ({
    fact: 'purchase_recorded',
    purchaseId: d.purchaseId,
    customerId: d.customerId,
    amountCny: d.amountCny,
    purchasedAt: at(d.purchasedAt),
  })),
  keep(purchaseReturned, (d) => ({
    fact: 'purchase_returned',
    purchaseId: d.purchaseId,
    customerId: d.customerId,
    returnNumber: d.returnNumber,
    amountCny: d.amountCny,
    returnedAt: at(d.returnedAt),
  })),
  keep(campaignSubmitted, (d) => ({
    fact: 'campaign_submitted',
    campaignId: d.campaignId,
    type: d.type,
    targetTiers: d.targetTiers,
    budget: d.budget,
    submittedAt: at(d.submittedAt),
  })),
  keep(campaignApproved, (d) => ({ fact: 'campaign_approved', campaignId: d.campaignId, at: at(d.at) })),
  keep(campaignReturned, (d) => ({ fact: 'campaign_returned', campaignId: d.campaignId })),
  keep(campaignInteractionRecorded, (d) => ({
    fact: 'interaction',
    kind: 'CAMPAIGN',
    customerId: d.customerId,
    complaintId: null,
    campaign: { campaignId: d.campaignId, cost: d.cost, spent: d.spent, budget: d.budget },
    at: at(d.at),
  })),
  keep(campaignClosed, (d) => ({
    fact: 'campaign_closed',
    campaignId: d.campaignId,
    spent: d.spent,
    at: at(d.at),
  })),
  keep(campaignArchived, (d) => ({
    fact: 'campaign_archived',
    campaignId: d.campaignId,
    archiveNumber: d.archiveNumber,
    budget: d.budget,
    spent: d.spent,
    at: at(d.archivedAt),
  })),
  keep(customerChangeSubmitted, (d) => customerContact('SERVICE_REQUEST', d.customerId, d.submittedAt)),
  keep(redemptionRequested, (d) => customerContact('REDEMPTION_REQUEST', d.customerId, d.requestedAt)),
];

const COMPLAINTS = [
  keep(complaintReceived, (d) => [
    {
      fact: 'complaint_received',
      complaintId: d.complaintId,
      number: d.number,
      kind: d.kind,
      channel: d.channel,
      customerId: d.customerId,
      receivedAt: at(d.receivedAt),
    },
    customerContact('COMPLAINT_INTAKE', d.customerId, d.receivedAt),
  ]),
  keep(complaintClassified, (d) => ({
    fact: 'complaint_classified',
    complaintId: d.complaintId,
    category: d.category,
    urgency: d.urgency,
  })),
  keep(complaintResolved, (d) => ({
    fact: 'complaint_resolved',
    complaintId: d.complaintId,
    onTime: d.onTime,
    resolvedAt: at(d.resolvedAt),
    followUpDueBy: at(d.followUpDueBy),
  })),
  keep(complaintSlaBreached, (d) =>
    d.clock === 'RESOLUTION'
      ? { fact: 'complaint_resolution_breached', complaintId: d.complaintId, dueAt: at(d.dueAt) }
      : null,
  ),
  keep(complaintSolutionAccepted, (d) => complaintContact('CUSTOMER_RESPONSE', d.complaintId, d.respondedAt)),
  keep(complaintSolutionRejected, (d) => complaintContact('CUSTOMER_RESPONSE', d.complaintId, d.respondedAt)),
  keep(complaintStepRecorded, (d) => {
    if (d.step === 'CUSTOMER_INFORMED')
      return complaintContact('CUSTOMER_INFORMED', d.complaintId, d.recordedAt);
    if (d.step !== 'FEEDBACK') return null;
    const contact = complaintContact('FEEDBACK', d.complaintId, d.recordedAt);
    return d.satisfaction === null
      ? contact
      : [
          contact,
          { fact: 'complaint_satisfaction', complaintId: d.complaintId, satisfaction: d.satisfaction },
        ];
  }),
  keep(complaintFollowUpRecorded, (d) => [
    { fact: 'complaint_followed_up', complaintId: d.complaintId, at: at(d.recordedAt) },
    complaintContact('FOLLOW_UP', d.complaintId, d.recordedAt),
  ]),
  keep(complaintReopened, (d) => ({
    fact: 'complaint_reopened',
    complaintId: d.complaintId,
    at: at(d.reopenedAt),
  })),
  keep(complaintClosed, (d) => ({
    fact: 'complaint_closed',
    complaintId: d.complaintId,
    satisfaction: d.satisfaction,
    closedAt: at(d.closedAt),
  })),
];

const APPROVALS = [
  keep(approvalRequestSubmitted, (d, event) => ({
    fact: 'approval_submitted',
    requestId: d.requestId,
    type: d.type,
    amount: d.amount,
    submittedAt: at(event.time),
  })),
  keep(approvalRequestDecided, (d) => ({
    fact: 'approval_decided',
    requestId: d.requestId,
    type: d.type,
    outcome: d.outcome,
    amount: d.amount,
    decidedAt: at(d.decidedAt),
  })),
  keep(paymentRecorded, (d) => ({
    fact: 'payment_recorded',
    paymentId: d.paymentId,
    requestId: d.requestId,
    amount: d.amount,
    approvedAmount: d.approvedAmount,
    paidAt: at(d.paidAt),
  })),
];

/**
 * Governance's read model for its checks and reports (DOMAIN 4.2-4.3): what loyalty, complaints and
 * approvals publish about customers, purchases, campaigns, interactions, complaints, approvals and
 * payments, each event applied once (the consumer's inbox row commits with its facts).
 */
export const checkProjections: Subscription = subscription(
  'check-projections',
  ...LOYALTY,
  ...COMPLAINTS,
  ...APPROVALS,
);

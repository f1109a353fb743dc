import type { Tier } from './check-policy';

// What governance keeps of the other services' streams for its checks and reports (DOMAIN 4.2-4.3): a
// compact read model of its own, one fact per event, applied once per event.
//
// Interaction records (DOMAIN 2.4: every customer interaction is recorded; 4.2: coverage >= 95 %) are the
// events in which someone of the company dealt with the customer, or the customer with the company:
//   CAMPAIGN            loyalty  campaign.interaction_recorded (marketing's record of a campaign contact)
//   SERVICE_REQUEST     loyalty  customer_change.submitted (a data change through the website or desk)
//   REDEMPTION_REQUEST  loyalty  redemption.requested
//   COMPLAINT_INTAKE    complaints complaint.received (a complaint, inquiry or suggestion on a channel)
//   CUSTOMER_RESPONSE   complaints solution_accepted / solution_rejected (the customer's answer)
//   CUSTOMER_INFORMED   complaints step_recorded CUSTOMER_INFORMED
//   FEEDBACK            complaints step_recorded FEEDBACK (the result and the customer's satisfaction)
//   FOLLOW_UP           complaints follow_up_recorded (the follow-up visit)
// Purchases, points movements, tier changes and consents are bookkeeping, not interaction records.

export const INTERACTION_KINDS = [
  'CAMPAIGN',
  'SERVICE_REQUEST',
  'REDEMPTION_REQUEST',
  'COMPLAINT_INTAKE',
  'CUSTOMER_RESPONSE',
  'CUSTOMER_INFORMED',
  'FEEDBACK',
  'FOLLOW_UP',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export type SeenFact =
  | { fact: 'customer_registered'; customerId: string; tier: Tier; registeredAt: Date }
  | { fact: 'tier_changed'; customerId: string; from: Tier; to: Tier; reason: string; effectiveAt: Date }
  | {
      fact: 'purchase_recorded';
      purchaseId: string;
      customerId: string;
      amountCny: string;
      purchasedAt: Date;
    }
  | {
      fact: 'purchase_returned';
      purchaseId: string;
      customerId: string;
      returnNumber: string;
      amountCny: string;
      returnedAt: Date;
    }
  | {
      fact: 'campaign_submitted';
      campaignId: string;
      type: string;
      targetTiers: Tier[];
      budget: string;
      submittedAt: Date;
    }
  | { fact: 'campaign_approved'; campaignId: string; at: Date }
  | { fact: 'campaign_returned'; campaignId: string }
  | { fact: 'campaign_closed'; campaignId: string; spent: string; at: Date }
  | {
      fact: 'campaign_archived';
      campaignId: string;
      archiveNumber: string;
      budget: string;
      spent: string;
      at: Date;
    }
  | {
      fact: 'interaction';
      kind: InteractionKind;
      /** Named by the event, or found through the complaint it is about. */
      customerId: string | null;
      complaintId: string | null;
      /** A campaign interaction: its campaign, cost, and the campaign's spend and budget after it. */
      campaign: { campaignId: string; cost: string; spent: string; budget: string } | null;
      at: Date;
    }
  | {
      fact: 'complaint_received';
      complaintId: string;
      number: string;
      kind: string;
      channel: string;
      customerId: string;
      receivedAt: Date;
    }
  | { fact: 'complaint_classified'; complaintId: string; category: string; urgency: string }
  | {
      fact: 'complaint_resolved';
      complaintId: string;
      onTime: boolean;
      resolvedAt: Date;
      followUpDueBy: Date;
    }
  | { fact: 'complaint_resolution_breached'; complaintId: string; dueAt: Date }
  | { fact: 'complaint_followed_up'; complaintId: string; at: Date }
  | { fact: 'complaint_satisfaction'; complaintId: string; satisfaction: number }
  | { fact: 'complaint_reopened'; complaintId: string; at: Date }
  | { fact: 'complaint_closed'; complaintId: string; satisfaction: number | null; closedAt: Date }
  | { fact: 'approval_submitted'; requestId: string; type: string; amount: string; submittedAt: Date }
  | {
      fact: 'approval_decided';
      requestId: string;
      type: string;
      outcome: string;
      amount: string;
      decidedAt: Date;
    }
  | {
      fact: 'payment_recorded';
      paymentId: string;
      requestId: string;
      amount: string;
      approvedAmount: string;
      paidAt: Date;
    };

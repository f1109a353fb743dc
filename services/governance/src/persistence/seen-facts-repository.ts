import type { EntityManager } from 'typeorm';
import type { SeenFacts } from '../application/ports';
import type { SeenFact } from '../domain/seen-facts';

type Statement = [sql: string, params: unknown[]];

/** The row of `table` keyed `key` = id, made if it was not seen yet, with the columns set. */
const upsert = (table: string, key: string, id: string, set: Record<string, unknown>): Statement => {
  const columns = Object.keys(set);
  return [
    `INSERT INTO ${table} (${key}, ${columns.join(', ')})
     VALUES ($1, ${columns.map((_, i) => `$${i + 2}`).join(', ')})
     ON CONFLICT (${key}) DO UPDATE SET ${columns.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`,
    [id, ...Object.values(set)],
  ];
};
const complaint = (complaintId: string, set: Record<string, unknown>) =>
  upsert('seen_complaint', 'complaint_id', complaintId, set);
const campaign = (campaignId: string, set: Record<string, unknown>) =>
  upsert('seen_campaign', 'campaign_id', campaignId, set);

function statement(f: SeenFact, eventId: string): Statement {
  switch (f.fact) {
    case 'customer_registered':
      return [
        `INSERT INTO seen_customer (customer_id, registered_tier, registered_at) VALUES ($1, $2, $3)
         ON CONFLICT (customer_id) DO NOTHING`,
        [f.customerId, f.tier, f.registeredAt],
      ];
    case 'tier_changed':
      return [
        `INSERT INTO seen_tier_change (event_id, customer_id, from_tier, to_tier, reason, effective_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (event_id) DO NOTHING`,
        [eventId, f.customerId, f.from, f.to, f.reason, f.effectiveAt],
      ];
    case 'purchase_recorded':
      return [
        `INSERT INTO seen_purchase (purchase_id, customer_id, amount_cny, purchased_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (purchase_id) DO NOTHING`,
        [f.purchaseId, f.customerId, f.amountCny, f.purchasedAt],
      ];
    case 'purchase_returned':
      return [
        `INSERT INTO seen_purchase_return (purchase_id, return_number, customer_id, amount_cny, returned_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [f.purchaseId, f.returnNumber, f.customerId, f.amountCny, f.returnedAt],
      ];
    case 'campaign_submitted':
      return campaign(f.campaignId, {
        type: f.type,
        target_tiers: f.targetTiers,
        budget: f.budget,
        submitted_at: f.submittedAt,
      });
    case 'campaign_approved':
      return campaign(f.campaignId, { approved_at: f.at });
    case 'campaign_returned':
      return campaign(f.campaignId, { approved_at: null });
    case 'campaign_closed':
      return campaign(f.campaignId, { closed_at: f.at, spent: f.spent });
    case 'campaign_archived':
      return campaign(f.campaignId, {
        archived_at: f.at,
        archive_number: f.archiveNumber,
        budget: f.budget,
        spent: f.spent,
      });
    case 'interaction':
      return [
        `INSERT INTO seen_interaction (event_id, kind, customer_id, complaint_id, campaign_id, cost, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event_id) DO NOTHING`,
        [
          eventId,
          f.kind,
          f.customerId,
          f.complaintId,
          f.campaign?.campaignId ?? null,
          f.campaign?.cost ?? null,
          f.at,
        ],
      ];
    case 'complaint_received':
      return complaint(f.complaintId, {
        number: f.number,
        kind: f.kind,
        channel: f.channel,
        customer_id: f.customerId,
        received_at: f.receivedAt,
      });
    case 'complaint_classified':
      return complaint(f.complaintId, { category: f.category, urgency: f.urgency });
    case 'complaint_resolved':
      // A new resolution opens a new follow-up window, not visited yet.
      return complaint(f.complaintId, {
        on_time: f.onTime,
        resolved_at: f.resolvedAt,
        follow_up_due_by: f.followUpDueBy,
        followed_up_at: null,
      });
    case 'complaint_resolution_breached':
      return complaint(f.complaintId, { breached_due_at: f.dueAt });
    case 'complaint_followed_up':
      return complaint(f.complaintId, { followed_up_at: f.at });
    case 'complaint_satisfaction':
      return complaint(f.complaintId, { satisfaction: f.satisfaction });
    case 'complaint_reopened':
      // Reopened, the complaint is unresolved again, as complaints has it: no resolution, on-time verdict,
      // satisfaction or closing until it is resolved anew. A follow-up window still running without its
      // visit is no longer owed; one that ended, or whose visit was made, stays in its month's figures.
      return [
        `INSERT INTO seen_complaint (complaint_id, reopened) VALUES ($1, 1)
         ON CONFLICT (complaint_id) DO UPDATE SET reopened = seen_complaint.reopened + 1, resolved_at = NULL,
           on_time = NULL, satisfaction = NULL, closed_at = NULL,
           follow_up_due_by = CASE WHEN seen_complaint.followed_up_at IS NULL AND seen_complaint.follow_up_due_by > $2
             THEN NULL ELSE seen_complaint.follow_up_due_by END`,
        [f.complaintId, f.at],
      ];
    case 'complaint_closed':
      return [
        `INSERT INTO seen_complaint (complaint_id, satisfaction, closed_at) VALUES ($1, $2, $3)
         ON CONFLICT (complaint_id) DO UPDATE
           SET satisfaction = coalesce(EXCLUDED.satisfaction, seen_complaint.satisfaction), closed_at = EXCLUDED.closed_at`,
        [f.complaintId, f.satisfaction, f.closedAt],
      ];
    case 'approval_submitted':
      return upsert('seen_approval', 'request_id', f.requestId, {
        type: f.type,
        requested_amount: f.amount,
        submitted_at: f.submittedAt,
      });
    case 'approval_decided':
      return upsert('seen_approval', 'request_id', f.requestId, {
        type: f.type,
        outcome: f.outcome,
        decided_amount: f.amount,
        decided_at: f.decidedAt,
      });
    case 'payment_recorded':
      return [
        `INSERT INTO seen_payment (payment_id, request_id, amount, stated_approved_amount, paid_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (payment_id) DO NOTHING`,
        [f.paymentId, f.requestId, f.amount, f.approvedAmount, f.paidAt],
      ];
  }
}

/** Governance's read model of the other services' streams (DOMAIN 4.2-4.3), one statement per fact. */
export class SqlSeenFacts implements SeenFacts {
  constructor(private readonly manager: EntityManager) {}

  async record(fact: SeenFact, eventId: string): Promise<void> {
    const [sql, params] = statement(fact, eventId);
    await this.manager.query(sql, params);
    // A campaign interaction also says what the campaign has spent so far and its budget.
    if (fact.fact === 'interaction' && fact.campaign) {
      const [more, values] = campaign(fact.campaign.campaignId, {
        spent: fact.campaign.spent,
        budget: fact.campaign.budget,
      });
      await this.manager.query(more, values);
    }
  }
}

import { randomUUID } from 'node:crypto';
import {
  accountFrozen,
  accountUnfrozen,
  campaignApproved,
  campaignArchived,
  campaignClosed,
  campaignInteractionRecorded,
  campaignReturned,
  campaignSubmitted,
  createEvent,
  customerChangeReviewed,
  customerChangeResponseOverdue,
  customerChangeSubmitted,
  customerRegistered,
  customerUpdated,
  discountApprovalRequested,
  discountIssued,
  discountRefused,
  identityVerified,
  pointsAdjusted,
  pointsEarned,
  pointsExpired,
  pointsRedeemed,
  purchaseRecorded,
  purchaseReturned,
  redemptionCancelled,
  redemptionCompleted,
  redemptionRequested,
  tierChanged,
  type Envelope,
  type EventContext,
} from '@care/contracts';
import { SERVICE_ACCOUNT } from '../domain/access';
import { isDiamondOnly, type Campaign, type Interaction } from '../domain/campaign';
import type { Customer } from '../domain/customer';
import { changedFields, type CustomerChange } from '../domain/customer-change';
import type { Discount } from '../domain/discount';
import type { Freeze } from '../domain/freeze';
import type { LedgerEntry, LedgerKind } from '../domain/points';
import type { Purchase } from '../domain/purchase';
import type { Redemption, RedemptionDecision } from '../domain/redemption';
import type { TierChange } from '../domain/tier';

/** The envelope fields of an event a scheduled job causes: the service account, a correlation of its own. */
export function serviceContext(): EventContext {
  return {
    actor: { kind: 'service', id: SERVICE_ACCOUNT },
    correlationId: `job-${randomUUID()}`,
    causationId: null,
  };
}

/** The aggregate an approval decides, as approvals refers back to it. */
const reference = (aggregate: 'redemption' | 'discount' | 'campaign', id: string) => ({
  service: 'loyalty' as const,
  aggregate,
  id,
});

export const customerRegisteredEvent = (c: Customer, ctx: EventContext) =>
  createEvent(
    customerRegistered,
    c.id,
    { customerId: c.id, tier: c.tier, region: c.region, registeredAt: c.registeredAt.toISOString() },
    ctx,
  );

export const customerUpdatedEvent = (c: Customer, changedFields: string[], now: Date, ctx: EventContext) =>
  createEvent(
    customerUpdated,
    c.id,
    { customerId: c.id, changedFields, region: c.region, updatedAt: now.toISOString() },
    ctx,
  );

export const identityVerifiedEvent = (c: Customer, ctx: EventContext) =>
  createEvent(
    identityVerified,
    c.id,
    { customerId: c.id, verifiedAt: c.identity!.verifiedAt.toISOString() },
    ctx,
  );

export const changeSubmittedEvent = (change: CustomerChange, ctx: EventContext) =>
  createEvent(
    customerChangeSubmitted,
    change.id,
    {
      changeId: change.id,
      customerId: change.customerId,
      changedFields: changedFields(change.changes),
      submittedAt: change.submittedAt.toISOString(),
      dueAt: change.dueAt.toISOString(),
    },
    ctx,
  );

export const changeReviewedEvent = (change: CustomerChange, ctx: EventContext) =>
  createEvent(
    customerChangeReviewed,
    change.id,
    {
      changeId: change.id,
      customerId: change.customerId,
      outcome: change.status as 'APPLIED' | 'REJECTED',
      answeredAt: change.answeredAt!.toISOString(),
      onTime: change.onTime!,
      overdueAt: change.overdueAt?.toISOString() ?? null,
    },
    ctx,
  );

export const changeResponseOverdueEvent = (change: CustomerChange, ctx: EventContext) =>
  createEvent(
    customerChangeResponseOverdue,
    change.id,
    {
      changeId: change.id,
      customerId: change.customerId,
      changedFields: changedFields(change.changes),
      enteredBy: change.enteredBy,
      submittedAt: change.submittedAt.toISOString(),
      dueAt: change.dueAt.toISOString(),
      overdueAt: change.overdueAt!.toISOString(),
    },
    ctx,
  );

export const tierChangedEvent = (change: TierChange, ctx: EventContext) =>
  createEvent(
    tierChanged,
    change.customerId,
    {
      customerId: change.customerId,
      from: change.from,
      to: change.to,
      reason: change.reason,
      evaluationYear: change.evaluationYear,
      annualSpend: change.annualSpend,
      effectiveAt: change.effectiveAt.toISOString(),
    },
    ctx,
  );

export const accountFrozenEvent = (f: Freeze, ctx: EventContext) =>
  createEvent(
    accountFrozen,
    f.customerId,
    {
      freezeId: f.id,
      customerId: f.customerId,
      source: f.source,
      complaintId: f.complaintId,
      reportedAt: f.reportedAt.toISOString(),
      freezeDueAt: f.freezeDueAt.toISOString(),
      frozenAt: f.frozenAt.toISOString(),
      frozenOnTime: f.frozenOnTime,
      investigationDueAt: f.investigationDueAt.toISOString(),
      major: f.major,
      escalateTo: f.major ? 'GM_OFFICE_MEETING' : null,
    },
    ctx,
  );

export const accountUnfrozenEvent = (f: Freeze, ctx: EventContext) =>
  createEvent(
    accountUnfrozen,
    f.customerId,
    { freezeId: f.id, customerId: f.customerId, unfrozenAt: f.unfrozenAt!.toISOString() },
    ctx,
  );

const POINTS_EVENT_OF: Record<LedgerKind, typeof pointsEarned> = {
  EARN: pointsEarned,
  COMPENSATE: pointsEarned,
  REDEEM: pointsRedeemed,
  EXPIRE: pointsExpired,
  ADJUST: pointsAdjusted,
  REVERSE: pointsAdjusted,
};

/** A posted ledger entry, with the balance after it; the event's time is the posting's. */
export function pointsEvent(entry: LedgerEntry, balance: number, ctx: EventContext) {
  return createEvent(
    POINTS_EVENT_OF[entry.kind],
    entry.customerId,
    {
      entryId: entry.id,
      customerId: entry.customerId,
      kind: entry.kind,
      points: entry.points,
      source: entry.source,
      sourceId: entry.sourceId,
      balance,
      expiresAt: entry.expiresAt?.toISOString() ?? null,
      postedAt: entry.postedAt.toISOString(),
    },
    { ...ctx, time: entry.postedAt },
  );
}

export const purchaseRecordedEvent = (p: Purchase, ctx: EventContext) =>
  createEvent(
    purchaseRecorded,
    p.customerId,
    {
      purchaseId: p.id,
      customerId: p.customerId,
      orderNumber: p.orderNumber,
      amount: p.amount,
      currency: p.currency,
      amountCny: p.amountCny,
      purchasedAt: p.purchasedAt.toISOString(),
    },
    ctx,
  );

export const purchaseReturnedEvent = (
  p: Purchase,
  ret: { returnNumber: string; amountCny: string; returnedAt: Date },
  ctx: EventContext,
) =>
  createEvent(
    purchaseReturned,
    p.customerId,
    {
      purchaseId: p.id,
      customerId: p.customerId,
      returnNumber: ret.returnNumber,
      amountCny: ret.amountCny,
      returnedAt: ret.returnedAt.toISOString(),
    },
    ctx,
  );

export const redemptionRequestedEvent = (r: Redemption, ctx: EventContext) =>
  createEvent(
    redemptionRequested,
    r.id,
    {
      redemptionId: r.id,
      customerId: r.customerId,
      points: r.points,
      value: r.value,
      currency: 'CNY',
      requiredAuthority: r.requiredAuthority,
      requestedAt: r.requestedAt.toISOString(),
      reference: reference('redemption', r.id),
    },
    ctx,
  );

/** A decided redemption: completed (and its REDEEM entry posted) or cancelled, with the reason. */
export function redemptionDecidedEvents(decision: RedemptionDecision, ctx: EventContext): Envelope[] {
  const { redemption: r, wallet, cancelled } = decision;
  const outcome = {
    redemptionId: r.id,
    customerId: r.customerId,
    points: r.points,
    value: r.value,
    currency: r.currency,
    approvalRequestId: r.approvalRequestId!,
    decidedAt: r.decidedAt!.toISOString(),
  };
  if (cancelled) return [createEvent(redemptionCancelled, r.id, { ...outcome, ...cancelled }, ctx)];
  const posted: LedgerEntry = {
    id: r.ledgerEntryId,
    customerId: r.customerId,
    kind: 'REDEEM',
    points: -r.points,
    status: 'POSTED',
    source: 'REDEMPTION',
    sourceId: r.id,
    reason: null,
    expiresAt: null,
    remaining: null,
    allocations: null,
    postedAt: r.decidedAt!,
  };
  return [createEvent(redemptionCompleted, r.id, outcome, ctx), pointsEvent(posted, wallet.balance, ctx)];
}

export const discountIssuedEvent = (d: Discount, ctx: EventContext) =>
  createEvent(
    discountIssued,
    d.id,
    {
      discountId: d.id,
      customerId: d.customerId,
      kind: d.kind,
      tier: d.tier,
      period: d.period,
      value: d.value,
      currency: d.currency,
      issuedAt: d.issuedAt!.toISOString(),
    },
    ctx,
  );

export const discountApprovalRequestedEvent = (d: Discount, ctx: EventContext) =>
  createEvent(
    discountApprovalRequested,
    d.id,
    {
      discountId: d.id,
      customerId: d.customerId,
      kind: d.kind,
      tier: d.tier,
      value: d.value,
      currency: 'CNY',
      requiredAuthority: 'DEPARTMENT_HEAD',
      reference: reference('discount', d.id),
      requestedAt: d.requestedAt.toISOString(),
    },
    ctx,
  );

export const discountRefusedEvent = (d: Discount, reason: string, decidedAt: Date, ctx: EventContext) =>
  createEvent(
    discountRefused,
    d.id,
    { discountId: d.id, customerId: d.customerId, reason, decidedAt: decidedAt.toISOString() },
    ctx,
  );

export const campaignSubmittedEvent = (c: Campaign, ctx: EventContext) =>
  createEvent(
    campaignSubmitted,
    c.id,
    {
      campaignId: c.id,
      type: c.type,
      targetTiers: c.targetTiers,
      budget: c.budget,
      currency: c.currency,
      diamondOnly: isDiamondOnly(c),
      reviewDueAt: c.reviewDueAt!.toISOString(),
      reference: reference('campaign', c.id),
      submittedAt: c.submittedAt!.toISOString(),
    },
    ctx,
  );

/** Approved, the campaign may run; otherwise it is back in draft. */
export const campaignDecidedEvent = (c: Campaign, at: Date, ctx: EventContext) =>
  createEvent(
    c.status === 'APPROVED' ? campaignApproved : campaignReturned,
    c.id,
    { campaignId: c.id, status: c.status, at: at.toISOString() },
    ctx,
  );

export const interactionRecordedEvent = (c: Campaign, i: Interaction, ctx: EventContext) =>
  createEvent(
    campaignInteractionRecorded,
    c.id,
    {
      campaignId: c.id,
      interactionId: i.id,
      customerId: i.customerId,
      cost: i.cost,
      points: i.points,
      spent: c.spent,
      budget: c.budget,
      at: i.at.toISOString(),
    },
    ctx,
  );

export const campaignClosedEvent = (c: Campaign, ctx: EventContext) =>
  createEvent(
    campaignClosed,
    c.id,
    {
      campaignId: c.id,
      status: 'CLOSED',
      at: c.closedAt!.toISOString(),
      settleDueAt: c.settleDueAt!.toISOString(),
      spent: c.spent,
    },
    ctx,
  );

export const campaignArchivedEvent = (c: Campaign, ctx: EventContext) =>
  createEvent(
    campaignArchived,
    c.id,
    {
      campaignId: c.id,
      archiveNumber: c.archiveNumber!,
      spent: c.spent,
      budget: c.budget,
      settledOnTime: c.settledOnTime ?? false,
      archivedAt: c.archivedAt!.toISOString(),
    },
    ctx,
  );

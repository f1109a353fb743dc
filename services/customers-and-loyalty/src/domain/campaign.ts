import { Decimal } from 'decimal.js';
import { Refusal, refuse } from '@care/domain-kernel';
import { mayMail, type Consent } from './consent';
import { requireActive, TIERS, type Customer, type Tier } from './customer';
import { parseAmount } from './money';
import type { WorkingTime } from './working-time';

export type CampaignStatus = 'DRAFT' | 'PENDING_APPROVAL' | 'APPROVED' | 'CLOSED' | 'SETTLED' | 'ARCHIVED';

export interface Campaign {
  id: string;
  name: string;
  type: string;
  targetTiers: Tier[];
  targetTags: string[];
  budget: string;
  spent: string;
  currency: string;
  expectedEffect: string | null;
  startsOn: string;
  endsOn: string;
  status: CampaignStatus;
  createdBy: string;
  createdAt: Date;
  submittedAt: Date | null;
  reviewDueAt: Date | null;
  approvedAt: Date | null;
  closedAt: Date | null;
  settleDueAt: Date | null;
  settledAt: Date | null;
  settledOnTime: boolean | null;
  archivedAt: Date | null;
  archiveNumber: string | null;
  /** Counts the saved changes: a change is saved only over the version it read. */
  version: number;
}

/** DOMAIN 2.4: internal control reviews within 1 working day; finance settles within 10 after the end. */
export const REVIEW_WITHIN_DAYS = 1;
export const SETTLE_WITHIN_DAYS = 10;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The reward scenarios of DOMAIN 2.2 a campaign can run. */
export const CAMPAIGN_TYPES = [
  'POINTS_BONUS',
  'BIRTHDAY_PERK',
  'EXCLUSIVE_DISCOUNT',
  'PRODUCT_TRIAL',
  'APPRECIATION_EVENT',
  'MARKETING_EMAIL',
] as const;

export function draftCampaign(
  input: {
    id: string;
    name: string;
    type: string;
    targetTiers: readonly Tier[];
    targetTags?: readonly string[] | null;
    budget: string;
    expectedEffect?: string | null;
    startsOn: string;
    endsOn: string;
    createdBy: string;
  },
  now: Date,
): Campaign {
  const name = input.name.trim();
  if (!name || name.length > 200) throw new Refusal('BAD_USER_INPUT', 'name must have 1 to 200 characters');
  const type = input.type.trim().toUpperCase();
  if (!(CAMPAIGN_TYPES as readonly string[]).includes(type))
    throw new Refusal('BAD_USER_INPUT', `type must be one of ${CAMPAIGN_TYPES.join(', ')}`);
  if (input.targetTiers.length === 0 || input.targetTiers.some((t) => !TIERS.includes(t)))
    throw new Refusal('BAD_USER_INPUT', 'a campaign targets at least one tier');
  const budget = parseAmount(input.budget, 'budget');
  if (budget.lessThanOrEqualTo(0)) throw new Refusal('BAD_USER_INPUT', 'budget must be positive');
  if (!DATE.test(input.startsOn) || !DATE.test(input.endsOn) || input.endsOn < input.startsOn)
    throw new Refusal('BAD_USER_INPUT', 'the campaign must end on or after its start');
  return {
    id: input.id,
    name,
    type,
    targetTiers: [...new Set(input.targetTiers)],
    targetTags: [...new Set((input.targetTags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))],
    budget: budget.toFixed(2),
    spent: '0.00',
    currency: 'CNY',
    expectedEffect: input.expectedEffect?.trim() || null,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    status: 'DRAFT',
    createdBy: input.createdBy,
    createdAt: now,
    submittedAt: null,
    reviewDueAt: null,
    approvedAt: null,
    closedAt: null,
    settleDueAt: null,
    settledAt: null,
    settledOnTime: null,
    archivedAt: null,
    archiveNumber: null,
    version: 1,
  };
}

function expect(campaign: Campaign, ...states: CampaignStatus[]) {
  if (!states.includes(campaign.status))
    throw refuse.transition(`the campaign is ${campaign.status}; this needs ${states.join(' or ')}`);
}

/** A step of the campaign's life (DOMAIN 2.4): only from the status it starts from, to the next. */
function step(c: Campaign, from: CampaignStatus, to: CampaignStatus): Campaign {
  expect(c, from);
  return { ...c, status: to };
}

/** Diamond-only campaigns may skip the approval steps the policy allows (DOMAIN 2.4). */
export const isDiamondOnly = (c: Campaign) => c.targetTiers.length === 1 && c.targetTiers[0] === 'DIAMOND';

export function submitCampaign(c: Campaign, now: Date, calendar: WorkingTime): Campaign {
  return {
    ...step(c, 'DRAFT', 'PENDING_APPROVAL'),
    submittedAt: now,
    reviewDueAt: calendar.addWorkingDays(now, REVIEW_WITHIN_DAYS).value,
  };
}

export function decideCampaign(c: Campaign, approved: boolean, now: Date): Campaign {
  return approved
    ? { ...step(c, 'PENDING_APPROVAL', 'APPROVED'), approvedAt: now }
    : step(c, 'PENDING_APPROVAL', 'DRAFT');
}

/** Records a cost against the budget: a cost that would exceed it is refused. */
export function spend(c: Campaign, cost: string): Campaign {
  expect(c, 'APPROVED');
  const amount = parseAmount(cost, 'cost');
  if (amount.isNegative()) throw new Refusal('BAD_USER_INPUT', 'cost cannot be negative');
  const spent = new Decimal(c.spent).plus(amount);
  if (spent.greaterThan(c.budget))
    throw refuse.limit(
      `the cost ${amount.toFixed(2)} would exceed the budget: ${new Decimal(c.budget).minus(c.spent).toFixed(2)} CNY left`,
    );
  return { ...c, spent: spent.toFixed(2) };
}

/** A customer interaction of a running campaign, with its cost and the points it granted (DOMAIN 2.4). */
export interface Interaction {
  id: string;
  campaignId: string;
  customerId: string;
  kind: string;
  cost: string;
  points: number;
  note: string | null;
  recordedBy: string;
  at: Date;
}

/** What an interaction costs the campaign, before the customer is known. */
export interface InteractionCharge {
  /** The campaign with the cost spent. */
  campaign: Campaign;
  kind: string;
  cost: string;
  points: number;
  /** A marketing e-mail: it needs the customer's marketing consent. */
  marketingMail: boolean;
}

/**
 * Recording an interaction, first half (DOMAIN 2.4): the campaign must be running and its budget must
 * hold the cost (the campaign row is locked, so concurrent costs queue); then the input itself.
 */
export function chargeInteraction(
  campaign: Campaign,
  input: { kind: string; cost: string; points?: number | null },
): InteractionCharge {
  const charged = spend(campaign, input.cost);
  const kind = input.kind.trim().toUpperCase();
  if (!kind) throw refuse.input('kind', 'kind is required');
  const points = input.points ?? 0;
  if (!Number.isInteger(points) || points < 0)
    throw refuse.input('points', 'points must be a whole number, not negative');
  const cost = new Decimal(charged.spent).minus(campaign.spent).toFixed(2);
  return { campaign: charged, kind, cost, points, marketingMail: kind === 'MARKETING_EMAIL' };
}

/**
 * Recording an interaction, second half, with the customer: only the target group; a frozen account is
 * granted nothing, neither points nor a cost (DOMAIN 2.6); marketing mail only with the customer's
 * marketing consent, never after an unsubscribe (DOMAIN 2.3).
 */
export function recordInteraction(
  charge: InteractionCharge,
  customer: Customer,
  consents: readonly Consent[],
  record: { id: string; note?: string | null; recordedBy: string; at: Date },
): Interaction {
  if (!isTargeted(charge.campaign, customer))
    throw refuse.input('customerId', 'the customer is not in the campaign target group');
  if (charge.points > 0 || charge.cost !== '0.00') requireActive(customer, 'granting a campaign benefit');
  if (charge.marketingMail && !mayMail(consents))
    throw refuse.transition('the customer has no marketing e-mail consent or unsubscribed', {
      field: 'customerId',
    });
  return {
    id: record.id,
    campaignId: charge.campaign.id,
    customerId: customer.id,
    kind: charge.kind,
    cost: charge.cost,
    points: charge.points,
    note: record.note?.trim() || null,
    recordedBy: record.recordedBy,
    at: record.at,
  };
}

export function isTargeted(c: Campaign, customer: { tier: Tier; tags: readonly string[] }): boolean {
  if (!c.targetTiers.includes(customer.tier)) return false;
  return c.targetTags.length === 0 || c.targetTags.some((t) => customer.tags.includes(t));
}

export function closeCampaign(c: Campaign, now: Date, calendar: WorkingTime): Campaign {
  return {
    ...step(c, 'APPROVED', 'CLOSED'),
    closedAt: now,
    settleDueAt: calendar.addWorkingDays(now, SETTLE_WITHIN_DAYS).value,
  };
}

export function settleCampaign(c: Campaign, now: Date): Campaign {
  return {
    ...step(c, 'CLOSED', 'SETTLED'),
    settledAt: now,
    settledOnTime: now.getTime() <= c.settleDueAt!.getTime(),
  };
}

/** KH + year + 6-digit serial, e.g. KH2026000123. */
export function archiveNumber(year: number, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > 999_999)
    throw refuse.limit(`archive serial ${serial} is out of range for ${year}`);
  return `KH${year}${String(serial).padStart(6, '0')}`;
}

/** Only a settled campaign is archived: checked before an archive serial is taken. */
export function requireArchivable(c: Campaign): void {
  expect(c, 'SETTLED');
}

export function archiveCampaign(c: Campaign, number: string, now: Date): Campaign {
  return { ...step(c, 'SETTLED', 'ARCHIVED'), archivedAt: now, archiveNumber: number };
}

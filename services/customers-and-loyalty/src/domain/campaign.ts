import { Decimal } from 'decimal.js';
import { TransitionViolation, type WorkingTime } from './working-time';
import { TIERS, type Tier } from './customer';

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
  if (!name || name.length > 200)
    throw new TransitionViolation('BAD_USER_INPUT', 'name must have 1 to 200 characters');
  const type = input.type.trim().toUpperCase();
  if (!(CAMPAIGN_TYPES as readonly string[]).includes(type))
    throw new TransitionViolation('BAD_USER_INPUT', `type must be one of ${CAMPAIGN_TYPES.join(', ')}`);
  if (input.targetTiers.length === 0 || input.targetTiers.some((t) => !TIERS.includes(t)))
    throw new TransitionViolation('BAD_USER_INPUT', 'a campaign targets at least one tier');
  const budget = parseAmount(input.budget, 'budget');
  if (budget.lessThanOrEqualTo(0)) throw new TransitionViolation('BAD_USER_INPUT', 'budget must be positive');
  if (!DATE.test(input.startsOn) || !DATE.test(input.endsOn) || input.endsOn < input.startsOn)
    throw new TransitionViolation('BAD_USER_INPUT', 'the campaign must end on or after its start');
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
  };
}

export function parseAmount(value: string, field: string): Decimal {
  let amount: Decimal;
  try {
    amount = new Decimal(value);
  } catch {
    throw new TransitionViolation('BAD_USER_INPUT', `${field} must be a decimal number`);
  }
  if (!amount.isFinite() || amount.decimalPlaces() > 2)
    throw new TransitionViolation(
      'BAD_USER_INPUT',
      `${field} must be a decimal number with at most 2 decimals`,
    );
  return amount;
}

function expect(campaign: Campaign, ...states: CampaignStatus[]) {
  if (!states.includes(campaign.status))
    throw new TransitionViolation(
      'INVALID_TRANSITION',
      `the campaign is ${campaign.status}; this needs ${states.join(' or ')}`,
    );
}

/** Diamond-only campaigns may skip the approval steps the policy allows (DOMAIN 2.4). */
export const isDiamondOnly = (c: Campaign) => c.targetTiers.length === 1 && c.targetTiers[0] === 'DIAMOND';

export function submitCampaign(c: Campaign, now: Date, calendar: WorkingTime): Campaign {
  expect(c, 'DRAFT');
  return {
    ...c,
    status: 'PENDING_APPROVAL',
    submittedAt: now,
    reviewDueAt: calendar.addWorkingDays(now, REVIEW_WITHIN_DAYS).value,
  };
}

export function decideCampaign(c: Campaign, approved: boolean, now: Date): Campaign {
  expect(c, 'PENDING_APPROVAL');
  return approved ? { ...c, status: 'APPROVED', approvedAt: now } : { ...c, status: 'DRAFT' };
}

/** Records a cost against the budget: a cost that would exceed it is refused. */
export function spend(c: Campaign, cost: string): Campaign {
  expect(c, 'APPROVED');
  const amount = parseAmount(cost, 'cost');
  if (amount.isNegative()) throw new TransitionViolation('BAD_USER_INPUT', 'cost cannot be negative');
  const spent = new Decimal(c.spent).plus(amount);
  if (spent.greaterThan(c.budget))
    throw new TransitionViolation(
      'LIMIT_EXCEEDED',
      `the cost ${amount.toFixed(2)} would exceed the budget: ${new Decimal(c.budget).minus(c.spent).toFixed(2)} CNY left`,
    );
  return { ...c, spent: spent.toFixed(2) };
}

export function isTargeted(c: Campaign, customer: { tier: Tier; tags: readonly string[] }): boolean {
  if (!c.targetTiers.includes(customer.tier)) return false;
  return c.targetTags.length === 0 || c.targetTags.some((t) => customer.tags.includes(t));
}

export function closeCampaign(c: Campaign, now: Date, calendar: WorkingTime): Campaign {
  expect(c, 'APPROVED');
  return {
    ...c,
    status: 'CLOSED',
    closedAt: now,
    settleDueAt: calendar.addWorkingDays(now, SETTLE_WITHIN_DAYS).value,
  };
}

export function settleCampaign(c: Campaign, now: Date): Campaign {
  expect(c, 'CLOSED');
  return {
    ...c,
    status: 'SETTLED',
    settledAt: now,
    settledOnTime: now.getTime() <= c.settleDueAt!.getTime(),
  };
}

/** KH + year + 6-digit serial, e.g. KH2026000123. */
export function archiveNumber(year: number, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > 999_999)
    throw new TransitionViolation('LIMIT_EXCEEDED', `archive serial ${serial} is out of range for ${year}`);
  return `KH${year}${String(serial).padStart(6, '0')}`;
}

export function archiveCampaign(c: Campaign, number: string, now: Date): Campaign {
  expect(c, 'SETTLED');
  return { ...c, status: 'ARCHIVED', archivedAt: now, archiveNumber: number };
}

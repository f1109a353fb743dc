import { Decimal } from 'decimal.js';

export const TIERS = ['MEMBER', 'GOLD', 'PLATINUM', 'DIAMOND'] as const;
export type Tier = (typeof TIERS)[number];
export type CustomerStatus = 'ACTIVE' | 'FROZEN' | 'DEACTIVATED';

export interface Customer {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  region: string | null;
  tier: Tier;
  status: CustomerStatus;
  registeredAt: Date;
  version: number;
}

export interface RegistrationInput {
  name: string;
  email?: string | null;
  phone?: string | null;
  region?: string | null;
}

/** A rule broken by the input; the use case turns it into BAD_USER_INPUT. */
export class CustomerRuleViolation extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const PHONE = /^\+?[0-9][0-9 -]{5,19}$/;
const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

export function registerCustomer(input: RegistrationInput, id: string, now: Date): Customer {
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200)
    throw new CustomerRuleViolation('name', 'name must have 1 to 200 characters');
  const phone = input.phone?.trim() || null;
  if (phone && !PHONE.test(phone))
    throw new CustomerRuleViolation('phone', 'phone must be digits, optionally with +, spaces or dashes');
  const region = input.region?.trim().toUpperCase() || null;
  if (region && !REGION.test(region)) {
    throw new CustomerRuleViolation('region', 'region must be an ISO 3166 code such as DE or CN-GD');
  }
  return {
    id,
    name,
    email: input.email?.trim().toLowerCase() || null,
    phone,
    region,
    tier: 'MEMBER',
    status: 'ACTIVE',
    registeredAt: now,
    version: 1,
  };
}

/** Tier thresholds by annual spend in CNY (DOMAIN 2.1); data, so the company can change them. */
export interface TierPolicy {
  thresholds: { tier: Exclude<Tier, 'MEMBER'>; minAnnualSpend: string }[];
}

export const DEFAULT_TIER_POLICY: TierPolicy = {
  thresholds: [
    { tier: 'DIAMOND', minAnnualSpend: '500000' },
    { tier: 'PLATINUM', minAnnualSpend: '200000' },
    { tier: 'GOLD', minAnnualSpend: '50000' },
  ],
};

/** The tier an annual spend earns: the highest threshold it reaches (thresholds inclusive). */
export function tierForAnnualSpend(annualSpend: string, policy: TierPolicy = DEFAULT_TIER_POLICY): Tier {
  const spend = new Decimal(annualSpend);
  const reached = [...policy.thresholds]
    .sort((a, b) => new Decimal(b.minAnnualSpend).comparedTo(a.minAnnualSpend))
    .find((t) => spend.greaterThanOrEqualTo(t.minAnnualSpend));
  return reached?.tier ?? 'MEMBER';
}

/** w***@example.com */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** 138****5678: the first three and last four digits stay. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 8) return '****';
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

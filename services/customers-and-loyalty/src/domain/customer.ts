import { refuse } from '@care/domain-kernel';
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
  birthday: string | null;
  preferredLanguage: string | null;
  tags: string[];
  representative: string | null;
  tier: Tier;
  status: CustomerStatus;
  identity: IdentityVerification | null;
  /** The wallet: posted points and those locked by pending redemptions (read model, kept by the ledger). */
  points: { balance: number; locked: number };
  registeredAt: Date;
  version: number;
}

export interface IdentityVerification {
  documentType: string;
  /** A masked reference only: the number itself is never kept. */
  documentReference: string;
  verifiedBy: string;
  verifiedAt: Date;
}

export interface RegistrationInput {
  name: string;
  email?: string | null;
  phone?: string | null;
  region?: string | null;
  birthday?: string | null;
  preferredLanguage?: string | null;
  tags?: readonly string[] | null;
  representative?: string | null;
}

/** Fields a profile update or an applied change request may set; undefined leaves a field alone. */
export type ProfileChanges = Partial<Omit<RegistrationInput, 'name'> & { name: string }>;

export const PROFILE_FIELDS = [
  'name',
  'email',
  'phone',
  'region',
  'birthday',
  'preferredLanguage',
  'tags',
  'representative',
] as const;

const PHONE = /^\+?[0-9][0-9 -]{5,19}$/;
const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const TAG = /^[\p{L}\p{N}_ -]{1,40}$/u;

function normaliseName(value: string): string {
  const name = value.trim();
  if (name.length === 0 || name.length > 200)
    throw refuse.input('name', 'name must have 1 to 200 characters');
  return name;
}

type OptionalText = string | null | undefined;

/** An optional text: trimmed, null when blank, refused naming the field when it does not match. */
function optional(field: string, value: OptionalText, valid: RegExp, message: string): string | null {
  const text = value?.trim() || null;
  if (text && !valid.test(text)) throw refuse.input(field, message);
  return text;
}

const normaliseEmail = (value: OptionalText) =>
  optional('email', value?.toLowerCase(), EMAIL, 'email is not a valid address');
const normalisePhone = (value: OptionalText) =>
  optional('phone', value, PHONE, 'phone must be digits, optionally with +, spaces or dashes');
const normaliseRegion = (value: OptionalText) =>
  optional('region', value?.toUpperCase(), REGION, 'region must be an ISO 3166 code such as DE or CN-GD');

function normaliseBirthday(value: string | null | undefined, now: Date): string | null {
  const birthday = value?.trim() || null;
  if (!birthday) return null;
  const parsed = new Date(`${birthday}T00:00:00Z`);
  if (
    !DATE.test(birthday) ||
    Number.isNaN(parsed.getTime()) ||
    parsed.toISOString().slice(0, 10) !== birthday
  )
    throw refuse.input('birthday', 'birthday must be a date YYYY-MM-DD');
  if (parsed > now || parsed.getUTCFullYear() < 1900)
    throw refuse.input('birthday', 'birthday must be in the past');
  return birthday;
}

const normaliseLanguage = (value: OptionalText) =>
  optional('preferredLanguage', value, LANGUAGE, 'preferredLanguage must be a BCP 47 tag such as zh-CN');

function normaliseTags(value: readonly string[] | null | undefined): string[] {
  const tags = [...new Set((value ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))];
  if (tags.length > 50 || tags.some((t) => !TAG.test(t)))
    throw refuse.input('tags', 'tags are at most 50 words of letters, digits, _ or -');
  return tags.sort();
}

function normaliseRepresentative(value: string | null | undefined): string | null {
  const rep = value?.trim() || null;
  if (rep && rep.length > 100) throw refuse.input('representative', 'representative must be a staff id');
  return rep;
}

/** Where every customer starts: an active ordinary member, not yet verified, with an empty wallet (DOMAIN 2.1). */
const NEW_MEMBER = {
  tier: 'MEMBER',
  status: 'ACTIVE',
  identity: null,
  points: { balance: 0, locked: 0 },
  version: 1,
} as const satisfies Partial<Customer>;

export function registerCustomer(input: RegistrationInput, id: string, now: Date): Customer {
  return {
    id,
    name: normaliseName(input.name),
    email: normaliseEmail(input.email),
    phone: normalisePhone(input.phone),
    region: normaliseRegion(input.region),
    birthday: normaliseBirthday(input.birthday, now),
    preferredLanguage: normaliseLanguage(input.preferredLanguage),
    tags: normaliseTags(input.tags),
    representative: normaliseRepresentative(input.representative),
    ...NEW_MEMBER,
    points: { ...NEW_MEMBER.points },
    registeredAt: now,
  };
}

/**
 * Applies profile changes (undefined leaves a field, null clears it); returns the new customer and the
 * names of the fields that really changed.
 */
export function applyProfileChanges(
  customer: Customer,
  changes: ProfileChanges,
  now: Date,
): { customer: Customer; changed: string[] } {
  if (customer.status === 'DEACTIVATED')
    throw refuse.input('status', 'a deactivated customer cannot be changed');
  const next: Customer = { ...customer };
  if (changes.name !== undefined) {
    if (changes.name === null) throw refuse.input('name', 'name cannot be cleared');
    next.name = normaliseName(changes.name);
  }
  if (changes.email !== undefined) next.email = normaliseEmail(changes.email);
  if (changes.phone !== undefined) next.phone = normalisePhone(changes.phone);
  if (changes.region !== undefined) next.region = normaliseRegion(changes.region);
  if (changes.birthday !== undefined) next.birthday = normaliseBirthday(changes.birthday, now);
  if (changes.preferredLanguage !== undefined)
    next.preferredLanguage = normaliseLanguage(changes.preferredLanguage);
  if (changes.tags !== undefined) next.tags = normaliseTags(changes.tags);
  if (changes.representative !== undefined)
    next.representative = normaliseRepresentative(changes.representative);
  const changed = PROFILE_FIELDS.filter(
    (f) => JSON.stringify(next[f]) !== JSON.stringify(customer[f]),
  ) as string[];
  return { customer: next, changed };
}

/** Keeps only a masked reference of an ID document number: the last four characters. */
export function maskDocumentNumber(documentNumber: string): string {
  const clean = documentNumber.replace(/\s/g, '');
  if (clean.length < 6) throw refuse.input('documentNumber', 'documentNumber is too short');
  return `****${clean.slice(-4)}`;
}

/**
 * The real-name check redemption needs (DOMAIN 2.3): the document's type, and only a masked reference of
 * its number; checked before anything is read.
 */
export function identityDocument(input: { documentType: string; documentNumber: string }): {
  documentType: string;
  documentReference: string;
} {
  const documentType = input.documentType.trim().toUpperCase();
  if (!/^[A-Z_]{2,30}$/.test(documentType))
    throw refuse.input('documentType', 'documentType must be a word such as ID_CARD or PASSPORT');
  return { documentType, documentReference: maskDocumentNumber(input.documentNumber) };
}

/** Records who verified the customer's identity with which document, and when. */
export function verifyIdentity(
  customer: Customer,
  document: { documentType: string; documentReference: string },
  verifiedBy: string,
  now: Date,
): Customer {
  return { ...customer, identity: { ...document, verifiedBy, verifiedAt: now } };
}

/** A frozen account cannot redeem points or be granted benefits until it is unfrozen (DOMAIN 2.6). */
export function requireActive(customer: Pick<Customer, 'status'>, what: string): void {
  if (customer.status !== 'ACTIVE')
    throw refuse.transition(`the account is ${customer.status}: ${what} is not possible`, {
      status: customer.status,
    });
}

/** **-03-14: the year is personal, the month and day drive the birthday perks. */
export function maskBirthday(birthday: string): string {
  return `****${birthday.slice(4)}`;
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

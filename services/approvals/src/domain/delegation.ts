import { refuse, type Department } from '@care/domain-kernel';
import { Decimal } from 'decimal.js';
import type { Authority } from './authority';
import { APPROVAL_TYPES, type ApprovalType, type AuthorityPolicyDocument } from './authority-policy';

/**
 * A written delegation of approval authority (DOMAIN 3.5): at most 30 days, signed by the GM and
 * recorded here; the delegate decides within the delegated authority only (its business types, up to its
 * amount, a department head's for that department), and it ends (is handed back) at its end date or
 * earlier.
 */
export interface Delegation {
  id: string;
  /** Whose authority is delegated. */
  delegator: string;
  /** Who acts with it. */
  delegate: string;
  authority: Authority;
  /** For a department head's authority: the department whose head delegates; null for the others. */
  department: Department | null;
  /** The business types the delegate decides; every type for a delegation recorded before scopes. */
  businessTypes: ApprovalType[];
  /** The largest amount (CNY) the delegate decides; null only for a delegation recorded before scopes. */
  maxAmount: string | null;
  startsAt: Date;
  endsAt: Date;
  /** The signed written delegation (a document reference). */
  documentReference: string;
  signedBy: string;
  recordedAt: Date;
  endedAt: Date | null;
  endedBy: string | null;
  version: number;
}

export const MAX_DELEGATION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What the GM records: the rest of a delegation is the record's own. */
export type DelegationInput = Pick<
  Delegation,
  'delegator' | 'delegate' | 'authority' | 'startsAt' | 'endsAt' | 'documentReference'
> & {
  department?: Department | null;
  businessTypes: readonly ApprovalType[];
  maxAmount: string;
};

/** What recording checks a delegation against: the policy in force and the delegations already recorded. */
export interface DelegationContext {
  id: string;
  signedBy: string;
  now: Date;
  policy: AuthorityPolicyDocument;
  /** The delegations not ended of the same authority that name the delegator or the delegate. */
  recorded: readonly Delegation[];
}

/**
 * The highest amount the authority decides a step of this business type at, by the policy: its bands'
 * limits (`upTo` inclusive, `below` exclusive), unlimited when it decides in the open top band; null when
 * it decides no step of that type at all.
 */
export function authorityCeiling(
  policy: AuthorityPolicyDocument,
  authority: Authority,
  type: ApprovalType,
): { amount: Decimal; inclusive: boolean } | 'UNLIMITED' | null {
  let ceiling: { amount: Decimal; inclusive: boolean } | 'UNLIMITED' | null = null;
  for (const band of policy.rules.filter((r) => r.type === type).flatMap((r) => r.bands)) {
    if (!band.steps.some((s) => s.authority === authority)) continue;
    const end = band.upTo ?? band.below;
    if (end == null) return 'UNLIMITED';
    const amount = new Decimal(end);
    if (ceiling === null || amount.greaterThan(ceiling.amount))
      ceiling = { amount, inclusive: band.upTo != null };
  }
  return ceiling;
}

/** The scope of a delegation: named business types and an amount within the delegator's authority. */
function scopeOf(input: DelegationInput, policy: AuthorityPolicyDocument) {
  const businessTypes = [...new Set(input.businessTypes)];
  if (businessTypes.length === 0)
    throw refuse.input('businessTypes', 'name the business types the delegate decides');
  const unknown = businessTypes.find((t) => !(APPROVAL_TYPES as readonly string[]).includes(t));
  if (unknown) throw refuse.input('businessTypes', `an unknown business type: ${unknown}`);
  let maxAmount: Decimal;
  try {
    maxAmount = new Decimal(input.maxAmount);
  } catch {
    throw refuse.input('maxAmount', 'the largest amount is a decimal amount in CNY');
  }
  if (!maxAmount.isFinite() || maxAmount.lessThanOrEqualTo(0))
    throw refuse.input('maxAmount', 'the largest amount is more than 0');
  for (const type of businessTypes) {
    const ceiling = authorityCeiling(policy, input.authority, type);
    if (ceiling === null)
      throw refuse.input(
        'businessTypes',
        `${input.authority} decides no step of ${type}: nothing to delegate`,
      );
    if (
      ceiling !== 'UNLIMITED' &&
      (ceiling.inclusive
        ? maxAmount.greaterThan(ceiling.amount)
        : maxAmount.greaterThanOrEqualTo(ceiling.amount))
    )
      throw refuse.limit(
        `${input.authority} decides ${type} ${ceiling.inclusive ? 'up to' : 'below'} ${ceiling.amount.toFixed()} CNY: ` +
          'a delegation stays within the delegator’s own authority',
        { field: 'maxAmount', ceiling: ceiling.amount.toFixed(), type },
      );
  }
  const department = input.department ?? null;
  if (input.authority === 'DEPARTMENT_HEAD' && !department)
    throw refuse.input(
      'department',
      'a department head delegates the head’s authority of one department: name it',
    );
  if (input.authority !== 'DEPARTMENT_HEAD' && department)
    throw refuse.input('department', 'only a department head’s authority is delegated for a department');
  return { businessTypes, maxAmount: maxAmount.toFixed(2), department };
}

const overlaps = (a: Pick<Delegation, 'startsAt' | 'endsAt'>, b: Pick<Delegation, 'startsAt' | 'endsAt'>) =>
  a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();

/**
 * No two delegations of one delegator for the same scope at once, and no chains: a delegate does not
 * delegate what was delegated to them, nor receives an authority they have delegated themselves for that
 * time (so no cycles either).
 */
function checkAgainstRecorded(
  d: Pick<
    Delegation,
    'delegator' | 'delegate' | 'authority' | 'department' | 'businessTypes' | 'startsAt' | 'endsAt'
  >,
  recorded: readonly Delegation[],
): void {
  const live = recorded.filter((r) => r.endedAt === null && r.authority === d.authority && overlaps(r, d));
  const same = live.find(
    (r) =>
      r.delegator === d.delegator &&
      (r.department ?? null) === d.department &&
      r.businessTypes.some((t) => d.businessTypes.includes(t)),
  );
  if (same)
    throw refuse.conflict(
      `${d.delegator} has delegated ${d.authority} for ${same.businessTypes.join(', ')} over that time already`,
      { delegationId: same.id },
    );
  const received = live.find((r) => r.delegate === d.delegator);
  if (received)
    throw refuse.input(
      'delegator',
      `${d.delegator} holds ${d.authority} by delegation then: a delegate does not delegate`,
      {
        delegationId: received.id,
      },
    );
  const given = live.find((r) => r.delegator === d.delegate);
  if (given)
    throw refuse.input(
      'delegate',
      `${d.delegate} has delegated ${d.authority} over that time: no chains of delegation`,
      {
        delegationId: given.id,
      },
    );
}

export function recordDelegation(input: DelegationInput, context: DelegationContext): Delegation {
  const delegator = input.delegator.trim();
  const delegate = input.delegate.trim();
  const documentReference = input.documentReference.trim();
  if (!delegator || !delegate) throw refuse.input('delegate', 'name the delegator and the delegate');
  if (delegator === delegate) throw refuse.input('delegate', 'nobody delegates to themselves');
  if (!documentReference)
    throw refuse.input('documentReference', 'a delegation is written: give the signed document');
  if (input.endsAt.getTime() <= input.startsAt.getTime())
    throw refuse.input('endsAt', 'a delegation ends after it starts');
  if (input.endsAt.getTime() <= context.now.getTime())
    throw refuse.input('endsAt', 'a delegation that has ended already cannot be recorded');
  if (input.endsAt.getTime() - input.startsAt.getTime() > MAX_DELEGATION_DAYS * DAY_MS)
    throw refuse.limit(`a delegation lasts at most ${MAX_DELEGATION_DAYS} days`, { field: 'endsAt' });
  const scope = scopeOf(input, context.policy);
  const delegation = {
    delegator,
    delegate,
    authority: input.authority,
    ...scope,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
  };
  checkAgainstRecorded(delegation, context.recorded);
  return {
    id: context.id,
    ...delegation,
    documentReference,
    signedBy: context.signedBy,
    recordedAt: context.now,
    endedAt: null,
    endedBy: null,
    version: 1,
  };
}

export const isActive = (d: Delegation, now: Date): boolean =>
  d.endedAt === null && d.startsAt.getTime() <= now.getTime() && now.getTime() < d.endsAt.getTime();

/** What a delegated decision is about: the request's business type and amount. */
export interface Matter {
  type: ApprovalType;
  amount: string;
}

/** Whether the matter is within the delegation's scope: one of its business types, up to its amount. */
export const covers = (d: Delegation, matter: Matter): boolean =>
  d.businessTypes.includes(matter.type) &&
  (d.maxAmount === null || new Decimal(matter.amount).lessThanOrEqualTo(d.maxAmount));

/** Whether the delegation gives a department head's authority over that department's step (any, when it names none). */
export const coversDepartment = (d: Delegation, department: string | null): boolean =>
  d.department === null || department === null || d.department === department;

/** Handing back early: by the delegate, the delegator or the GM who signs delegations. */
export function endDelegation(
  d: Delegation,
  by: { sub: string; roles: readonly string[] },
  now: Date,
): Delegation {
  if (!isActive(d, now) && !(d.endedAt === null && now.getTime() < d.startsAt.getTime()))
    throw refuse.transition('the delegation has ended already', { field: 'id' });
  if (by.sub !== d.delegate && by.sub !== d.delegator && !by.roles.includes('gm'))
    throw refuse.forbidden('only the delegate, the delegator or the GM ends a delegation', { field: 'id' });
  return { ...d, endedAt: now, endedBy: by.sub };
}

import { refuse } from '@care/domain-kernel';
import type { Authority } from './authority';

/**
 * A written delegation of approval authority (DOMAIN 3.5): at most 30 days, signed by the GM and
 * recorded here; the delegate decides within the delegated authority only, and it ends (is handed back)
 * at its end date or earlier.
 */
export interface Delegation {
  id: string;
  /** Whose authority is delegated. */
  delegator: string;
  /** Who acts with it. */
  delegate: string;
  authority: Authority;
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
>;

export function recordDelegation(
  input: DelegationInput,
  context: { id: string; signedBy: string; now: Date },
): Delegation {
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
  return {
    id: context.id,
    delegator,
    delegate,
    authority: input.authority,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
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

import { createEvent, delegationEnded, delegationRecorded, type EventContext } from '@care/contracts';
import { DomainError, eventContextOf, notFound, requireRole, type Caller } from '@care/service-kit';
import {
  DelegationRuleViolation,
  endDelegation as end,
  recordDelegation as record,
  type Delegation,
  type DelegationInput,
} from '../domain/delegation';
import { DELEGATION_READERS } from '../domain/access';
import type { Deps } from './ports';

function violation(error: unknown): unknown {
  if (!(error instanceof DelegationRuleViolation)) return error;
  const code = {
    INPUT: 'BAD_USER_INPUT',
    LIMIT: 'LIMIT_EXCEEDED',
    STATE: 'INVALID_TRANSITION',
    FORBIDDEN: 'FORBIDDEN',
  } as const;
  return new DomainError(code[error.kind], error.message, { field: error.field });
}

function delegationEvent(
  type: typeof delegationRecorded | typeof delegationEnded,
  d: Delegation,
  at: Date,
  context: EventContext,
) {
  return createEvent(
    type,
    d.id,
    {
      delegationId: d.id,
      delegator: d.delegator,
      delegate: d.delegate,
      authority: d.authority,
      startsAt: d.startsAt.toISOString(),
      endsAt: d.endsAt.toISOString(),
      at: at.toISOString(),
    },
    context,
  );
}

/** The GM signs and records a written delegation of at most 30 days (DOMAIN 3.5). */
export async function recordDelegation(
  deps: Deps,
  caller: Caller,
  input: DelegationInput,
): Promise<Delegation> {
  const actor = requireRole(caller.actor, 'gm');
  const now = deps.clock.now();
  let delegation: Delegation;
  try {
    delegation = record(input, { id: deps.newId(), signedBy: actor.sub, now });
  } catch (error) {
    throw violation(error);
  }
  return deps.unitOfWork(async (tx) => {
    await tx.delegations.insert(delegation);
    await tx.outbox.enqueue(delegationEvent(delegationRecorded, delegation, now, eventContextOf(caller)));
    return delegation;
  });
}

/** The delegate hands the authority back (or the delegator or the GM ends it) before its end date. */
export async function endDelegation(deps: Deps, caller: Caller, id: string): Promise<Delegation> {
  if (!caller.actor) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  const actor = caller.actor;
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const current = await tx.delegations.findById(id);
    if (!current) throw notFound('Delegation', id);
    let ended: Delegation;
    try {
      ended = end(current, actor, now);
    } catch (error) {
      throw violation(error);
    }
    await tx.delegations.end(ended, current.version);
    await tx.outbox.enqueue(delegationEvent(delegationEnded, ended, now, eventContextOf(caller)));
    return ended;
  });
}

export function listDelegations(deps: Deps, caller: Caller, activeAt: Date | null): Promise<Delegation[]> {
  requireRole(caller.actor, ...DELEGATION_READERS);
  return deps.unitOfWork((tx) => tx.delegations.list({ activeAt }));
}

import type { Envelope, EventContext } from '@care/contracts';
import { changeAggregate, eventContextOf, type Caller } from '@care/service-kit';
import type { ApprovalRequest } from '../domain/approval-request';
import type { Deps, Transaction } from './ports';

export interface RequestChange {
  id: string;
  /** The version the caller read: a request changed since then is a CONFLICT, not a silent overwrite. */
  expectedVersion?: number | null;
  /** The pure rule, given the time and what else it needs from the transaction. */
  apply: (request: ApprovalRequest, now: Date, tx: Transaction) => ApprovalRequest | Promise<ApprovalRequest>;
  /** The events the change publishes, from the request before and after it; none by default. */
  events?: (before: ApprovalRequest, after: ApprovalRequest, context: EventContext) => Envelope[];
}

/**
 * The shape of every change to an approval request, after the use case authorized the caller: load it,
 * locked for the transaction (NOT_FOUND), check the version the caller read (CONFLICT; a caller who sends
 * none has the rule applied to the request as it is, after any change being made at that moment), apply
 * the rule, save with the optimistic lock, and publish what happened, in one transaction.
 */
export function changeApprovalRequest(
  deps: Deps,
  caller: Caller,
  change: RequestChange,
): Promise<ApprovalRequest> {
  return changeAggregate(deps.unitOfWork, {
    what: 'Approval request',
    id: change.id,
    expectedVersion: change.expectedVersion,
    // Locked for the transaction: changes to one request queue instead of failing each other.
    load: (tx) => tx.requests.lockById(change.id),
    apply: async (request, tx) => ({ next: await change.apply(request, deps.clock.now(), tx) }),
    save: (tx, next, version) => tx.requests.update(next, version),
    events: (before, after) => change.events?.(before, after, eventContextOf(caller)) ?? [],
  });
}

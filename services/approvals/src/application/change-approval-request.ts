import { changeAggregate, eventContextOf, type Caller } from '@care/service-kit';
import type { ApprovalRequest } from '../domain/approval-request';
import { decidedEvent } from './events';
import type { Deps, Transaction } from './ports';

export interface RequestChange {
  id: string;
  /** The version the caller read: a request changed since then is a CONFLICT, not a silent overwrite. */
  expectedVersion?: number | null;
  /** The pure rule, given the time and what else it needs from the transaction. */
  apply: (request: ApprovalRequest, now: Date, tx: Transaction) => ApprovalRequest | Promise<ApprovalRequest>;
  /** Whether the change is the request's outcome, which the asking service acts on (the decided event). */
  decides: boolean;
}

/**
 * The shape of every change to an approval request, after the use case authorized the caller: load it
 * (NOT_FOUND), check the version the caller read (CONFLICT), apply the rule, save with the optimistic
 * lock, and publish the outcome, in one transaction.
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
    load: (tx) => tx.requests.findById(change.id),
    apply: async (request, tx) => ({ next: await change.apply(request, deps.clock.now(), tx) }),
    save: (tx, next, version) => tx.requests.update(next, version),
    events: (_before, after) => (change.decides ? [decidedEvent(after, eventContextOf(caller))] : []),
  });
}

import { DomainError, eventContextOf, notFound, requireRole, type Caller } from '@care/service-kit';
import {
  ApprovalDecisionRefused,
  decide,
  reviewLateDecision,
  withdraw,
  type ApprovalRequest,
  type Decision,
} from '../domain/approval-request';
import { WITHDRAW_ROLES } from '../domain/access';
import type { Deps, Transaction } from './ports';
import { decidedEvent } from './request-events';

export interface DecisionInput {
  id: string;
  decision: Decision;
  reason?: string | null;
  /** Why the decision comes after the time limit: required then (DOMAIN 3.7). */
  overdueExplanation?: string | null;
  /** The version the decider read: a request changed since then is a CONFLICT, not a silent overwrite. */
  expectedVersion?: number | null;
}

/** Maps a refused decision to the error the caller sees. */
export function refusalError(error: ApprovalDecisionRefused): DomainError {
  switch (error.reason) {
    case 'NOT_PENDING':
    case 'NOT_LATE':
    case 'REVIEWED_ALREADY':
      return new DomainError('INVALID_TRANSITION', error.message);
    case 'REASON_REQUIRED':
      return new DomainError('BAD_USER_INPUT', error.message, { field: 'reason' });
    case 'EXPLANATION_REQUIRED':
      return new DomainError('BAD_USER_INPUT', error.message, { field: 'overdueExplanation' });
    case 'NOT_AUTHORISED':
    case 'OWN_REQUEST':
      return new DomainError('FORBIDDEN', error.message);
  }
}

async function change(
  deps: Deps,
  caller: Caller,
  id: string,
  expectedVersion: number | null | undefined,
  next: (request: ApprovalRequest, now: Date, tx: Transaction) => ApprovalRequest | Promise<ApprovalRequest>,
  options: { decides: boolean } = { decides: true },
): Promise<ApprovalRequest> {
  return deps.unitOfWork(async (tx) => {
    const current = await tx.requests.findById(id);
    if (!current) throw notFound('Approval request', id);
    if (expectedVersion != null && expectedVersion !== current.version)
      throw new DomainError('CONFLICT', 'the request was changed by someone else meanwhile: read it again', {
        id,
      });
    let changed: ApprovalRequest;
    try {
      changed = await next(current, deps.clock.now(), tx);
    } catch (error) {
      if (error instanceof ApprovalDecisionRefused) throw refusalError(error);
      throw error;
    }
    const saved = await tx.requests.update(changed, current.version);
    if (options.decides) await tx.outbox.enqueue(decidedEvent(saved, eventContextOf(caller)));
    return saved;
  });
}

/** An approver approves or rejects a pending request within their authority (DOMAIN 3.1). */
export function decideApprovalRequest(
  deps: Deps,
  caller: Caller,
  input: DecisionInput,
): Promise<ApprovalRequest> {
  // Authority comes from a role or from a delegation (DOMAIN 3.5): the rule decides, after reading both.
  if (!caller.actor) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  const actor = caller.actor;
  return change(deps, caller, input.id, input.expectedVersion, async (request, now, tx) => {
    const delegations = await tx.delegations.activeFor(actor.sub, now);
    return decide(
      request,
      input.decision,
      { ...actor, delegations },
      input.reason,
      now,
      input.overdueExplanation,
    );
  });
}

/** The person who asked (or the asking service) takes a pending request back. */
export function withdrawApprovalRequest(
  deps: Deps,
  caller: Caller,
  input: { id: string; reason?: string | null },
): Promise<ApprovalRequest> {
  // The requester's `sub` alone is not enough: a customer or partner token may carry any subject.
  requireRole(caller.actor, ...WITHDRAW_ROLES);
  const by = { sub: caller.actor.sub, isService: caller.actor.roles.includes('service') };
  return change(deps, caller, input.id, null, (request, now) => withdraw(request, by, input.reason, now));
}

/** Internal control checks that a decision taken after the time limit was necessary (DOMAIN 3.7). */
export function reviewLateApproval(
  deps: Deps,
  caller: Caller,
  input: { id: string; necessary: boolean; note: string },
): Promise<ApprovalRequest> {
  const actor = requireRole(caller.actor, 'internal_control');
  return change(
    deps,
    caller,
    input.id,
    null,
    (request, now) => reviewLateDecision(request, input, actor, now),
    { decides: false },
  );
}

import { changeAggregate, eventContextOf, type Caller } from '@care/service-kit';
import type { Violation } from '../domain/violation';
import type { Deps } from './ports';
import { tracedUnitOfWork } from './traced-unit-of-work';
import { violationEvents } from './events';

export interface ViolationChange {
  id: string;
  /** The version the caller read: a violation changed since is a CONFLICT. */
  expectedVersion?: number | null;
  /** The pure rule of the step, at the time it is taken. */
  apply: (violation: Violation, now: Date) => Violation;
}

/**
 * Every step of the penalty procedure, after the use case checked the caller's role: load (NOT_FOUND),
 * version check (CONFLICT), the rule (INVALID_TRANSITION, FORBIDDEN, BAD_USER_INPUT), save with the
 * optimistic lock, and the step's event, also traced in the audit chain; one transaction.
 */
export function changeViolation(deps: Deps, caller: Caller, change: ViolationChange): Promise<Violation> {
  const now = deps.clock.now();
  return changeAggregate(tracedUnitOfWork(deps), {
    what: 'Violation',
    id: change.id,
    expectedVersion: change.expectedVersion,
    load: (tx) => tx.violations.findById(change.id),
    apply: (violation) => ({ next: change.apply(violation, now) }),
    save: (tx, next, version) => tx.violations.update(next, version),
    events: (before, after) => violationEvents(before, after, now, eventContextOf(caller)),
  });
}

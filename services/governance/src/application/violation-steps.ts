import { refuse } from '@care/domain-kernel';
import { authorised, type Caller, eventContextOf } from '@care/service-kit';
import {
  appealViolation,
  decideAppeal,
  decideViolation,
  dismissViolation,
  notifyViolation,
  recordViolation,
  reportViolation,
  stateCase,
  type StepContext,
  type Violation,
} from '../domain/violation';
import { isStaff, VIOLATION_STEP_ROLES } from '../domain/access';
import { violationEvents } from './events';
import type { Deps } from './ports';
import { changeTraced, type TracedRegister, type Versioned } from './traced-unit-of-work';

/*
 * The steps of the penalty procedure after opening (DOMAIN 4.5), each checking the caller's role before
 * any I/O and applying its pure rule (INVALID_TRANSITION, FORBIDDEN, BAD_USER_INPUT) through changeTraced,
 * with the step's event.
 */

/** Violations are read for a change without a lock: the optimistic lock of the save decides. */
export const VIOLATIONS: TracedRegister<Violation> = {
  what: 'Violation',
  load: (tx, id) => tx.violations.findById(id),
  save: (tx, next, version) => tx.violations.update(next, version),
};

/** A step: its pure rule applied, with who takes it and when. */
const step =
  <I extends object>(rule: (v: Violation, input: I, context: StepContext) => Violation) =>
  (deps: Deps, caller: Caller, input: Versioned & I): Promise<Violation> =>
    changeTraced(deps, VIOLATIONS, eventContextOf(caller), {
      ...input,
      apply: (v, now) => rule(v, input, { actor: caller.actor.sub, now, calendar: deps.calendar }),
      events: violationEvents,
    });

/** Compliance's investigation report on a detected violation, naming the person concerned. */
export const fileViolationReport = authorised(VIOLATION_STEP_ROLES.investigate, step(reportViolation));

/** Compliance gives the person concerned written notice. */
export const giveViolationNotice = authorised(VIOLATION_STEP_ROLES.investigate, step(notifyViolation));

/** Steps only the person concerned takes: any staff member, checked against the violation. */
const requireStaff = (caller: Caller) => {
  if (!isStaff(caller.actor.roles))
    throw refuse.forbidden('only the person concerned, a staff member, may do this');
};

/** The person concerned states their case (or waives it). */
export function submitViolationStatement(
  deps: Deps,
  caller: Caller,
  input: Versioned & { statement?: string | null; waived?: boolean | null },
): Promise<Violation> {
  requireStaff(caller);
  return step(stateCase)(deps, caller, input);
}

/** HR decides the penalty within the level. */
export const decideViolationPenalty = authorised(VIOLATION_STEP_ROLES.decide, step(decideViolation));

/** The GM records HR's decision. */
export const recordViolationDecision = authorised(
  VIOLATION_STEP_ROLES.record,
  step((v, _input: object, context) => recordViolation(v, context)),
);

/** The person concerned appeals within 3 working days of the decision. */
export function appealViolationDecision(
  deps: Deps,
  caller: Caller,
  input: Versioned & { reason: string },
): Promise<Violation> {
  requireStaff(caller);
  return step(appealViolation)(deps, caller, input);
}

/** The GM office meeting decides the appeal. */
export const decideViolationAppeal = authorised(VIOLATION_STEP_ROLES.decideAppeal, step(decideAppeal));

/** Compliance closes a case without a penalty before HR decided. */
export const dismissViolationCase = authorised(VIOLATION_STEP_ROLES.investigate, step(dismissViolation));

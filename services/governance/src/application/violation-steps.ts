import { refuse } from '@care/domain-kernel';
import { authorised, type Caller } from '@care/service-kit';
import {
  appealViolation,
  decideAppeal,
  decideViolation,
  dismissViolation,
  notifyViolation,
  recordViolation,
  reportViolation,
  stateCase,
  type AppealOutcome,
  type Violation,
} from '../domain/violation';
import { isStaff, VIOLATION_STEP_ROLES } from '../domain/access';
import type { PenaltyKind, ViolationLevel } from '../domain/violation-policy';
import { changeViolation } from './change-violation';
import type { Deps } from './ports';

/*
 * The steps of the penalty procedure after opening (DOMAIN 4.5), each checking the caller's role before
 * any I/O and applying its pure rule through changeViolation.
 */

interface Versioned {
  id: string;
  expectedVersion?: number | null;
}

const context = (deps: Deps, caller: Caller, now: Date) => ({
  actor: caller.actor.sub,
  now,
  calendar: deps.calendar,
});

/** Compliance's investigation report on a detected violation, naming the person concerned. */
export const fileViolationReport = authorised(
  VIOLATION_STEP_ROLES.investigate,
  async (
    deps: Deps,
    caller: Caller,
    input: Versioned & {
      report: string;
      personId?: string | null;
      cases?: number | null;
      level?: ViolationLevel | null;
    },
  ): Promise<Violation> => {
    return changeViolation(deps, caller, {
      ...input,
      apply: (v, now) => reportViolation(v, input, context(deps, caller, now)),
    });
  },
);

/** Compliance gives the person concerned written notice. */
export const giveViolationNotice = authorised(
  VIOLATION_STEP_ROLES.investigate,
  async (deps: Deps, caller: Caller, input: Versioned & { notice: string }): Promise<Violation> => {
    return changeViolation(deps, caller, {
      ...input,
      apply: (v, now) => notifyViolation(v, input, context(deps, caller, now)),
    });
  },
);

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
  return changeViolation(deps, caller, {
    ...input,
    apply: (v, now) => stateCase(v, input, context(deps, caller, now)),
  });
}

/** HR decides the penalty within the level. */
export const decideViolationPenalty = authorised(
  VIOLATION_STEP_ROLES.decide,
  async (
    deps: Deps,
    caller: Caller,
    input: Versioned & { penalty: PenaltyKind; reason: string },
  ): Promise<Violation> => {
    return changeViolation(deps, caller, {
      ...input,
      apply: (v, now) => decideViolation(v, input, context(deps, caller, now)),
    });
  },
);

/** The GM records HR's decision. */
export const recordViolationDecision = authorised(
  VIOLATION_STEP_ROLES.record,
  async (deps: Deps, caller: Caller, input: Versioned): Promise<Violation> => {
    return changeViolation(deps, caller, {
      ...input,
      apply: (v, now) => recordViolation(v, context(deps, caller, now)),
    });
  },
);

/** The person concerned appeals within 3 working days of the decision. */
export function appealViolationDecision(
  deps: Deps,
  caller: Caller,
  input: Versioned & { reason: string },
): Promise<Violation> {
  requireStaff(caller);
  return changeViolation(deps, caller, {
    ...input,
    apply: (v, now) => appealViolation(v, input, context(deps, caller, now)),
  });
}

/** The GM office meeting decides the appeal. */
export const decideViolationAppeal = authorised(
  VIOLATION_STEP_ROLES.decideAppeal,
  async (
    deps: Deps,
    caller: Caller,
    input: Versioned & { outcome: AppealOutcome; penalty?: PenaltyKind | null; reason: string },
  ): Promise<Violation> => {
    return changeViolation(deps, caller, {
      ...input,
      apply: (v, now) => decideAppeal(v, input, context(deps, caller, now)),
    });
  },
);

/** Compliance closes a case without a penalty before HR decided. */
export const dismissViolationCase = authorised(
  VIOLATION_STEP_ROLES.investigate,
  async (deps: Deps, caller: Caller, input: Versioned & { reason: string }): Promise<Violation> => {
    return changeViolation(deps, caller, {
      ...input,
      apply: (v, now) => dismissViolation(v, input, context(deps, caller, now)),
    });
  },
);

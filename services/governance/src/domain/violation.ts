import { refuse } from '@care/domain-kernel';
import { statusCheck } from './rule-checks';
import {
  APPEAL_DECISION_WORKING_DAYS,
  APPEAL_WORKING_DAYS,
  endOfWorkingDays,
  penaltyFor,
  proposedPenalty,
  STATEMENT_WORKING_DAYS,
  type Penalty,
  type PenaltyKind,
  type ViolationLevel,
  type WorkingDayCalendar,
} from './violation-policy';

/**
 * A violation and its penalty procedure (DOMAIN 4.5), a pure state machine:
 *
 *   OPEN (detected) -report-> REPORTED -notify-> NOTIFIED -state-> STATED -decide-> DECIDED -record-> RECORDED
 *   DECIDED | RECORDED -appeal (within 3 working days)-> APPEALED -decide appeal (due in 5)-> RESOLVED
 *   OPEN .. STATED -dismiss-> DISMISSED
 *
 * Compliance reports, notifies and dismisses; the person concerned states their case and appeals; HR
 * decides within the level; the GM records; the GM office meeting decides an appeal. Who may act is
 * checked by role in the use cases, and here where it depends on the violation (the person concerned).
 */
export type ViolationStatus =
  | 'OPEN'
  | 'REPORTED'
  | 'NOTIFIED'
  | 'STATED'
  | 'DECIDED'
  | 'RECORDED'
  | 'APPEALED'
  | 'RESOLVED'
  | 'DISMISSED';
export type AppealOutcome = 'UPHELD' | 'AMENDED' | 'REVOKED';

/** Who did a step, when, and what they wrote. */
export interface Step {
  by: string;
  at: Date;
  text: string | null;
}

export interface Violation {
  id: string;
  version: number;
  level: ViolationLevel;
  category: string;
  cases: number;
  /** The staff id (token `sub`) of the person concerned; null until the report names them. */
  personId: string | null;
  summary: string;
  source: 'MANUAL' | 'DETECTED';
  /** The event that revealed a detected violation. */
  detectedFrom: { eventType: string; eventId: string } | null;
  /** What it is about, e.g. a discount. */
  subject: { type: string; id: string } | null;
  status: ViolationStatus;
  proposedPenalty: Penalty;
  opened: Step;
  report: Step | null;
  notice: (Step & { statementDueAt: Date }) | null;
  statement: (Step & { waived: boolean }) | null;
  decision: (Step & { penalty: Penalty; appealDueAt: Date }) | null;
  record: Step | null;
  appeal:
    | (Step & {
        decisionDueAt: Date;
        outcome: AppealOutcome | null;
        amendedPenalty: Penalty | null;
        decided: Step | null;
        overdueAt: Date | null;
      })
    | null;
  dismissal: Step | null;
  /** A deadline was counted over a year the calendar has no holiday data for. */
  deadlinesProvisional: boolean;
}

/** What a step needs besides its input: who, when, and the company calendar. */
export interface StepContext {
  actor: string;
  now: Date;
  calendar: WorkingDayCalendar;
}

const TEXT_MAX = 4_000;
const CATEGORY = /^[A-Z][A-Z0-9_]{1,49}$/;
const PERSON = /^[^\s]{1,200}$/;

function text(field: string, value: string | null | undefined, required: boolean): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) {
    if (required) throw refuse.input(field, `${field} must not be empty`);
    return null;
  }
  if (trimmed.length > TEXT_MAX) throw refuse.input(field, `${field} has at most ${TEXT_MAX} characters`);
  return trimmed;
}

/** The record of a step: who took it, when, and its text, which it must have. */
const recorded = (context: { actor: string; now: Date }, field: string, value: string) => ({
  by: context.actor,
  at: context.now,
  text: text(field, value, true),
});

function checkCases(cases: number) {
  if (!Number.isInteger(cases) || cases < 1 || cases > 1_000)
    throw refuse.input('cases', 'cases must be a whole number from 1 to 1000');
}

function checkPerson(personId: string | null | undefined, required: boolean): string | null {
  if (personId == null || personId === '') {
    if (required) throw refuse.input('personId', 'name the person concerned (their staff id)');
    return null;
  }
  if (!PERSON.test(personId)) throw refuse.input('personId', 'personId is a staff id without spaces');
  return personId;
}

const requireStatus = statusCheck<ViolationStatus>('violation', 'DOMAIN 4.5');

function asPersonConcerned(v: Violation, actor: string, step: string): void {
  if (v.personId !== actor) throw refuse.forbidden(`only the person concerned may ${step}`);
}

export interface OpenInput {
  level: ViolationLevel;
  category: string;
  cases?: number | null;
  personId?: string | null;
  summary: string;
  subject?: { type: string; id: string } | null;
}

/** Compliance opens a violation with its investigation report: REPORTED. */
export function openViolation(
  input: OpenInput & { report: string },
  context: { id: string; actor: string; now: Date },
): Violation {
  const base = newViolation(input, context, 'MANUAL', null);
  const report = recorded(context, 'report', input.report);
  return { ...base, personId: checkPerson(input.personId, true), status: 'REPORTED', report };
}

/** A violation detected from another service's event: OPEN until compliance reports on it. */
export function detectViolation(
  input: OpenInput,
  detectedFrom: { eventType: string; eventId: string },
  context: { id: string; actor: string; now: Date },
): Violation {
  return newViolation(input, context, 'DETECTED', detectedFrom);
}

function newViolation(
  input: OpenInput,
  context: { id: string; actor: string; now: Date },
  source: Violation['source'],
  detectedFrom: Violation['detectedFrom'],
): Violation {
  const cases = input.cases ?? 1;
  checkCases(cases);
  if (!CATEGORY.test(input.category))
    throw refuse.input('category', 'category is an upper-case code such as WRONG_CUSTOMER_DATA');
  return {
    id: context.id,
    version: 1,
    level: input.level,
    category: input.category,
    cases,
    personId: checkPerson(input.personId, false),
    summary: text('summary', input.summary, true)!,
    source,
    detectedFrom,
    subject: input.subject ?? null,
    status: 'OPEN',
    proposedPenalty: proposedPenalty(input.level, cases),
    opened: { by: context.actor, at: context.now, text: null },
    report: null,
    notice: null,
    statement: null,
    decision: null,
    record: null,
    appeal: null,
    dismissal: null,
    deadlinesProvisional: false,
  };
}

/** Compliance's investigation report on a detected violation; it names the person concerned. */
export function reportViolation(
  v: Violation,
  input: { report: string; personId?: string | null; cases?: number | null; level?: ViolationLevel | null },
  context: Omit<StepContext, 'calendar'>,
): Violation {
  requireStatus(v, ['OPEN'], 'reported on');
  const cases = input.cases ?? v.cases;
  checkCases(cases);
  const level = input.level ?? v.level;
  return {
    ...v,
    level,
    cases,
    personId: checkPerson(input.personId ?? v.personId, true),
    proposedPenalty: proposedPenalty(level, cases),
    status: 'REPORTED',
    report: recorded(context, 'report', input.report),
  };
}

/** Compliance gives the person written notice; they may state their case for STATEMENT_WORKING_DAYS. */
export function notifyViolation(v: Violation, input: { notice: string }, context: StepContext): Violation {
  requireStatus(v, ['REPORTED'], 'notified');
  const due = endOfWorkingDays(context.calendar, context.now, STATEMENT_WORKING_DAYS);
  return {
    ...v,
    status: 'NOTIFIED',
    notice: { ...recorded(context, 'notice', input.notice), statementDueAt: due.at },
    deadlinesProvisional: v.deadlinesProvisional || due.provisional,
  };
}

/** The person concerned states their case, or waives it. */
export function stateCase(
  v: Violation,
  input: { statement?: string | null; waived?: boolean | null },
  context: Omit<StepContext, 'calendar'>,
): Violation {
  requireStatus(v, ['NOTIFIED'], 'stated on');
  asPersonConcerned(v, context.actor, 'state their case');
  const waived = input.waived ?? false;
  const statement = text('statement', input.statement, !waived);
  if (waived && statement) throw refuse.input('statement', 'a waived statement has no text');
  return {
    ...v,
    status: 'STATED',
    statement: { by: context.actor, at: context.now, text: statement, waived },
  };
}

/**
 * HR decides the penalty within the level, after the person's statement or once their time to state it
 * has passed; the appeal period (APPEAL_WORKING_DAYS) starts.
 */
export function decideViolation(
  v: Violation,
  input: { penalty: PenaltyKind; reason: string },
  context: StepContext,
): Violation {
  requireStatus(v, ['STATED', 'NOTIFIED'], 'decided');
  if (v.status === 'NOTIFIED' && context.now < v.notice!.statementDueAt)
    throw refuse.transition(
      `the person concerned may state their case until ${v.notice!.statementDueAt.toISOString()}`,
      { statementDueAt: v.notice!.statementDueAt.toISOString() },
    );
  const penalty = penaltyFor(v.level, input.penalty, v.cases);
  const due = endOfWorkingDays(context.calendar, context.now, APPEAL_WORKING_DAYS);
  return {
    ...v,
    status: 'DECIDED',
    decision: { ...recorded(context, 'reason', input.reason), penalty, appealDueAt: due.at },
    deadlinesProvisional: v.deadlinesProvisional || due.provisional,
  };
}

/** The GM records HR's decision. */
export function recordViolation(v: Violation, context: Omit<StepContext, 'calendar'>): Violation {
  requireStatus(v, ['DECIDED'], 'recorded');
  return { ...v, status: 'RECORDED', record: { by: context.actor, at: context.now, text: null } };
}

/** The person concerned appeals, within APPEAL_WORKING_DAYS of the decision; refused after. */
export function appealViolation(v: Violation, input: { reason: string }, context: StepContext): Violation {
  requireStatus(v, ['DECIDED', 'RECORDED'], 'appealed');
  asPersonConcerned(v, context.actor, 'appeal');
  const { appealDueAt } = v.decision!;
  if (context.now >= appealDueAt)
    throw refuse.transition(
      `an appeal is possible within ${APPEAL_WORKING_DAYS} working days of the decision, until ${appealDueAt.toISOString()} (DOMAIN 4.5)`,
      { appealDueAt: appealDueAt.toISOString() },
    );
  const due = endOfWorkingDays(context.calendar, context.now, APPEAL_DECISION_WORKING_DAYS);
  return {
    ...v,
    status: 'APPEALED',
    appeal: {
      ...recorded(context, 'reason', input.reason),
      decisionDueAt: due.at,
      outcome: null,
      amendedPenalty: null,
      decided: null,
      overdueAt: null,
    },
    deadlinesProvisional: v.deadlinesProvisional || due.provisional,
  };
}

/** The GM office meeting decides the appeal: upheld, amended within the level, or revoked. */
export function decideAppeal(
  v: Violation,
  input: { outcome: AppealOutcome; penalty?: PenaltyKind | null; reason: string },
  context: Omit<StepContext, 'calendar'>,
): Violation {
  requireStatus(v, ['APPEALED'], 'decided on appeal');
  if (input.outcome !== 'AMENDED' && input.penalty)
    throw refuse.input('penalty', 'only an amended decision names a new penalty');
  if (input.outcome === 'AMENDED' && !input.penalty)
    throw refuse.input('penalty', 'an amended decision names the new penalty');
  const amendedPenalty = input.penalty ? penaltyFor(v.level, input.penalty, v.cases) : null;
  return {
    ...v,
    status: 'RESOLVED',
    appeal: {
      ...v.appeal!,
      outcome: input.outcome,
      amendedPenalty,
      decided: recorded(context, 'reason', input.reason),
    },
  };
}

/** Compliance closes a case without a penalty before HR has decided. */
export function dismissViolation(
  v: Violation,
  input: { reason: string },
  context: Omit<StepContext, 'calendar'>,
): Violation {
  requireStatus(v, ['OPEN', 'REPORTED', 'NOTIFIED', 'STATED'], 'dismissed');
  return {
    ...v,
    status: 'DISMISSED',
    dismissal: recorded(context, 'reason', input.reason),
  };
}

/** An appeal still undecided at or after its due time (DOMAIN 4.5: decided within 5 working days). */
export const appealDecisionOverdue = (v: Violation, now: Date): boolean =>
  v.status === 'APPEALED' && v.appeal !== null && now >= v.appeal.decisionDueAt;

/** Marks an overdue appeal decision as found (once): the scheduled check's change. */
export function markAppealOverdue(v: Violation, now: Date): Violation {
  if (!appealDecisionOverdue(v, now) || v.appeal!.overdueAt) return v;
  return { ...v, appeal: { ...v.appeal!, overdueAt: now } };
}

/** An appeal decided after its due time. */
export const appealDecidedLate = (v: Violation): boolean =>
  v.appeal?.decided != null && v.appeal.decided.at >= v.appeal.decisionDueAt;

/** The penalty in force: the decision's, or the appeal's outcome; null before a decision or when revoked. */
export function finalPenalty(v: Violation): Penalty | null {
  if (v.status === 'RESOLVED') {
    if (v.appeal?.outcome === 'REVOKED') return null;
    if (v.appeal?.outcome === 'AMENDED') return v.appeal.amendedPenalty;
  }
  return v.decision?.penalty ?? null;
}

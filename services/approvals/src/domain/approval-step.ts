import { refuse, type Department } from '@care/domain-kernel';
import { HIGHER_AUTHORITIES, authoritiesHeldBy, holderRoleOf, holdsStep, type Authority } from './authority';
import { covers, coversDepartment, isActive, type Delegation, type Matter } from './delegation';

export type StepDecision = 'APPROVE' | 'REJECT' | 'RETURN_FOR_CHANGES';

/** A decision taken by a higher authority in place of the step's own (DOMAIN 3.4). */
export interface SkipLevel {
  justification: string;
  riskAssessment: string;
  /** The higher authority the decider held. */
  authority: Authority;
}

/**
 * One step of a request's chain (DOMAIN 3.2): who decides it, by when, and what was decided. A request
 * returned for changes and resubmitted starts a new round at the step that returned it; the steps of
 * earlier rounds stay as they were decided.
 */
export interface ApprovalStep {
  round: number;
  /** 1 for the first step of the chain. */
  position: number;
  authority: Authority;
  /** The department whose head decides the step; null: any holder of the authority. */
  department: Department | null;
  /** Its share of the request's time limit (DOMAIN 3.3). */
  dueAt: Date;
  /** Who took the step: the person who decided it. */
  assignee: string | null;
  decision: StepDecision | null;
  decidedBy: string | null;
  /** The delegation the decider acted under (DOMAIN 3.5). */
  actingFor: string | null;
  /** Why: required for a rejection and a return for changes. */
  comment: string | null;
  decidedAt: Date | null;
  /** Decided after its due time: a supplementary decision with its explanation (DOMAIN 3.7). */
  decidedLate: boolean;
  overdueExplanation: string | null;
  skipLevel: SkipLevel | null;
  /** No longer part of the chain: returned for changes, or re-routed on resubmission. */
  superseded: boolean;
  /** When the overdue job found it undecided past its due time and announced it (DOMAIN 3.7). */
  overdueAt: Date | null;
}

/** Who decides, with what they hold (roles, department, delegations in force). */
export interface Decider {
  sub: string;
  roles: readonly string[];
  department?: string | null;
  delegations?: readonly Delegation[];
}

/** How a decider comes to decide a step. */
export type Standing =
  | { as: 'HOLDER' }
  | { as: 'DELEGATE'; delegation: Delegation }
  | { as: 'HIGHER'; authority: Authority; delegation?: Delegation };

export const MAX_JUSTIFICATION = 2000;
export const MAX_RISK_ASSESSMENT = 4000;

/** A new, undecided step. */
export const openStep = (
  round: number,
  s: { position: number; authority: Authority; department: Department | null; dueAt: Date },
): ApprovalStep => ({
  round,
  position: s.position,
  authority: s.authority,
  department: s.department,
  dueAt: s.dueAt,
  assignee: null,
  decision: null,
  decidedBy: null,
  actingFor: null,
  comment: null,
  decidedAt: null,
  decidedLate: false,
  overdueExplanation: null,
  skipLevel: null,
  superseded: false,
  overdueAt: null,
});

/** The chain as it stands: one step per position, in order. */
export const chainOf = (steps: readonly ApprovalStep[]): ApprovalStep[] =>
  steps.filter((s) => !s.superseded).sort((a, b) => a.position - b.position);

/** The first undecided step of the chain. */
export const firstOpenStep = (steps: readonly ApprovalStep[]): ApprovalStep | null =>
  chainOf(steps).find((s) => s.decision === null) ?? null;

/**
 * The delegations that give this person authority over the matter now: theirs, in force, and covering its
 * business type and amount (DOMAIN 3.5).
 */
export const delegationsFor = (by: Decider, matter: Matter, now: Date): Delegation[] =>
  (by.delegations ?? []).filter((d) => d.delegate === by.sub && isActive(d, now) && covers(d, matter));

/**
 * How this person may decide the step of this matter, or null: as the holder of its authority (see
 * holdsStep), as the delegate of that authority within the delegation's scope (DOMAIN 3.5), or as a
 * higher authority on the line, held or delegated: a skip-level decision (DOMAIN 3.4).
 */
export function standingFor(step: ApprovalStep, by: Decider, now: Date, matter: Matter): Standing | null {
  if (holdsStep(step, by)) return { as: 'HOLDER' };
  const delegations = delegationsFor(by, matter, now);
  const delegation = delegations.find(
    (d) => d.authority === step.authority && coversDepartment(d, step.department),
  );
  if (delegation) return { as: 'DELEGATE', delegation };
  const above = HIGHER_AUTHORITIES[step.authority];
  // The highest authority held: the lists run upwards.
  const held = authoritiesHeldBy(by.roles);
  const highest = above.filter((a) => held.includes(a)).pop();
  if (highest) return { as: 'HIGHER', authority: highest };
  const delegated = delegations.find((d) => above.includes(d.authority));
  return delegated ? { as: 'HIGHER', authority: delegated.authority, delegation: delegated } : null;
}

/** Why this person may not decide the step of this matter. */
export function notAuthorised(step: ApprovalStep, by: Decider, matter: Matter, now: Date) {
  const outOfScope = (by.delegations ?? []).some(
    (d) => d.delegate === by.sub && isActive(d, now) && d.authority === step.authority && !covers(d, matter),
  );
  if (outOfScope)
    return refuse.forbidden(
      `your delegation of ${step.authority} does not cover a ${matter.type} of ${matter.amount} CNY: a delegate ` +
        'decides within the delegated business types and amount only',
    );
  if (step.department && by.roles.includes(holderRoleOf(step.authority, null)))
    return refuse.forbidden(`only the head of ${step.department} or a higher authority may decide this step`);
  return refuse.forbidden(`only ${step.authority} or a higher authority may decide this request`);
}

/** A skip-level decision's written justification and risk assessment, both required (DOMAIN 3.4). */
export function skipLevelOf(
  input: { justification?: string | null; riskAssessment?: string | null } | null | undefined,
  authority: Authority,
  stepAuthority: Authority,
): SkipLevel {
  const required = (value: string | null | undefined, field: string, max: number, what: string) => {
    const text = value?.trim() ?? '';
    if (!text)
      throw refuse.input(
        `skipLevel.${field}`,
        `deciding in place of ${stepAuthority} is a skip-level decision: it needs ${what} (skipLevel.${field})`,
      );
    if (text.length > max) throw refuse.input(`skipLevel.${field}`, `at most ${max} characters`);
    return text;
  };
  return {
    justification: required(
      input?.justification,
      'justification',
      MAX_JUSTIFICATION,
      'a written justification',
    ),
    riskAssessment: required(
      input?.riskAssessment,
      'riskAssessment',
      MAX_RISK_ASSESSMENT,
      'a risk assessment',
    ),
    authority,
  };
}

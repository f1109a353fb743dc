import type { Department } from '@care/domain-kernel';
import { Decimal } from 'decimal.js';
import type { Authority } from './authority';
import type { ApprovalType, AuthorityPolicyDocument, PolicyBand, PolicyRule } from './authority-policy';

/** A step of a request's chain as the policy routes it. */
export interface RoutedStep {
  /** 1 for the first step. */
  position: number;
  authority: Authority;
  /** The department whose head decides it; null: any holder of the authority. */
  department: Department | null;
}

/** The chain a request of this type, amount and department travels, and its time limit. */
export interface Route {
  steps: RoutedStep[];
  workingDays: number;
  /** The authority of the last step: who finally decides, by the matrix (DOMAIN 3.1). */
  requiredAuthority: Authority;
}

/** The calendar's working-day arithmetic (DOMAIN "Working days"), injected. */
export type AddWorkingDays = (from: Date, days: number) => { value: Date; provisional: boolean };

const inBand = (amount: Decimal, band: PolicyBand): boolean =>
  band.upTo != null
    ? amount.lessThanOrEqualTo(band.upTo)
    : band.below != null
      ? amount.lessThan(band.below)
      : true;

function ruleFor(
  document: AuthorityPolicyDocument,
  type: ApprovalType,
  department: Department | null,
): PolicyRule {
  const rule =
    (department && document.rules.find((r) => r.type === type && r.department === department)) ||
    document.rules.find((r) => r.type === type && !r.department);
  if (!rule) throw new Error(`the authority policy has no rule for ${type}`);
  return rule;
}

/**
 * The chain a request travels by the policy (DOMAIN 3.1, 3.2): the rule of its type (its department's,
 * when the policy has one), the band its amount falls in (up to and including `upTo`, below `below`).
 */
export function routeOf(
  document: AuthorityPolicyDocument,
  type: ApprovalType,
  amountCny: string,
  department: Department | null,
): Route {
  const amount = new Decimal(amountCny);
  if (amount.isNegative()) throw new RangeError('an approval amount cannot be negative');
  const rule = ruleFor(document, type, department);
  const band = rule.bands.find((b) => inBand(amount, b));
  if (!band) throw new Error('the authority policy has no open-ended top band');
  const steps = band.steps.map((s, i) => ({
    position: i + 1,
    authority: s.authority,
    department: s.applicantDepartment ? department : null,
  }));
  return { steps, workingDays: rule.workingDays, requiredAuthority: steps[steps.length - 1]!.authority };
}

/** The same chain position by position: the same authority for the same department. */
export const sameStep = (a: Omit<RoutedStep, 'position'>, b: Omit<RoutedStep, 'position'>): boolean =>
  a.authority === b.authority && a.department === b.department;

/**
 * Deadlines (DOMAIN 3.3): the steps share the time limit equally in working time, counted from `from`,
 * the last one due when the whole approval is. `steps` are the ones still to decide.
 */
export function scheduleSteps<S extends RoutedStep>(
  steps: readonly S[],
  from: Date,
  workingDays: number,
  addWorkingDays: AddWorkingDays,
): { steps: (S & { dueAt: Date })[]; dueAt: Date; provisional: boolean } {
  let provisional = false;
  const scheduled = steps.map((s, i) => {
    const due =
      i === steps.length - 1
        ? addWorkingDays(from, workingDays)
        : addWorkingDays(from, (workingDays * (i + 1)) / steps.length);
    provisional ||= due.provisional;
    return { ...s, dueAt: due.value };
  });
  const whole = addWorkingDays(from, workingDays);
  return { steps: scheduled, dueAt: whole.value, provisional: provisional || whole.provisional };
}

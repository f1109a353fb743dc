import type { Department } from '@care/domain-kernel';
import type { ApprovalStep, Decider } from './approval-step';
import {
  AUTHORITIES,
  DEPARTMENT_LED_BY,
  HIGHER_AUTHORITIES,
  authoritiesHeldBy,
  type Authority,
} from './authority';
import type { ApprovalType } from './authority-policy';
import { isActive } from './delegation';

/** Which steps of an authority a lane holds, by the department they name. */
export type DepartmentMatch =
  /** Whatever department, or none. */
  | { match: 'ANY' }
  /** Steps naming this department, or none (any department head decides those); null: only those naming none. */
  | { match: 'OWN_OR_NONE'; department: string | null }
  /** Only steps naming this department. */
  | { match: 'EXACTLY'; department: Department };

/**
 * One kind of step a person may decide now (`myPendingApprovals`): the current steps of pending requests of
 * an authority, for a department, within a delegation's scope, or only once marked overdue.
 */
export interface QueueLane {
  authority: Authority;
  department: DepartmentMatch;
  /** A delegation's scope: its business types and largest amount (null: none of its own). */
  scope: { types: readonly ApprovalType[]; maxAmount: string | null } | null;
  /** Only steps the overdue job marked: they also appear in the next authority's queue (DOMAIN 3.7). */
  overdueOnly: boolean;
}

/** The authority right above this one on the line, whose queue shows its overdue steps; null: none. */
export const nextAuthority = (authority: Authority): Authority | null =>
  HIGHER_AUTHORITIES[authority][0] ?? null;

/**
 * The lanes of a person's queue, mirroring who may decide a step (standingFor): the steps of the
 * authorities they hold (a department head's: their department's, or naming none; customer service's
 * director: its department head's), those of the delegations in force they received, within their scope
 * (DOMAIN 3.5), and the overdue steps of the authorities right below the ones they hold or received
 * (DOMAIN 3.7), which they would decide as a skip-level decision (DOMAIN 3.4).
 */
export function queueLanes(by: Decider, now: Date): QueueLane[] {
  const held = authoritiesHeldBy(by.roles);
  const lanes: QueueLane[] = held.map((authority) => ({
    authority,
    department:
      authority === 'DEPARTMENT_HEAD'
        ? { match: 'OWN_OR_NONE', department: by.department ?? null }
        : { match: 'ANY' },
    scope: null,
    overdueOnly: false,
  }));
  for (const [department, role] of Object.entries(DEPARTMENT_LED_BY))
    if (by.roles.includes(role))
      lanes.push({
        authority: 'DEPARTMENT_HEAD',
        department: { match: 'EXACTLY', department: department as Department },
        scope: null,
        overdueOnly: false,
      });
  const delegations = (by.delegations ?? []).filter((d) => d.delegate === by.sub && isActive(d, now));
  for (const d of delegations)
    lanes.push({
      authority: d.authority,
      department: d.department ? { match: 'OWN_OR_NONE', department: d.department } : { match: 'ANY' },
      scope: { types: d.businessTypes, maxAmount: d.maxAmount },
      overdueOnly: false,
    });
  for (const below of AUTHORITIES) {
    const next = nextAuthority(below);
    if (!next) continue;
    const escalated = { authority: below, department: { match: 'ANY' } as const, overdueOnly: true };
    if (held.includes(next)) lanes.push({ ...escalated, scope: null });
    for (const d of delegations.filter((x) => x.authority === next))
      lanes.push({ ...escalated, scope: { types: d.businessTypes, maxAmount: d.maxAmount } });
  }
  return lanes;
}

/** How the caller would decide a step of their queue. */
export type DecidingAs = 'HOLDER' | 'DELEGATE' | 'SKIP_LEVEL';

/** A step the caller may decide now, with its request's id. */
export interface QueueEntry<R> {
  request: R;
  step: ApprovalStep;
  decidingAs: DecidingAs;
  /** The delegation the caller would act under (DOMAIN 3.5). */
  delegation: string | null;
}

import { DEPARTMENTS, type Department } from '@care/domain-kernel';
import type { OpenInput as RectificationInput } from './rectification';
import type { OpenInput as ViolationInput } from './violation';
import { type NamedCategory, VIOLATION_CATEGORIES } from './violation-policy';

/*
 * Violations other services' events reveal (DOMAIN 4.5), as pure rules: what each event says, and the
 * violation (and, for an unratified emergency, the rectification item) it opens.
 */

/** The staff id behind an event's actor; null for a service account, which is nobody to penalise. */
export const personOfActor = (actor: { kind: string; id: string }): string | null =>
  actor.kind === 'user' ? actor.id : null;

/** A violation an event reveals: one case of a named category, at its level, of `personId` if anyone's. */
export const detected = (
  category: NamedCategory,
  personId: string | null,
  summary: string,
  subject: { type: string; id: string },
): ViolationInput => ({
  level: VIOLATION_CATEGORIES[category],
  category,
  cases: 1,
  personId,
  summary,
  subject,
});

const isDepartment = (value: string | null | undefined): value is Department =>
  (DEPARTMENTS as readonly string[]).includes(value ?? '');

/** What governance reads from approvals' `emergency.ratification_overdue`. */
export interface UnratifiedEmergency {
  requestId: string;
  type: string;
  amount: string;
  currency: string;
  requestedBy: string;
  ratificationDueAt: string;
  reference: { service: string; aggregate: string; id: string } | null;
  /** The department whose head decides the step still open, if any. */
  openStepDepartment: string | null;
}

/** A complaint's emergency compensation is customer service's (DOMAIN 3.6). */
const DEPARTMENT_OF_SERVICE: Readonly<Record<string, Department>> = { complaints: 'CUSTOMER_SERVICE' };

/**
 * DOMAIN 3.6 with 4.5: an emergency carried out at once but never ratified by its approval is a serious
 * violation of the person who asked (500 per case proposed), and a rectification item: the department
 * behind it completes the approval within 7 working days; when no department can be told, the item is
 * escalated and the GM office meeting names its owner (DOMAIN 4.4).
 */
export function unratifiedEmergency(e: UnratifiedEmergency): {
  violation: ViolationInput;
  rectification: (violationId: string) => RectificationInput;
} {
  const department = isDepartment(e.openStepDepartment)
    ? e.openStepDepartment
    : (DEPARTMENT_OF_SERVICE[e.reference?.service ?? ''] ?? null);
  const what =
    `${e.type} emergency of ${e.amount} ${e.currency} (approval request ${e.requestId}` +
    `${e.reference ? `, ${e.reference.service}/${e.reference.aggregate}/${e.reference.id}` : ''})`;
  return {
    violation: detected(
      'EMERGENCY_NOT_RATIFIED',
      e.requestedBy,
      `The ${what} was not ratified by ${e.ratificationDueAt} (DOMAIN 3.6)`,
      { type: 'approval_request', id: e.requestId },
    ),
    rectification: (violationId) => ({
      source: 'VIOLATION',
      sourceId: violationId,
      description: `Complete the approval of the ${what} and explain the delay in writing (DOMAIN 3.6, 3.7)`,
      severity: department ? 'ORDINARY' : 'MAJOR',
      ownerDepartment: department,
    }),
  };
}

/** What governance reads from loyalty's `account.frozen`. */
export interface AccountFreeze {
  freezeId: string;
  customerId: string;
  freezeDueAt: string;
  frozenAt: string;
  frozenOnTime: boolean;
  /** Who froze it (the event's actor). */
  actor: { kind: string; id: string };
}

/** DOMAIN 2.6 with 4.5: a points-anomaly freeze later than its 2 hours is an ordinary violation; none when in time. */
export function lateFreeze(f: AccountFreeze): ViolationInput | null {
  if (f.frozenOnTime) return null;
  return detected(
    'LATE_POINTS_FREEZE',
    personOfActor(f.actor),
    `The loyalty account of customer ${f.customerId} was frozen at ${f.frozenAt}, after its deadline ` +
      `${f.freezeDueAt} (DOMAIN 2.6: within 2 hours)`,
    { type: 'account_freeze', id: f.freezeId },
  );
}

/** What governance reads from loyalty's `customer_change.reviewed`. */
export interface ChangeResponse {
  changeId: string;
  customerId: string;
  answeredAt: string;
  onTime: boolean;
  /** When loyalty announced it unanswered past its deadline (`customer_change.response_overdue`), if it did. */
  overdueAt?: string | null;
  /** Who answered it (the event's actor). */
  actor: { kind: string; id: string };
}

/**
 * DOMAIN 2.5 with 4.5: a change request answered after its 2 hours is an ordinary violation of the person
 * who answered; none when in time, and none when its lateness was announced already while it waited (the
 * violation opened then: one late response, one violation).
 */
export function lateChangeResponse(c: ChangeResponse): ViolationInput | null {
  if (c.onTime || c.overdueAt) return null;
  return detected(
    'LATE_CHANGE_RESPONSE',
    personOfActor(c.actor),
    `The data change request ${c.changeId} of customer ${c.customerId} was answered late, at ` +
      `${c.answeredAt} (DOMAIN 2.5: within 2 hours)`,
    { type: 'customer_change', id: c.changeId },
  );
}

/** What governance reads from loyalty's `customer_change.response_overdue`. */
export interface UnansweredChange {
  changeId: string;
  customerId: string;
  dueAt: string;
  overdueAt: string;
}

/**
 * DOMAIN 2.5 with 4.5: a change request still unanswered after its 2 hours is a late response, an
 * ordinary violation, opened when loyalty announces it. Nobody has answered, so nobody is named: HR
 * finds who should have (the request's later answer opens no second one).
 */
export const unansweredChange = (c: UnansweredChange): ViolationInput =>
  detected(
    'LATE_CHANGE_RESPONSE',
    null,
    `The data change request ${c.changeId} of customer ${c.customerId} was still unanswered at ` +
      `${c.overdueAt}, past its deadline ${c.dueAt} (DOMAIN 2.5: within 2 hours)`,
    { type: 'customer_change', id: c.changeId },
  );

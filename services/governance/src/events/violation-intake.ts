import {
  accountFrozen,
  customerChangeResponseOverdue,
  customerChangeReviewed,
  emergencyRatificationOverdue,
} from '@care/contracts';
import { onEvent, subscription, type Subscription } from '@care/messaging';
import {
  openLateChangeViolation,
  openLateFreezeViolation,
  openUnansweredChangeViolation,
  openUnratifiedEmergencyViolation,
} from '../application/open-event-violations';
import type { Deps } from '../application/ports';
import { tracedTransaction as traced } from './traced-transaction';

/**
 * Violations the other services' events reveal as they arrive (DOMAIN 4.5), once per event: an emergency
 * never ratified (approvals' `emergency.ratification_overdue`: a serious violation and a rectification
 * item), a points freeze later than its deadline (loyalty's `account.frozen` with `frozenOnTime` false)
 * and a change request answered late: ordinary violations, opened when loyalty announces it still
 * unanswered past its deadline (`customer_change.response_overdue`), else when it is answered late
 * (`customer_change.reviewed` with `onTime` false). An unapproved discount is found by the `unapproved-discounts` job (violation-detection.ts).
 */
export function violationIntake(deps: Pick<Deps, 'clock' | 'newId' | 'calendar'>): Subscription {
  return subscription(
    'violation-intake',
    onEvent(emergencyRatificationOverdue, (data, event, tx) =>
      traced(tx, (t) =>
        openUnratifiedEmergencyViolation(
          deps,
          t,
          { ...data, openStepDepartment: data.currentStep?.department ?? null },
          event,
        ),
      ),
    ),
    onEvent(accountFrozen, (data, event, tx) =>
      traced(tx, (t) => openLateFreezeViolation(deps, t, { ...data, actor: event.actor }, event)),
    ),
    onEvent(customerChangeReviewed, (data, event, tx) =>
      traced(tx, (t) => openLateChangeViolation(deps, t, { ...data, actor: event.actor }, event)),
    ),
    onEvent(customerChangeResponseOverdue, (data, event, tx) =>
      traced(tx, (t) => openUnansweredChangeViolation(deps, t, data, event)),
    ),
  );
}

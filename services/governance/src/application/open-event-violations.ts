import { reactionTo, type Envelope } from '@care/contracts';
import type { OpenInput } from '../domain/violation';
import {
  type AccountFreeze,
  type ChangeResponse,
  lateChangeResponse,
  lateFreeze,
  unansweredChange,
  type UnansweredChange,
  unratifiedEmergency,
  type UnratifiedEmergency,
} from '../domain/detected-violations';
import type { Violation } from '../domain/violation';
import { GOVERNANCE_ACCOUNT, openDetectedViolation } from './detect-violations';
import { openRectificationWithin } from './open-rectification-item';
import type { Deps, Transaction } from './ports';

/*
 * Violations opened from other services' events as they arrive (DOMAIN 4.5), in the transaction that
 * records the event as handled: each event opens at most one violation, however often it is delivered
 * (the consumer's inbox, and the violation's unique detecting event).
 */

type Needs = Pick<Deps, 'clock' | 'newId' | 'calendar'>;

/**
 * An emergency never ratified (approvals' `emergency.ratification_overdue`, DOMAIN 3.6): a serious
 * violation of the person who asked, and a rectification item for it.
 */
export async function openUnratifiedEmergencyViolation(
  deps: Needs,
  tx: Transaction,
  emergency: UnratifiedEmergency,
  cause: Envelope,
): Promise<Violation | null> {
  const found = unratifiedEmergency(emergency);
  const violation = await openDetectedViolation(deps, tx, found.violation, cause);
  if (!violation) return null;
  await openRectificationWithin(deps, tx, found.rectification(violation.id), {
    actor: GOVERNANCE_ACCOUNT,
    at: violation.opened.at,
    eventId: cause.id,
    context: reactionTo(cause, GOVERNANCE_ACCOUNT),
  });
  return violation;
}

/** The reaction to one kind of fact: the violation its detection finds opened, or nothing when none. */
const openOnDetection =
  <F>(detect: (fact: F) => OpenInput | null) =>
  async (deps: Needs, tx: Transaction, fact: F, cause: Envelope): Promise<Violation | null> => {
    const found = detect(fact);
    return found ? openDetectedViolation(deps, tx, found, cause) : null;
  };

/** A points freeze later than its deadline (loyalty's `account.frozen`, DOMAIN 2.6): an ordinary violation. */
export const openLateFreezeViolation = openOnDetection<AccountFreeze>(lateFreeze);

/** A change request answered late (loyalty's `customer_change.reviewed`, DOMAIN 2.5): an ordinary violation. */
export const openLateChangeViolation = openOnDetection<ChangeResponse>(lateChangeResponse);

/** A change request still unanswered past its deadline (loyalty's `customer_change.response_overdue`, DOMAIN 2.5). */
export const openUnansweredChangeViolation = openOnDetection<UnansweredChange>(unansweredChange);

import { discountIssued, reactionTo, type Envelope } from '@care/contracts';
import { type Caller, eventContextOf } from '@care/service-kit';
import { detectViolation, markAppealOverdue, type OpenInput, type Violation } from '../domain/violation';
import { detected } from '../domain/detected-violations';
import type { Deps, Transaction } from './ports';
import { changeTraced, tracedUnitOfWork } from './traced-unit-of-work';
import { VIOLATIONS } from './violation-steps';
import { violationEvents } from './events';

/** The service account governance's detections act as. */
export const GOVERNANCE_ACCOUNT = 'governance';
/** Detections handled per job run. */
const BATCH = 100;

/**
 * Opens a violation found in another service's event (DOMAIN 4.5), once per event, in the transaction
 * `tx` that handles it; null when that event opened one already.
 */
export async function openDetectedViolation(
  deps: Pick<Deps, 'clock' | 'newId'>,
  tx: Transaction,
  input: OpenInput,
  cause: Pick<Envelope, 'id' | 'type' | 'correlationId'>,
): Promise<Violation | null> {
  const now = deps.clock.now();
  const violation = detectViolation(
    input,
    { eventType: cause.type, eventId: cause.id },
    { id: deps.newId(), actor: `service:${GOVERNANCE_ACCOUNT}`, now },
  );
  if (!(await tx.violations.insert(violation))) return null;
  await tx.outbox.enqueue(...violationEvents(null, violation, now, reactionTo(cause, GOVERNANCE_ACCOUNT)));
  return violation;
}

/** The staff id behind an event's actor (`user:<sub>`); null for a service account. */
const personOf = (actor: string): string | null => (actor.startsWith('user:') ? actor.slice(5) : null);

/**
 * A discount issued without its approval is a serious violation (DOMAIN 4.5, 500 per case): each issued
 * discount that needed an approval, with none seen within the grace period after governance learned of
 * the issue, opens one, proposing the fine; the person who issued it is named when a person did.
 */
export async function detectUnapprovedDiscounts(deps: Deps): Promise<Violation[]> {
  const seenBefore = new Date(
    deps.clock.now().getTime() - deps.violationSettings.discountApprovalGraceMinutes * 60_000,
  );
  return tracedUnitOfWork(deps)(async (tx) => {
    const opened: Violation[] = [];
    for (const discount of await tx.discounts.unapprovedIssued(seenBefore, BATCH)) {
      const violation = await openDetectedViolation(
        deps,
        tx,
        detected(
          'DISCOUNT_WITHOUT_APPROVAL',
          personOf(discount.issuedBy),
          `${discount.kind ?? 'A'} discount ${discount.discountId} worth ${discount.value ?? '?'} CNY was issued ` +
            `by ${discount.issuedBy} without its approval`,
          { type: 'discount', id: discount.discountId },
        ),
        { id: discount.issuedEventId, type: discountIssued.type, correlationId: discount.issuedEventId },
      );
      if (violation) opened.push(violation);
      // Linked either way (an event that opened a violation already needs no second look).
      await tx.discounts.linkViolation(discount.discountId, discount.issuedEventId);
    }
    return opened;
  });
}

/**
 * Appeals not decided within their 5 working days (DOMAIN 4.5): each is marked once and announced with
 * `violation.appeal_overdue`.
 */
export async function detectOverdueAppeals(deps: Deps): Promise<Violation[]> {
  const now = deps.clock.now();
  const due = await deps.violations.overdueAppeals(now, BATCH);
  const marked: Violation[] = [];
  const service: Caller = {
    actor: { sub: GOVERNANCE_ACCOUNT, name: GOVERNANCE_ACCOUNT, roles: ['service'] },
    correlationId: deps.newId(),
  };
  for (const violation of due)
    marked.push(
      await changeTraced(deps, VIOLATIONS, eventContextOf(service), {
        id: violation.id,
        expectedVersion: violation.version,
        apply: (v, at) => markAppealOverdue(v, at),
        events: violationEvents,
      }),
    );
  return marked;
}

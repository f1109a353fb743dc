import { isRefusal, refuse } from '@care/domain-kernel';
import { authorised, eventContextOf, type Caller } from '@care/service-kit';
import { INTAKE_ROLES } from '../domain/access';
import type { Complaint, RuleContext } from '../domain/complaint';
import {
  complaintNumber,
  draftIntake,
  idempotencyKeyTaken,
  yearIn,
  type IntakeInput,
} from '../domain/intake';
import { actingRole } from './change-complaint';
import { receivedEvent } from './events';
import type { Deps, Transaction } from './ports';

/** Takes the complaint in, numbered and acknowledged, inside the caller's transaction. */
export async function intakeIn(
  tx: Transaction,
  deps: Deps,
  caller: Caller,
  input: IntakeInput,
  ctx: RuleContext,
  related?: string,
): Promise<Complaint> {
  const year = yearIn(deps.timeZone, input.receivedAt ?? ctx.now);
  const tier = await tx.tiers.tierOf(input.customerId);
  // The number last: the year's counter stays locked from here to the commit.
  const numbered = draftIntake(input, deps.newId(), ctx, tier);
  const complaint = numbered(complaintNumber(year, await tx.numbers.next(year)));
  if (related) complaint.relatedComplaintId = related;
  await tx.complaints.insert(complaint);
  await tx.outbox.enqueue(receivedEvent(complaint, eventContextOf(caller)));
  return complaint;
}

/** A repeated key must be the same filing: the same key for another customer is a client error. */
function sameFiling(existing: Complaint, input: IntakeInput): Complaint {
  if (existing.customerId !== input.customerId) throw idempotencyKeyTaken();
  return existing;
}

/**
 * DOMAIN 1.1-1.2: a complaint, inquiry or suggestion from any channel, with a gapless number and the
 * acknowledgement computed on the working calendar. A repeated client key returns the first filing.
 * The customer must be one loyalty registered (NOT_FOUND otherwise); a customer registered a moment
 * ago is known as soon as its `customer.registered` event has been applied here.
 */
export const fileComplaint = authorised(INTAKE_ROLES, async (deps: Deps, caller, input: IntakeInput) => {
  const key = input.idempotencyKey?.trim() || null;
  if (key) {
    const existing = await deps.complaints.findByIdempotencyKey(key);
    if (existing) return sameFiling(existing, input);
  }
  const ctx: RuleContext = {
    now: deps.clock.now(),
    calendar: deps.calendar,
    actor: { id: caller.actor.sub, role: actingRole(caller, INTAKE_ROLES) },
  };
  try {
    return await deps.unitOfWork(async (tx) => {
      // A complaint names a customer the platform knows (loyalty's registrations, projected here).
      if (!(await tx.customers.isKnown(input.customerId)))
        throw refuse.notFound('Customer', input.customerId);
      return intakeIn(tx, deps, caller, input, ctx);
    });
  } catch (error) {
    // The same key filed concurrently (the repository's CONFLICT on the key): the other filing won.
    if (key && isRefusal(error) && error.code === 'CONFLICT' && error.details?.field === 'idempotencyKey') {
      const existing = await deps.complaints.findByIdempotencyKey(key);
      if (existing) return sameFiling(existing, input);
    }
    throw error;
  }
});

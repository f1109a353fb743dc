import type { EventContext } from '@care/contracts';
import type { WorkingCalendar } from '@care/calendar';
import { changeAggregate } from '@care/service-kit';
import { applyCompensationDecision, awaitsDecision } from '../domain/compensation';
import { within } from './change-complaint';
import { happeningEvents } from './events';
import type { Transaction } from './ports';

export interface ApprovalDecision {
  requestId: string;
  reference: { service: string; aggregate: string; id: string } | null;
  outcome: 'APPROVED' | 'REJECTED' | 'WITHDRAWN';
  reason: string | null;
}

/** The service account that applies approvals' decisions. */
const APPROVALS_ACTOR = { id: 'service:approvals', role: 'approvals' };

/**
 * Approvals decided a compensation this service asked for (reference complaints/solution/<id>):
 * approved -> granted (`compensation_granted`, loyalty credits the points); for an emergency already
 * granted, the approval is recorded as completed afterwards (DOMAIN 3.6). Other references, and a
 * compensation already decided (a repeated decision), change nothing. Runs in the event's transaction.
 */
export async function applyApprovalDecision(
  tx: Transaction,
  decision: ApprovalDecision,
  { now, calendar }: { now: Date; calendar: WorkingCalendar },
  context: EventContext,
): Promise<boolean> {
  const ref = decision.reference;
  if (!ref || ref.service !== 'complaints' || ref.aggregate !== 'solution') return false;
  const current = await tx.complaints.findByCompensationSolution(ref.id);
  if (!current || !awaitsDecision(current)) return false;
  await changeAggregate(within(tx), {
    what: 'Complaint',
    id: current.id,
    load: async () => current,
    apply: (c) => {
      const { complaint, happened } = applyCompensationDecision(c, decision, {
        now,
        calendar,
        actor: APPROVALS_ACTOR,
      });
      return { next: complaint, events: happeningEvents(complaint, happened, now, context) };
    },
    save: (t, next, version) => t.complaints.save(next, version),
  });
  return true;
}

import { reactionTo, type Envelope } from '@care/contracts';
import type { WorkingCalendar } from '@care/calendar';
import { applyCompensationDecision } from '../domain/compensation';
import { happeningEvents } from './events';
import type { Transaction } from './ports';

export interface ApprovalDecision {
  requestId: string;
  reference: { service: string; aggregate: string; id: string } | null;
  outcome: 'APPROVED' | 'REJECTED' | 'WITHDRAWN';
  reason: string | null;
}

/**
 * Approvals decided a compensation this service asked for (reference complaints/solution/<id>):
 * approved -> granted (`compensation_granted`, loyalty credits the points); for an emergency already
 * granted, the approval is recorded as completed afterwards (DOMAIN 3.6). Other references are ignored.
 */
export async function applyApprovalDecision(
  tx: Transaction,
  calendar: WorkingCalendar,
  now: Date,
  decision: ApprovalDecision,
  cause: Envelope,
): Promise<boolean> {
  const ref = decision.reference;
  if (!ref || ref.service !== 'complaints' || ref.aggregate !== 'solution') return false;
  const current = await tx.complaints.findByCompensationSolution(ref.id);
  if (!current) return false;
  const outcome = applyCompensationDecision(current, decision, {
    now,
    calendar,
    actor: { id: `service:approvals`, role: 'approvals' },
  });
  if (outcome.complaint.compensation?.status === current.compensation?.status) return false;
  const saved = await tx.complaints.save(outcome.complaint, current.version);
  await tx.outbox.enqueue(...happeningEvents(saved, outcome.happened, now, reactionTo(cause, 'complaints')));
  return true;
}

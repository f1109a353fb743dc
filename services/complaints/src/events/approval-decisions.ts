import type { WorkingCalendar } from '@care/calendar';
import { approvalRequestDecided, SERVICES } from '@care/contracts';
import { EventConsumer } from '@care/messaging';
import type { MessagingContext } from '@care/service-kit';
import { applyApprovalDecision } from '../application/apply-approval-decision';
import type { Clock } from '../application/ports';
import { transactionOf } from '../persistence';

/** Approvals' decisions on the compensations this service asked for (reference complaints/solution). */
export function approvalDecisionsConsumer(
  context: MessagingContext,
  deps: { clock: Clock; calendar: WorkingCalendar },
): EventConsumer {
  return new EventConsumer({
    ...context,
    service: 'complaints',
    purpose: 'approval-decisions',
    sources: [{ stream: SERVICES.approvals.stream, subjects: [approvalRequestDecided.subject] }],
    handle: async (event, tx) => {
      if (event.type !== approvalRequestDecided.type) return;
      const data = approvalRequestDecided.data.parse(event.data);
      if (data.reference?.service !== 'complaints') return;
      await applyApprovalDecision(transactionOf(tx), deps.calendar, deps.clock.now(), data, event);
    },
  });
}

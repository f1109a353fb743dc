import {
  approvalRequestDecided,
  complaintClassified,
  complaintCompensationGranted,
  SERVICES,
  type Envelope,
  reactionTo,
} from '@care/contracts';
import { EventConsumer } from '@care/messaging';
import type { MessagingContext } from '@care/service-kit';
import { applyApprovalDecision } from '../application/apply-approval-decision';
import { creditCompensation } from '../application/credit-compensation';
import { freezeOnComplaint } from '../application/freeze-on-complaint';
import type { Clock } from '../application/ports';
import type { WorkingTime } from '../domain/working-time';
import { transactionOf } from '../persistence';

export interface ConsumerDeps {
  clock: Clock;
  calendar: WorkingTime;
  newId: () => string;
}

/** Events loyalty causes in reaction to another service's event: the service account, same correlation. */
const contextOf = (event: Envelope) => reactionTo(event, 'customers-and-loyalty');

/** Complaints: a points-anomaly classification freezes the account (DOMAIN 2.6). */
export function complaintClassifiedConsumer(context: MessagingContext, deps: ConsumerDeps): EventConsumer {
  return new EventConsumer({
    ...context,
    service: 'loyalty',
    purpose: 'points-anomaly-freeze',
    // One subject per durable consumer: the local NATS 2.9 has no filter_subjects.
    sources: [{ stream: SERVICES.complaints.stream, subjects: [complaintClassified.subject] }],
    handle: async (event, manager) => {
      if (event.type !== complaintClassified.type) return;
      const data = complaintClassified.data.parse(event.data);
      await freezeOnComplaint(
        transactionOf(manager),
        data,
        { now: deps.clock.now(), calendar: deps.calendar, newId: deps.newId },
        contextOf(event),
      );
    },
  });
}

/** Complaints: a granted compensation credits its points (a COMPENSATE entry, once per solution). */
export function compensationConsumer(context: MessagingContext, deps: ConsumerDeps): EventConsumer {
  return new EventConsumer({
    ...context,
    service: 'loyalty',
    purpose: 'compensation',
    sources: [{ stream: SERVICES.complaints.stream, subjects: [complaintCompensationGranted.subject] }],
    handle: async (event, manager) => {
      if (event.type !== complaintCompensationGranted.type) return;
      const data = complaintCompensationGranted.data.parse(event.data);
      await creditCompensation(
        transactionOf(manager),
        data,
        { now: deps.clock.now(), newId: deps.newId },
        contextOf(event),
      );
    },
  });
}

/** Approvals: decisions about loyalty's own requests (redemptions, discounts, campaigns). */
export function approvalsConsumer(context: MessagingContext, deps: ConsumerDeps): EventConsumer {
  return new EventConsumer({
    ...context,
    service: 'loyalty',
    purpose: 'approval-decisions',
    sources: [{ stream: SERVICES.approvals.stream, subjects: [approvalRequestDecided.subject] }],
    handle: async (event, manager) => {
      if (event.type !== approvalRequestDecided.type) return;
      const data = approvalRequestDecided.data.parse(event.data);
      await applyApprovalDecision(
        transactionOf(manager),
        data,
        { now: deps.clock.now(), calendar: deps.calendar },
        contextOf(event),
      );
    },
  });
}

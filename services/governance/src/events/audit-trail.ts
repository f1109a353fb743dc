import { SERVICES } from '@care/contracts';
import { EventConsumer } from '@care/messaging';
import type { MessagingContext } from '@care/service-kit';
import { traceEvent } from '../application/trace-event';
import { TypeOrmAuditEntryRepository } from '../persistence';

/** The streams whose events enter the audit trail: every other service's (governance's own notes are entries already). */
export const TRACED_STREAMS = [
  SERVICES.complaints.stream,
  SERVICES.loyalty.stream,
  SERVICES.approvals.stream,
];

export function auditTrailConsumer(context: MessagingContext): EventConsumer {
  return new EventConsumer({
    ...context,
    service: 'governance',
    purpose: 'audit-trail',
    sources: TRACED_STREAMS.map((stream) => ({ stream })),
    handle: (event, tx) => traceEvent(new TypeOrmAuditEntryRepository(tx), event),
  });
}

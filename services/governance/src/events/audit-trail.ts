import { SERVICES } from '@care/contracts';
import { onEveryEvent, subscription } from '@care/messaging';
import { traceEvent } from '../application/trace-event';
import { SqlAuditEntryRepository } from '../persistence';

/** The streams whose events enter the audit trail: every other service's (governance's own notes are entries already). */
export const TRACED_STREAMS = [
  SERVICES.complaints.stream,
  SERVICES.loyalty.stream,
  SERVICES.approvals.stream,
];

/** Every event of the other services enters the audit trail once (DOMAIN 4.1). */
export const auditTrail = subscription(
  'audit-trail',
  onEveryEvent(TRACED_STREAMS, (event, tx) => traceEvent(new SqlAuditEntryRepository(tx), event)),
);

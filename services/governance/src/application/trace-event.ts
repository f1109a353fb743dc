import { auditEntryFromEvent, type TracedEvent } from '../domain/audit-entry';
import type { AuditEntryRepository } from './ports';

/** Governance's consumer of every other service's events: each becomes one audit entry (DOMAIN 4.1). */
export async function traceEvent(entries: AuditEntryRepository, event: TracedEvent): Promise<void> {
  await entries.insertOnce(auditEntryFromEvent(event));
}

import type { EventDefinition } from './define';
import { approvalRequestSubmitted } from './events/approvals';
import { complaintReceived } from './events/complaints';
import { auditNoteRecorded } from './events/governance';
import { customerRegistered } from './events/loyalty';

/** Every public event, in catalogue order. Changes are additive; a breaking change is a new version. */
export const EVENTS: EventDefinition[] = [
  customerRegistered,
  complaintReceived,
  approvalRequestSubmitted,
  auditNoteRecorded,
];

export function eventByType(type: string): EventDefinition | undefined {
  return EVENTS.find((e) => e.type === type);
}

import { reactionTo, type Envelope } from '@care/contracts';
import type { WorkingDays } from '../domain/rectification';
import { openRectificationWithin } from './open-rectification-item';
import type { RectificationTransaction } from './ports';

/** What governance reads from complaints' `complaint.step_recorded` (step IMPROVEMENT_ACTION_ADDED). */
export interface ImprovementActionAdded {
  complaintId: string;
  number: string;
  department: string | null;
  recordedAt: string;
}

/**
 * DOMAIN 4.3-4.4 with 1.9: an improvement action a complaint's review sets for a department is a
 * rectification item of that department, ordinary (7 working days from when the action was set). The
 * item is opened once per event, however often the event is delivered.
 */
export function openImprovementRectification(
  deps: { calendar: WorkingDays; newId: () => string },
  tx: RectificationTransaction,
  action: ImprovementActionAdded,
  event: Envelope,
): Promise<boolean> {
  return openRectificationWithin(
    deps,
    tx,
    {
      source: 'COMPLAINT_IMPROVEMENT_ACTION',
      sourceId: action.complaintId,
      description: `Improvement action set in the review of complaint ${action.number}`,
      severity: 'ORDINARY',
      ownerDepartment: action.department,
    },
    {
      actor: event.actor.id,
      at: new Date(action.recordedAt),
      eventId: event.id,
      context: reactionTo(event, 'governance'),
    },
  );
}

import type { WorkingTime } from './working-time';

export interface Freeze {
  id: string;
  customerId: string;
  source: 'MANUAL' | 'COMPLAINT';
  complaintId: string | null;
  reason: string;
  reportedAt: Date;
  freezeDueAt: Date;
  frozenAt: Date;
  frozenBy: string;
  frozenOnTime: boolean;
  investigationDueAt: Date;
  unfrozenAt: Date | null;
  unfrozenBy: string | null;
  unfreezeReason: string | null;
}

/** DOMAIN 2.6: sales freezes the account within 2 hours; internal control investigates within 3 days. */
export const FREEZE_WITHIN_HOURS = 2;
export const INVESTIGATE_WITHIN_DAYS = 3;

export function openFreeze(
  input: {
    id: string;
    customerId: string;
    source: Freeze['source'];
    complaintId: string | null;
    reason: string;
    reportedAt: Date;
    frozenBy: string;
  },
  now: Date,
  calendar: WorkingTime,
): Freeze {
  const freezeDueAt = calendar.addWorkingHours(input.reportedAt, FREEZE_WITHIN_HOURS).value;
  return {
    ...input,
    freezeDueAt,
    frozenAt: now,
    frozenOnTime: now.getTime() <= freezeDueAt.getTime(),
    investigationDueAt: calendar.addWorkingDays(now, INVESTIGATE_WITHIN_DAYS).value,
    unfrozenAt: null,
    unfrozenBy: null,
    unfreezeReason: null,
  };
}

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
  /** A major case goes to the GM office meeting (DOMAIN 2.6). */
  major: boolean;
  unfrozenAt: Date | null;
  unfrozenBy: string | null;
  unfreezeReason: string | null;
}

/** A points-anomaly complaint is a major case when it is urgent or complex. */
export function isMajorCase(urgency: string, complexity: string): boolean {
  return urgency === 'URGENT' || complexity === 'COMPLEX';
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
    major?: boolean;
  },
  now: Date,
  calendar: WorkingTime,
): Freeze {
  const freezeDueAt = calendar.addWorkingHours(input.reportedAt, FREEZE_WITHIN_HOURS).value;
  return {
    ...input,
    major: input.major ?? false,
    freezeDueAt,
    frozenAt: now,
    frozenOnTime: now.getTime() <= freezeDueAt.getTime(),
    investigationDueAt: calendar.addWorkingDays(now, INVESTIGATE_WITHIN_DAYS).value,
    unfrozenAt: null,
    unfrozenBy: null,
    unfreezeReason: null,
  };
}

import { refuse } from '@care/domain-kernel';
import { SERVICE_ACCOUNT } from './access';
import type { Customer } from './customer';
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

/**
 * Freezes the account (if it is not frozen already) and records the freeze with its deadlines; a second
 * report while frozen adds its own freeze record.
 */
function freeze(
  customer: Customer,
  input: Omit<Parameters<typeof openFreeze>[0], 'customerId'>,
  now: Date,
  calendar: WorkingTime,
): { customer: Customer; freeze: Freeze } {
  return {
    customer: customer.status === 'ACTIVE' ? { ...customer, status: 'FROZEN' } : customer,
    freeze: openFreeze({ ...input, customerId: customer.id }, now, calendar),
  };
}

/** A manual freeze by sales, with its reason (DOMAIN 2.6): only an active account. */
export function freezeAccount(
  customer: Customer,
  input: { id: string; reason: string; frozenBy: string },
  now: Date,
  calendar: WorkingTime,
): { customer: Customer; freeze: Freeze } {
  if (customer.status !== 'ACTIVE') throw refuse.transition(`the account is ${customer.status} already`);
  const reason = input.reason.trim();
  if (reason.length < 3) throw refuse.input('reason', 'a freeze needs a reason');
  const manual = { source: 'MANUAL' as const, complaintId: null, reportedAt: now };
  return freeze(customer, { ...input, ...manual, reason }, now, calendar);
}

/**
 * DOMAIN 2.6: a points-anomaly complaint freezes the customer's account, recorded with the 2-hour
 * deadline counted from the classification and the 3-day investigation deadline; a major case (urgent or
 * complex) goes to the GM office meeting. A deactivated account is left alone (null).
 */
export function freezeOnComplaint(
  customer: Customer,
  complaint: { id: string; complaintId: string; urgency: string; complexity: string; classifiedAt: Date },
  now: Date,
  calendar: WorkingTime,
): { customer: Customer; freeze: Freeze } | null {
  if (customer.status === 'DEACTIVATED') return null;
  const input = {
    id: complaint.id,
    source: 'COMPLAINT' as const,
    complaintId: complaint.complaintId,
    reason: 'points anomaly reported in a complaint',
    reportedAt: complaint.classifiedAt,
    frozenBy: SERVICE_ACCOUNT,
    major: isMajorCase(complaint.urgency, complaint.complexity),
  };
  return freeze(customer, input, now, calendar);
}

/** Only a points anomaly freezes an account (DOMAIN 2.6). */
export const freezesAccount = (category: string) => category === 'POINTS_ANOMALY';

/** Releases a frozen account after the investigation, with the reason (its open freezes close with it). */
export function unfreezeAccount(customer: Customer, reason: string): { customer: Customer; reason: string } {
  if (customer.status !== 'FROZEN') throw refuse.transition(`the account is ${customer.status}, not FROZEN`);
  const trimmed = reason.trim();
  if (trimmed.length < 3) throw refuse.input('reason', 'unfreezing needs a reason');
  return { customer: { ...customer, status: 'ACTIVE' }, reason: trimmed };
}

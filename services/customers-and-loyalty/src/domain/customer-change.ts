import { Refusal, refuse } from '@care/domain-kernel';
import type { WorkingTime } from './working-time';
import type { ProfileChanges } from './customer';

export type CustomerChangeStatus = 'PENDING_REVIEW' | 'APPLIED' | 'REJECTED';

/** DOMAIN 2.5: a change request is answered within 2 hours (working time). */
export const CHANGE_RESPONSE_HOURS = 2;

export interface CustomerChange {
  id: string;
  customerId: string;
  changes: ProfileChanges;
  idDocumentReference: string;
  status: CustomerChangeStatus;
  enteredBy: string;
  submittedAt: Date;
  dueAt: Date;
  reviewedBy: string | null;
  answeredAt: Date | null;
  onTime: boolean | null;
  rejectionReason: string | null;
  /** When it was found still unanswered past `dueAt` and announced as overdue (once); null before. */
  overdueAt: Date | null;
}

export function submitChange(
  input: {
    id: string;
    customerId: string;
    changes: ProfileChanges;
    idDocumentReference: string;
    enteredBy: string;
  },
  now: Date,
  calendar: WorkingTime,
): CustomerChange {
  if (!input.idDocumentReference.trim())
    throw new Refusal('BAD_USER_INPUT', 'a change request needs the ID document it came with');
  if (Object.values(input.changes).every((v) => v === undefined))
    throw new Refusal('BAD_USER_INPUT', 'a change request must change at least one field');
  return {
    ...input,
    idDocumentReference: input.idDocumentReference.trim(),
    status: 'PENDING_REVIEW',
    submittedAt: now,
    dueAt: calendar.addWorkingHours(now, CHANGE_RESPONSE_HOURS).value,
    reviewedBy: null,
    answeredAt: null,
    onTime: null,
    rejectionReason: null,
    overdueAt: null,
  };
}

/** The profile fields a request changes, in the order it names them. */
export const changedFields = (changes: ProfileChanges): string[] =>
  Object.keys(changes).filter((k) => changes[k as keyof ProfileChanges] !== undefined);

/**
 * DOMAIN 2.5: a request still unanswered after its 2 working hours is marked overdue, once (its answer,
 * whenever it comes, is still recorded late). Null when nothing is due: answered, not yet past its
 * deadline, or marked already.
 */
export function markResponseOverdue(change: CustomerChange, now: Date): CustomerChange | null {
  if (change.status !== 'PENDING_REVIEW' || change.overdueAt) return null;
  if (now.getTime() <= change.dueAt.getTime()) return null;
  return { ...change, overdueAt: now };
}

/** The double check: a second person, never the entry clerk, applies or rejects the request. */
export function reviewChange(
  change: CustomerChange,
  reviewer: string,
  approve: boolean,
  reason: string | null,
  now: Date,
): CustomerChange {
  if (change.status !== 'PENDING_REVIEW')
    throw refuse.transition(`the change request is ${change.status} already`);
  if (reviewer === change.enteredBy)
    throw refuse.forbidden('the reviewer must be another person than the entry clerk');
  if (!approve && !reason?.trim()) throw new Refusal('BAD_USER_INPUT', 'a rejection needs a reason');
  return {
    ...change,
    status: approve ? 'APPLIED' : 'REJECTED',
    reviewedBy: reviewer,
    answeredAt: now,
    onTime: now.getTime() <= change.dueAt.getTime(),
    rejectionReason: approve ? null : reason!.trim(),
  };
}

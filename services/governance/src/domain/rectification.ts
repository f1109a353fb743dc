import { DEPARTMENTS, refuse, type Department } from '@care/domain-kernel';
import { requiredText } from './rule-checks';

// Rectification items (DOMAIN 4.3-4.4): one kind of item for every finding that must be put right, from
// an audit report, an internal-control check, a violation or a complaint's improvement action. Each has
// a responsible department and a deadline: an ordinary problem is fixed within 7 working days; a major
// one is escalated (the seed's 问题升级表) and has no owner until the GM office meeting names one.

export const RECTIFICATION_SOURCES = ['AUDIT', 'CHECK', 'VIOLATION', 'COMPLAINT_IMPROVEMENT_ACTION'] as const;
export type RectificationSource = (typeof RECTIFICATION_SOURCES)[number];

export const RECTIFICATION_SEVERITIES = ['ORDINARY', 'MAJOR'] as const;
export type RectificationSeverity = (typeof RECTIFICATION_SEVERITIES)[number];

/**
 * AWAITING_OWNER: a major item escalated to the GM office meeting, no owner and no deadline yet.
 * OPEN: owned, the deadline runs. IN_PROGRESS: the owner has reported progress. DONE: the owner reports
 * it fixed. VERIFIED: supervision checked the fix (a failed check sends it back to IN_PROGRESS).
 */
export const RECTIFICATION_STATUSES = ['AWAITING_OWNER', 'OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export type VerificationOutcome = 'PASSED' | 'FAILED';

/** DOMAIN 4.4: an ordinary problem is fixed within 7 working days. */
export const ORDINARY_RECTIFICATION_WORKING_DAYS = 7;

/** The statuses whose deadline runs: an item still in one of them after its deadline is overdue. */
export const RUNNING_STATUSES: readonly RectificationStatus[] = ['OPEN', 'IN_PROGRESS'];

const DESCRIPTION_MAX = 4_000;
const NOTE_MAX = 4_000;
const SOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,99}$/;

export interface ProgressNote {
  at: Date;
  by: string;
  note: string;
}

export interface RectificationItem {
  id: string;
  source: RectificationSource;
  /** The finding's id in its source: an audit report number, a check's id, a violation's id, a complaint's id. */
  sourceId: string;
  description: string;
  severity: RectificationSeverity;
  ownerDepartment: Department | null;
  /** The person the GM office meeting named to lead a major item. */
  owner: string | null;
  ownerNamedBy: string | null;
  ownerNamedAt: Date | null;
  deadline: Date | null;
  /** The deadline counted a year the calendar has no holiday data for (weekends only). */
  deadlineProvisional: boolean;
  status: RectificationStatus;
  openedBy: string;
  openedAt: Date;
  progress: ProgressNote[];
  completedBy: string | null;
  completedAt: Date | null;
  completionSummary: string | null;
  /** Completed after its deadline (the seed: overdue rectification counts in performance reviews). */
  completedLate: boolean | null;
  verifiedBy: string | null;
  verifiedAt: Date | null;
  verificationNote: string | null;
  /** Checks of the fix that failed (the seed: twice not up to standard leads to reassignment). */
  failedVerifications: number;
  /** When the overdue job found it past its deadline; set once. */
  overdueAt: Date | null;
  /** The event that opened it automatically (a complaint's improvement action), for idempotency. */
  originEventId: string | null;
  version: number;
}

/** The working-day arithmetic the rules need (the injected company calendar). */
export interface WorkingDays {
  addWorkingDays(from: Date, days: number): { value: Date; provisional: boolean };
}

export interface OpenInput {
  source: RectificationSource;
  sourceId: string;
  description: string;
  severity: RectificationSeverity;
  ownerDepartment?: string | null;
}

export function department(field: string, value: string | null | undefined): Department {
  if (!value || !(DEPARTMENTS as readonly string[]).includes(value))
    throw refuse.input(field, `${field} must be one of the company's departments`, { allowed: DEPARTMENTS });
  return value as Department;
}

/**
 * DOMAIN 4.4: opens an item. An ordinary one belongs to its department at once and is due 7 working
 * days later; a major one is escalated: no owner and no deadline until the GM office meeting names one.
 */
export function openRectification(
  input: OpenInput,
  context: { id: string; actor: string; now: Date; calendar: WorkingDays; originEventId?: string | null },
): RectificationItem {
  if (!SOURCE_ID.test(input.sourceId))
    throw refuse.input('sourceId', 'sourceId must be a reference of 1 to 100 letters, digits or _.:/-');
  const major = input.severity === 'MAJOR';
  if (major && input.ownerDepartment)
    throw refuse.input(
      'ownerDepartment',
      'a major item is escalated: the GM office meeting names its owner (DOMAIN 4.4)',
    );
  const due = major
    ? null
    : context.calendar.addWorkingDays(context.now, ORDINARY_RECTIFICATION_WORKING_DAYS);
  return {
    id: context.id,
    source: input.source,
    sourceId: input.sourceId,
    description: requiredText('description', input.description, DESCRIPTION_MAX),
    severity: input.severity,
    ownerDepartment: major ? null : department('ownerDepartment', input.ownerDepartment),
    owner: null,
    ownerNamedBy: null,
    ownerNamedAt: null,
    deadline: due?.value ?? null,
    deadlineProvisional: due?.provisional ?? false,
    status: major ? 'AWAITING_OWNER' : 'OPEN',
    openedBy: context.actor,
    openedAt: context.now,
    progress: [],
    completedBy: null,
    completedAt: null,
    completionSummary: null,
    completedLate: null,
    verifiedBy: null,
    verifiedAt: null,
    verificationNote: null,
    failedVerifications: 0,
    overdueAt: null,
    originEventId: context.originEventId ?? null,
    version: 1,
  };
}

/** Who takes a step on an item, and when. */
export interface ItemStep {
  actor: string;
  now: Date;
}

/** The rule of a step the item's owner takes (progress, completion), given what they report. */
export type OwnerRule<I> = (item: RectificationItem, input: I, step: ItemStep) => RectificationItem;

function expectStatus(
  item: RectificationItem,
  allowed: readonly RectificationStatus[],
  action: string,
): void {
  if (!allowed.includes(item.status))
    throw refuse.transition(`cannot ${action} a rectification item that is ${item.status}`, {
      status: item.status,
      allowed,
    });
}

/**
 * DOMAIN 4.4: the GM office meeting names the owner of an escalated (major) item; from then its deadline
 * runs: the one the meeting sets, or 7 working days.
 */
export function nameOwner(
  item: RectificationItem,
  input: { owner: string; ownerDepartment: string; deadline?: Date | null },
  context: { actor: string; now: Date; calendar: WorkingDays },
): RectificationItem {
  if (item.severity !== 'MAJOR')
    throw refuse.transition(
      'only a major item waits for the GM office meeting to name its owner (DOMAIN 4.4)',
    );
  expectStatus(item, ['AWAITING_OWNER'], 'name the owner of');
  if (input.deadline && input.deadline.getTime() <= context.now.getTime())
    throw refuse.input('deadline', 'the deadline must be in the future');
  const due = input.deadline
    ? { value: input.deadline, provisional: false }
    : context.calendar.addWorkingDays(context.now, ORDINARY_RECTIFICATION_WORKING_DAYS);
  return {
    ...item,
    owner: requiredText('owner', input.owner, 200),
    ownerDepartment: department('ownerDepartment', input.ownerDepartment),
    ownerNamedBy: context.actor,
    ownerNamedAt: context.now,
    deadline: due.value,
    deadlineProvisional: due.provisional,
    status: 'OPEN',
  };
}

/** The owner reports how the fix is going. */
export const reportProgress: OwnerRule<{ note: string }> = (item, input, context) => {
  expectStatus(item, RUNNING_STATUSES, 'report progress on');
  return {
    ...item,
    status: 'IN_PROGRESS',
    progress: [
      ...item.progress,
      { at: context.now, by: context.actor, note: requiredText('note', input.note, NOTE_MAX) },
    ],
  };
};

/** The owner reports the problem fixed; whether that was after the deadline is kept. */
export const completeRectification: OwnerRule<{ summary: string }> = (item, input, context) => {
  expectStatus(item, RUNNING_STATUSES, 'complete');
  return {
    ...item,
    status: 'DONE',
    completedBy: context.actor,
    completedAt: context.now,
    completionSummary: requiredText('summary', input.summary, NOTE_MAX),
    completedLate: item.deadline !== null && context.now.getTime() > item.deadline.getTime(),
  };
};

/**
 * Supervision checks the fix: PASSED closes the item; FAILED sends it back to the owner (counted: the
 * seed reassigns whoever fails twice). Nobody verifies their own fix.
 */
export function verifyRectification(
  item: RectificationItem,
  input: { outcome: VerificationOutcome; note: string },
  context: ItemStep,
): RectificationItem {
  expectStatus(item, ['DONE'], 'verify');
  if (item.completedBy === context.actor)
    throw refuse.forbidden('whoever completed a rectification item cannot verify it');
  const note = requiredText('note', input.note, NOTE_MAX);
  if (input.outcome === 'PASSED')
    return {
      ...item,
      status: 'VERIFIED',
      verifiedBy: context.actor,
      verifiedAt: context.now,
      verificationNote: note,
    };
  return {
    ...item,
    status: 'IN_PROGRESS',
    failedVerifications: item.failedVerifications + 1,
    verificationNote: note,
    progress: [
      ...item.progress,
      { at: context.now, by: context.actor, note: `Verification failed: ${note}` },
    ],
    completedBy: null,
    completedAt: null,
    completionSummary: null,
    completedLate: null,
  };
}

/** Past its deadline and still not done: what the overdue job looks for. */
export function isOverdue(item: RectificationItem, now: Date): boolean {
  return (
    RUNNING_STATUSES.includes(item.status) &&
    item.deadline !== null &&
    item.deadline.getTime() < now.getTime()
  );
}

/** Marks an overdue item once; null when there is nothing to mark (not overdue, or marked already). */
export function markOverdue(item: RectificationItem, now: Date): RectificationItem | null {
  if (item.overdueAt !== null || !isOverdue(item, now)) return null;
  return { ...item, overdueAt: now };
}

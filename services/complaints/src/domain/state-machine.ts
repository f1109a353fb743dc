import type { ComplaintKind, ComplaintStatus } from './complaint';

export const STATUSES: readonly ComplaintStatus[] = [
  'RECEIVED',
  'CLASSIFIED',
  'ASSIGNED',
  'INVESTIGATING',
  'SOLUTION_PROPOSED',
  'SOLUTION_ACCEPTED',
  'IMPLEMENTING',
  'RESOLVED',
  'CLOSED',
];

/**
 * The complaint lifecycle (DOMAIN 1.1-1.9). A rejected solution goes back to INVESTIGATING for a
 * revision; only an accepted solution is implemented; a new problem reopens a resolved or closed one.
 */
export const COMPLAINT_TRANSITIONS: Readonly<Record<ComplaintStatus, readonly ComplaintStatus[]>> = {
  RECEIVED: ['CLASSIFIED'],
  CLASSIFIED: ['ASSIGNED'],
  ASSIGNED: ['INVESTIGATING'],
  INVESTIGATING: ['SOLUTION_PROPOSED'],
  SOLUTION_PROPOSED: ['SOLUTION_ACCEPTED', 'INVESTIGATING'],
  SOLUTION_ACCEPTED: ['IMPLEMENTING'],
  IMPLEMENTING: ['RESOLVED'],
  RESOLVED: ['CLOSED', 'INVESTIGATING'],
  CLOSED: ['INVESTIGATING'],
};

/** Inquiries and suggestions (DOMAIN 1.12): answered, then closed. */
export const SHORT_TRANSITIONS: Readonly<Record<ComplaintStatus, readonly ComplaintStatus[]>> = {
  RECEIVED: ['RESOLVED'],
  CLASSIFIED: [],
  ASSIGNED: [],
  INVESTIGATING: [],
  SOLUTION_PROPOSED: [],
  SOLUTION_ACCEPTED: [],
  IMPLEMENTING: [],
  RESOLVED: ['CLOSED'],
  CLOSED: [],
};

export class InvalidTransition extends Error {
  constructor(
    readonly from: ComplaintStatus,
    readonly to: ComplaintStatus,
    readonly kind: ComplaintKind,
    message?: string,
  ) {
    super(message ?? `a ${kind.toLowerCase()} cannot go from ${from} to ${to}`);
  }
}

export function transitionsOf(kind: ComplaintKind) {
  return kind === 'COMPLAINT' ? COMPLAINT_TRANSITIONS : SHORT_TRANSITIONS;
}

export function canTransition(kind: ComplaintKind, from: ComplaintStatus, to: ComplaintStatus): boolean {
  return transitionsOf(kind)[from].includes(to);
}

export function assertTransition(kind: ComplaintKind, from: ComplaintStatus, to: ComplaintStatus): void {
  if (!canTransition(kind, from, to)) throw new InvalidTransition(from, to, kind);
}

/** An action that leaves the status as it is but is only allowed in some statuses. */
export function assertStatus(
  kind: ComplaintKind,
  status: ComplaintStatus,
  allowed: readonly ComplaintStatus[],
  action: string,
): void {
  if (!allowed.includes(status))
    throw new InvalidTransition(
      status,
      status,
      kind,
      `cannot ${action} a ${kind.toLowerCase()} in status ${status}`,
    );
}

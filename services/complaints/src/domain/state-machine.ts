import { refuse, type Refusal } from '@care/domain-kernel';
import type { Complaint, ComplaintKind, ComplaintStatus } from './complaint';

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

/** INVALID_TRANSITION: the lifecycle does not allow the move (or the action) in this status. */
export function invalidTransition(
  from: ComplaintStatus,
  to: ComplaintStatus,
  kind: ComplaintKind,
  message = `a ${kind.toLowerCase()} cannot go from ${from} to ${to}`,
): Refusal {
  return refuse.transition(message, { from, to });
}

export function transitionsOf(kind: ComplaintKind) {
  return kind === 'COMPLAINT' ? COMPLAINT_TRANSITIONS : SHORT_TRANSITIONS;
}

export function canTransition(kind: ComplaintKind, from: ComplaintStatus, to: ComplaintStatus): boolean {
  return transitionsOf(kind)[from].includes(to);
}

export function assertTransition(kind: ComplaintKind, from: ComplaintStatus, to: ComplaintStatus): void {
  if (!canTransition(kind, from, to)) throw invalidTransition(from, to, kind);
}

/** Moves the rule's copy along the lifecycle: INVALID_TRANSITION when the state machine forbids it. */
export function move(c: Complaint, to: ComplaintStatus): void {
  assertTransition(c.kind, c.status, to);
  c.status = to;
}

/** An action that leaves the status as it is but is only allowed in some statuses. */
export function assertStatus(
  kind: ComplaintKind,
  status: ComplaintStatus,
  allowed: readonly ComplaintStatus[],
  action: string,
): void {
  if (!allowed.includes(status))
    throw invalidTransition(
      status,
      status,
      kind,
      `cannot ${action} a ${kind.toLowerCase()} in status ${status}`,
    );
}

/** The changes a client can ask for, named as the API names them. */
export type ComplaintCommand =
  | 'classifyComplaint'
  | 'assignComplaint'
  | 'recordInvestigation'
  | 'recordRootCause'
  | 'proposeSolution'
  | 'recordCustomerResponse'
  | 'startImplementation'
  | 'resolveComplaint'
  | 'answerInquiry'
  | 'respondToCustomer'
  | 'recordFeedback'
  | 'recordFollowUp'
  | 'reopenComplaint'
  | 'closeComplaint'
  | 'addImprovementAction';

/** From the investigation on: the statuses after the hand-over to departments. */
const AFTER_ASSIGNMENT = STATUSES.slice(STATUSES.indexOf('INVESTIGATING'));
/** Where customer service messages the customer about the progress: every status but these two. */
const TALKING_TO_CUSTOMER = STATUSES.filter((s) => s !== 'SOLUTION_PROPOSED' && s !== 'CLOSED');

interface CommandRule {
  /** What the command does, for the refusal: "classify a complaint in status CLOSED". */
  action: string;
  /** The status the command moves to, when it is a move of the lifecycle. */
  to?: ComplaintStatus;
  /** The statuses the command may be given in, per kind (empty: never for that kind). */
  complaint: readonly ComplaintStatus[];
  short: readonly ComplaintStatus[];
}

/**
 * Where each command is allowed (DOMAIN 1.1-1.12): checked before anything else about the command,
 * so that a move the lifecycle does not allow is refused as such whatever else is wrong with it (only
 * a stale copy is answered first: a version the caller saw, or an answer to a proposal already answered,
 * is a CONFLICT).
 * Commands that move the complaint agree with the transition tables above (a test holds them to it).
 */
export const COMMANDS: Readonly<Record<ComplaintCommand, CommandRule>> = {
  classifyComplaint: { action: 'classify', to: 'CLASSIFIED', complaint: ['RECEIVED'], short: [] },
  assignComplaint: { action: 'assign', to: 'ASSIGNED', complaint: ['CLASSIFIED'], short: [] },
  recordInvestigation: {
    action: 'record an investigation on',
    to: 'INVESTIGATING',
    complaint: ['ASSIGNED', 'INVESTIGATING'],
    short: [],
  },
  recordRootCause: { action: 'record the root cause of', complaint: ['INVESTIGATING'], short: [] },
  proposeSolution: {
    action: 'propose a solution for',
    to: 'SOLUTION_PROPOSED',
    complaint: ['INVESTIGATING'],
    short: [],
  },
  recordCustomerResponse: {
    action: "record the customer's response on",
    complaint: ['SOLUTION_PROPOSED'],
    short: [],
  },
  startImplementation: {
    action: 'start implementing',
    to: 'IMPLEMENTING',
    complaint: ['SOLUTION_ACCEPTED'],
    short: [],
  },
  resolveComplaint: { action: 'resolve', to: 'RESOLVED', complaint: ['IMPLEMENTING'], short: [] },
  answerInquiry: {
    action: 'answer',
    to: 'RESOLVED',
    complaint: [],
    short: ['RECEIVED'],
  },
  respondToCustomer: { action: 'respond on', complaint: TALKING_TO_CUSTOMER, short: TALKING_TO_CUSTOMER },
  recordFeedback: { action: 'record feedback on', complaint: ['RESOLVED'], short: ['RESOLVED'] },
  recordFollowUp: { action: 'record a follow-up on', complaint: ['RESOLVED'], short: ['RESOLVED'] },
  reopenComplaint: {
    action: 'reopen',
    to: 'INVESTIGATING',
    complaint: ['RESOLVED', 'CLOSED'],
    short: [],
  },
  closeComplaint: { action: 'close', to: 'CLOSED', complaint: ['RESOLVED'], short: ['RESOLVED'] },
  addImprovementAction: {
    action: 'add an improvement action to',
    complaint: AFTER_ASSIGNMENT,
    short: AFTER_ASSIGNMENT,
  },
};

export function commandAllowed(
  command: ComplaintCommand,
  kind: ComplaintKind,
  status: ComplaintStatus,
): boolean {
  const rule = COMMANDS[command];
  return (kind === 'COMPLAINT' ? rule.complaint : rule.short).includes(status);
}

/** INVALID_TRANSITION when the lifecycle does not allow the command in the complaint's status. */
export function assertCommand(
  command: ComplaintCommand,
  complaint: { kind: ComplaintKind; status: ComplaintStatus },
): void {
  const { kind, status } = complaint;
  if (commandAllowed(command, kind, status)) return;
  const rule = COMMANDS[command];
  throw invalidTransition(
    status,
    rule.to ?? status,
    kind,
    `cannot ${rule.action} a ${kind.toLowerCase()} in status ${status}`,
  );
}

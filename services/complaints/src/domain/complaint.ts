import type { WorkingCalendar } from '@care/calendar';
import { COMPLAINT_CATEGORIES, freeText, type ComplaintCategory as Category } from '@care/domain-kernel';
import type { SlaClock, SlaState, Urgency } from './sla';

// The complaint record (DOMAIN 1): plain data that the rules in intake, handling, resolution,
// compensation, escalation, follow-up and improvement take and return. Rules live beside it, not in it;
// what every rule takes and returns, and the record's own small rules (a copy, a free text), are here.

export type { Tier, Urgency } from './sla';

export const CHANNELS = ['WEB_CHAT', 'PHONE', 'EMAIL', 'OTHER'] as const;
export type Channel = (typeof CHANNELS)[number];
export const COMPLAINT_KINDS = ['COMPLAINT', 'INQUIRY', 'SUGGESTION'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];
export type ComplaintStatus =
  | 'RECEIVED'
  | 'CLASSIFIED'
  | 'ASSIGNED'
  | 'INVESTIGATING'
  | 'SOLUTION_PROPOSED'
  | 'SOLUTION_ACCEPTED'
  | 'IMPLEMENTING'
  | 'RESOLVED'
  | 'CLOSED';
export { COMPLAINT_CATEGORIES as CATEGORIES, type Category };
export type Complexity = 'SIMPLE' | 'COMPLEX';
export type Fishbone = 'PEOPLE' | 'MACHINE' | 'MATERIAL' | 'METHOD' | 'MEASUREMENT' | 'ENVIRONMENT';
export type Escalation = 'NONE' | 'CS_MANAGER' | 'LEADERSHIP_GROUP';
export type Visibility = 'PUBLIC' | 'INTERNAL';

/** Who acts, as far as the record needs to know: the person's id and the role they act in. */
export interface ActorRef {
  id: string;
  role: string;
}

export interface Acknowledgement {
  /** Inside working hours: accepted; outside: received, handled from `handlingStartsAt`. */
  accepted: boolean;
  message: string;
  handlingStartsAt: Date;
  expectedAnswerBy: Date;
}

export interface Handover {
  urgency: Urgency;
  customerExpectedBy: string | null;
  notes: string;
  at: string;
  by: string;
}

export interface InvestigationNote {
  id: string;
  at: string;
  by: string;
  department: string | null;
  note: string;
  evidence: string[];
}

export interface RootCause {
  category: Fishbone;
  what: string;
  why: string;
  where: string | null;
  when: string | null;
  who: string | null;
  how: string | null;
  howMuch: string | null;
  at: string;
  by: string;
}

export interface Compensation {
  points: number;
  discountAmount: string | null;
  refundAmount: string | null;
  currency: string;
}

export type CustomerResponse = 'ACCEPT' | 'REJECT';

export interface Solution {
  id: string;
  version: number;
  description: string;
  compensation: Compensation | null;
  proposedAt: string;
  proposedBy: string;
  response: CustomerResponse | null;
  responseReason: string | null;
  respondedAt: string | null;
}

export type CompensationStatus =
  | 'PENDING_APPROVAL'
  | 'GRANTED'
  | 'REFUSED'
  | 'GRANTED_PENDING_APPROVAL'
  | 'APPROVED_AFTERWARDS'
  | 'REFUSED_AFTER_GRANT';

export interface CompensationCase extends Compensation {
  solutionId: string;
  /** Total value in `currency`: points at 100 per yuan, plus discount and refund. */
  amount: string;
  emergency: boolean;
  status: CompensationStatus;
  requestedAt: string;
  grantedAt: string | null;
  decidedAt: string | null;
  approvalRequestId: string | null;
}

export interface Feedback {
  whatWasDone: string;
  satisfaction: number;
  comment: string | null;
  resultToldToCustomer: boolean;
  at: string;
  by: string;
}

export type FollowUpAction = 'NONE' | 'REOPENED' | 'LINKED_COMPLAINT';

export interface FollowUp {
  id: string;
  at: string;
  by: string;
  outcome: string;
  newProblem: boolean;
  action: FollowUpAction;
  linkedComplaintId: string | null;
  withinWindow: boolean;
}

export interface ComplaintReport {
  cause: string;
  handlingIssues: string;
  solutionEffective: boolean;
  at: string;
  by: string;
}

export interface ImprovementAction {
  id: string;
  description: string;
  ownerDepartment: string;
  dueDate: string;
  status: 'OPEN' | 'DONE';
  result: string | null;
  createdAt: string;
  createdBy: string;
  completedAt: string | null;
  completedBy: string | null;
}

export interface TimelineEntry {
  at: string;
  action: string;
  status: ComplaintStatus;
  actorId: string;
  actorRole: string;
  note: string | null;
  visibility: Visibility;
}

export interface Complaint {
  id: string;
  number: string;
  kind: ComplaintKind;
  channel: Channel;
  status: ComplaintStatus;
  customerId: string;
  orderNumber: string | null;
  productModel: string | null;
  description: string;
  expectedResolution: string | null;
  receivedAt: Date;
  createdAt: Date;
  version: number;
  idempotencyKey: string | null;
  filedBy: string;
  relatedComplaintId: string | null;
  category: Category | null;
  urgency: Urgency;
  complexity: Complexity | null;
  classifiedAt: Date | null;
  departments: string[];
  leadDepartment: string | null;
  handover: Handover | null;
  investigation: InvestigationNote[];
  rootCause: RootCause | null;
  solutions: Solution[];
  compensation: CompensationCase | null;
  feedback: Feedback | null;
  followUpFrom: Date | null;
  followUpDueBy: Date | null;
  followUps: FollowUp[];
  report: ComplaintReport | null;
  improvementActions: ImprovementAction[];
  escalation: Escalation;
  escalatedAt: Date | null;
  reopenCount: number;
  resolvedBy: string | null;
  closedAt: Date | null;
  acknowledgement: Acknowledgement;
  sla: SlaState;
  timeline: TimelineEntry[];
}

/** The customer as this service knows it: the id of loyalty's entity. */
export interface CustomerRef {
  id: string;
}

/** What every rule runs in: the time, the working calendar, and who acts. */
export interface RuleContext {
  now: Date;
  calendar: WorkingCalendar;
  actor: ActorRef;
}

/** What a rule made happen beyond the new state: the application turns these into events. */
export type Happening =
  | { type: 'emergency_started' }
  | { type: 'escalated'; to: Exclude<Escalation, 'NONE'>; reason: EscalationReason }
  | { type: 'compensation_requested'; compensation: CompensationCase }
  | { type: 'compensation_granted'; compensation: CompensationCase }
  | { type: 'sla_breached'; clock: SlaClock; dueAt: Date };
export type EscalationReason =
  'SOLUTION_REJECTED_3_TIMES' | 'FIRST_RESPONSE_BREACHED' | 'RESOLUTION_BREACHED';

/** A rule's result when it made more happen than the new state. */
export interface Outcome {
  complaint: Complaint;
  happened: Happening[];
}

const MAX_TEXT = 10_000;

/** A free text as the record keeps it: trimmed and bounded; empty is null, or refused when required. */
export function text(field: string, value: string | null | undefined, required: true): string;
export function text(field: string, value: string | null | undefined, required?: false): string | null;
export function text(field: string, value: string | null | undefined, required = false): string | null {
  return freeText(field, value, MAX_TEXT, required);
}

/** A deep copy of plain data (rules never change the complaint they were given). */
function deepCopy<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map(deepCopy) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepCopy(v)])) as T;
  return value;
}

export const copy = (c: Complaint): Complaint => deepCopy(c);

import type { WorkingCalendar } from '@care/calendar';
import { Decimal } from 'decimal.js';
import { isResponsibleDepartment } from './routing';
import {
  pause,
  reopenSla,
  resolveSla,
  respondedFirst,
  resume,
  retarget,
  slaTargets,
  startSla,
  type SlaClock,
  type SlaState,
  type Tier,
  type Urgency,
} from './sla';
import { assertCommand, assertTransition } from './state-machine';

export type { Tier, Urgency } from './sla';

export const CHANNELS = ['WEB_CHAT', 'PHONE', 'EMAIL', 'OTHER'] as const;
export type Channel = (typeof CHANNELS)[number];
export type ComplaintKind = 'COMPLAINT' | 'INQUIRY' | 'SUGGESTION';
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
export const CATEGORIES = [
  'PRODUCT_QUALITY',
  'LOGISTICS_DELAY',
  'SERVICE_ATTITUDE',
  'POINTS_ANOMALY',
  'BILLING',
  'OTHER',
] as const;
export type Category = (typeof CATEGORIES)[number];
export type Complexity = 'SIMPLE' | 'COMPLEX';
export type Fishbone = 'PEOPLE' | 'MACHINE' | 'MATERIAL' | 'METHOD' | 'MEASUREMENT' | 'ENVIRONMENT';
export type Escalation = 'NONE' | 'CS_MANAGER' | 'LEADERSHIP_GROUP';
export type Visibility = 'PUBLIC' | 'INTERNAL';

/** Who acts, as far as the record needs to know: the person's id and the role they act in. */
export interface ActorRef {
  id: string;
  role: string;
}

export interface RuleContext {
  now: Date;
  calendar: WorkingCalendar;
  actor: ActorRef;
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

/** What a rule made happen beyond the new state: the application turns these into events. */
export type Happening =
  | { type: 'emergency_started' }
  | { type: 'escalated'; to: Exclude<Escalation, 'NONE'>; reason: EscalationReason }
  | { type: 'compensation_requested'; compensation: CompensationCase }
  | { type: 'compensation_granted'; compensation: CompensationCase }
  | { type: 'sla_breached'; clock: SlaClock; dueAt: Date };
export type EscalationReason =
  'SOLUTION_REJECTED_3_TIMES' | 'FIRST_RESPONSE_BREACHED' | 'RESOLUTION_BREACHED';

export interface Outcome {
  complaint: Complaint;
  happened: Happening[];
}

export interface IntakeInput {
  customerId: string;
  kind?: ComplaintKind | null;
  channel: Channel;
  orderNumber?: string | null;
  productModel?: string | null;
  description: string;
  expectedResolution?: string | null;
  receivedAt?: Date | null;
  idempotencyKey?: string | null;
}

export class ComplaintRuleViolation extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The change was made on an outdated copy, or someone else got there first. */
export class ComplaintConflict extends Error {}

/** The actor may not do this to this complaint (e.g. another department's complaint). */
export class ComplaintAccessDenied extends Error {}

const MAX_TEXT = 10_000;
/** A clock skew we tolerate between the intake channel and this server. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;
/** After this many rejected proposals the leadership group takes the case (DOMAIN 1.6). */
export const REJECTIONS_BEFORE_ESCALATION = 3;
/** The follow-up visit window after completion, in working days (DOMAIN 1.8). */
export const FOLLOW_UP_WINDOW = { fromDays: 3, toDays: 7 } as const;
/** 100 points are worth 1 CNY when redeemed (DOMAIN "Defaults"). */
export const POINTS_PER_YUAN = 100;

function text(field: string, value: string | null | undefined, required: true): string;
function text(field: string, value: string | null | undefined, required?: false): string | null;
function text(field: string, value: string | null | undefined, required = false): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) {
    if (required) throw new ComplaintRuleViolation(field, `${field} must not be empty`);
    return null;
  }
  if (trimmed.length > MAX_TEXT)
    throw new ComplaintRuleViolation(field, `${field} is longer than ${MAX_TEXT} characters`);
  return trimmed;
}

function formatLocal(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/**
 * DOMAIN 1.1-1.2: the acknowledgement the customer gets. Inside working hours the complaint is accepted
 * with the time to expect an answer; outside, it says when handling starts.
 */
export function acknowledge(
  number: string,
  receivedAt: Date,
  sla: SlaState,
  calendar: WorkingCalendar,
): Acknowledgement {
  const tz = calendar.timeZone;
  const expectedAnswerBy = sla.firstResponseDueAt;
  if (calendar.isWorkingTime(receivedAt)) {
    return {
      accepted: true,
      message: `Your complaint ${number} has been accepted; expected answer by ${formatLocal(expectedAnswerBy, tz)} (${tz}).`,
      handlingStartsAt: receivedAt,
      expectedAnswerBy,
    };
  }
  const start = calendar.nextWorkingTime(receivedAt);
  return {
    accepted: false,
    message: `Your complaint ${number} has been received outside working hours; handling starts at ${formatLocal(start, tz)} (${tz}).`,
    handlingStartsAt: start,
    expectedAnswerBy,
  };
}

function entry(
  c: Complaint,
  ctx: RuleContext,
  action: string,
  note: string | null,
  visibility: Visibility = 'PUBLIC',
): TimelineEntry {
  return {
    at: ctx.now.toISOString(),
    action,
    status: c.status,
    actorId: ctx.actor.id,
    actorRole: ctx.actor.role,
    note,
    visibility,
  };
}

function log(c: Complaint, ctx: RuleContext, action: string, note: string | null, visibility?: Visibility) {
  c.timeline.push(entry(c, ctx, action, note, visibility));
}

function move(c: Complaint, to: ComplaintStatus): void {
  assertTransition(c.kind, c.status, to);
  c.status = to;
}

/** A deep copy of plain data (rules never change the complaint they were given). */
function deepCopy<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map(deepCopy) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepCopy(v)])) as T;
  return value;
}

const copy = (c: Complaint): Complaint => deepCopy(c);

/** DOMAIN 1.2: the record of a complaint as taken at intake. The number is assigned by the sequence. */
export function intake(
  input: IntakeInput,
  ids: { id: string; number: string },
  ctx: RuleContext,
  tier: Tier = 'MEMBER',
): Complaint {
  const { now, calendar } = ctx;
  const description = text('description', input.description, true);
  const receivedAt = input.receivedAt ?? now;
  if (receivedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new ComplaintRuleViolation('receivedAt', 'a complaint cannot be received in the future');
  }
  const orderNumber = text('orderNumber', input.orderNumber);
  if (orderNumber && orderNumber.length > 64)
    throw new ComplaintRuleViolation('orderNumber', 'the order number is too long');
  const key = input.idempotencyKey?.trim() || null;
  if (key && key.length > 200) throw new ComplaintRuleViolation('idempotencyKey', 'the key is too long');
  const sla = startSla(receivedAt, slaTargets('NORMAL', tier, calendar.workingDayHours()), calendar);
  const complaint: Complaint = {
    id: ids.id,
    number: ids.number,
    kind: input.kind ?? 'COMPLAINT',
    channel: input.channel,
    status: 'RECEIVED',
    customerId: input.customerId,
    orderNumber,
    productModel: text('productModel', input.productModel),
    description,
    expectedResolution: text('expectedResolution', input.expectedResolution),
    receivedAt,
    createdAt: now,
    version: 1,
    idempotencyKey: key,
    filedBy: ctx.actor.id,
    relatedComplaintId: null,
    category: null,
    urgency: 'NORMAL',
    complexity: null,
    classifiedAt: null,
    departments: [],
    leadDepartment: null,
    handover: null,
    investigation: [],
    rootCause: null,
    solutions: [],
    compensation: null,
    feedback: null,
    followUpFrom: null,
    followUpDueBy: null,
    followUps: [],
    report: null,
    improvementActions: [],
    escalation: 'NONE',
    escalatedAt: null,
    reopenCount: 0,
    resolvedBy: null,
    closedAt: null,
    acknowledgement: undefined as unknown as Acknowledgement,
    sla,
    timeline: [],
  };
  complaint.acknowledgement = acknowledge(ids.number, receivedAt, sla, calendar);
  log(complaint, ctx, 'RECEIVED', complaint.acknowledgement.message);
  return complaint;
}

/** DOMAIN 1.3: category, urgency, complexity; URGENT starts the emergency procedure. */
export function classify(
  current: Complaint,
  input: { category: Category; urgency: Urgency; complexity: Complexity },
  ctx: RuleContext,
  tier: Tier,
): Outcome {
  assertCommand('classifyComplaint', current);
  const c = copy(current);
  move(c, 'CLASSIFIED');
  c.category = input.category;
  c.urgency = input.urgency;
  c.complexity = input.complexity;
  c.classifiedAt = ctx.now;
  c.sla = retarget(c.sla, slaTargets(input.urgency, tier, ctx.calendar.workingDayHours()), ctx.calendar);
  log(c, ctx, 'CLASSIFIED', `${input.category}, ${input.urgency}, ${input.complexity}`);
  const happened: Happening[] = [];
  if (input.urgency === 'URGENT') {
    happened.push({ type: 'emergency_started' });
    log(c, ctx, 'EMERGENCY_STARTED', 'Emergency procedure started; leadership group notified', 'INTERNAL');
  }
  return { complaint: c, happened };
}

/**
 * DOMAIN 1.4: the routed department plus any others; with several, a lead department must be named
 * (by the leadership group: checked by the caller). The written hand-over carries urgency, the
 * customer's expected time and notes.
 */
export function assign(
  current: Complaint,
  input: {
    routedDepartment: string;
    additionalDepartments?: string[] | null;
    leadDepartment?: string | null;
    customerExpectedBy?: Date | null;
    notes: string;
  },
  ctx: RuleContext,
): Complaint {
  assertCommand('assignComplaint', current);
  const c = copy(current);
  move(c, 'ASSIGNED');
  const departments = [...new Set([input.routedDepartment, ...(input.additionalDepartments ?? [])])];
  for (const d of departments)
    if (!isResponsibleDepartment(d))
      throw new ComplaintRuleViolation('departments', `unknown department ${d}`);
  let lead = input.leadDepartment ?? null;
  if (departments.length > 1 && !lead)
    throw new ComplaintRuleViolation(
      'leadDepartment',
      'several departments are involved: the leadership group must name a lead department',
    );
  if (lead && !departments.includes(lead))
    throw new ComplaintRuleViolation('leadDepartment', 'the lead department must be one of the departments');
  lead = lead ?? departments[0]!;
  const notes = text('notes', input.notes, true);
  c.departments = departments;
  c.leadDepartment = lead;
  c.handover = {
    urgency: c.urgency,
    customerExpectedBy: input.customerExpectedBy?.toISOString() ?? null,
    notes,
    at: ctx.now.toISOString(),
    by: ctx.actor.id,
  };
  log(c, ctx, 'ASSIGNED', `Handed over to ${departments.join(', ')} (lead ${lead})`);
  log(c, ctx, 'HANDOVER', notes, 'INTERNAL');
  return c;
}

/** Department staff may only work on their own department's complaints. */
export function assertDepartmentMember(c: Complaint, department: string | undefined, lead = false): void {
  if (!department) return;
  const ok = lead ? c.leadDepartment === department : c.departments.includes(department);
  if (!ok)
    throw new ComplaintAccessDenied(
      !lead
        ? `complaint ${c.number} is not assigned to ${department}`
        : c.leadDepartment
          ? `only the lead department ${c.leadDepartment} may do this, not ${department}`
          : `complaint ${c.number} has no lead department yet`,
    );
}

/** DOMAIN 1.5: investigation notes with evidence references (internal). */
export function recordInvestigation(
  current: Complaint,
  input: { id: string; note: string; evidence?: string[] | null; department?: string | null },
  ctx: RuleContext,
): Complaint {
  assertCommand('recordInvestigation', current);
  const c = copy(current);
  if (c.status === 'ASSIGNED') move(c, 'INVESTIGATING');
  const evidence = (input.evidence ?? []).map((e) => e.trim()).filter(Boolean);
  if (evidence.length > 50) throw new ComplaintRuleViolation('evidence', 'at most 50 evidence references');
  c.investigation.push({
    id: input.id,
    at: ctx.now.toISOString(),
    by: ctx.actor.id,
    department: input.department ?? null,
    note: text('note', input.note, true),
    evidence,
  });
  if (current.status === 'ASSIGNED') log(c, ctx, 'INVESTIGATION_STARTED', 'The department is investigating');
  log(c, ctx, 'INVESTIGATION_NOTE', input.note.trim(), 'INTERNAL');
  return c;
}

const FISHBONE: readonly Fishbone[] = [
  'PEOPLE',
  'MACHINE',
  'MATERIAL',
  'METHOD',
  'MEASUREMENT',
  'ENVIRONMENT',
];

/** DOMAIN 1.5: the root cause with its fishbone category and 5W2H. */
export function recordRootCause(
  current: Complaint,
  input: Omit<RootCause, 'at' | 'by'>,
  ctx: RuleContext,
): Complaint {
  assertCommand('recordRootCause', current);
  const c = copy(current);
  if (!FISHBONE.includes(input.category))
    throw new ComplaintRuleViolation('category', 'not a fishbone category');
  c.rootCause = {
    category: input.category,
    what: text('what', input.what, true),
    why: text('why', input.why, true),
    where: text('where', input.where),
    when: text('when', input.when),
    who: text('who', input.who),
    how: text('how', input.how),
    howMuch: text('howMuch', input.howMuch),
    at: ctx.now.toISOString(),
    by: ctx.actor.id,
  };
  log(c, ctx, 'ROOT_CAUSE', `${input.category}: ${input.why.trim()}`, 'INTERNAL');
  return c;
}

function checkCompensation(input: Compensation | null | undefined): Compensation | null {
  if (!input) return null;
  if (!Number.isInteger(input.points) || input.points < 0)
    throw new ComplaintRuleViolation('compensation.points', 'points must be a whole number, not negative');
  for (const [field, value] of [
    ['discountAmount', input.discountAmount],
    ['refundAmount', input.refundAmount],
  ] as const) {
    if (value !== null && value !== undefined && new Decimal(value).isNegative())
      throw new ComplaintRuleViolation(`compensation.${field}`, `${field} must not be negative`);
  }
  if (!/^[A-Z]{3}$/.test(input.currency))
    throw new ComplaintRuleViolation('compensation.currency', 'an ISO 4217 currency code');
  const total = compensationValue(input);
  if (total.isZero()) return null;
  return {
    points: input.points,
    discountAmount: input.discountAmount ? new Decimal(input.discountAmount).toFixed(2) : null,
    refundAmount: input.refundAmount ? new Decimal(input.refundAmount).toFixed(2) : null,
    currency: input.currency,
  };
}

export function compensationValue(c: Compensation): Decimal {
  return new Decimal(c.points)
    .div(POINTS_PER_YUAN)
    .plus(c.discountAmount ?? 0)
    .plus(c.refundAmount ?? 0);
}

/** DOMAIN 1.6: a (revised) proposal, versioned; the customer now has the ball and the clocks pause. */
export function proposeSolution(
  current: Complaint,
  input: { id: string; description: string; compensation?: Compensation | null },
  ctx: RuleContext,
): Complaint {
  assertCommand('proposeSolution', current);
  const c = copy(current);
  move(c, 'SOLUTION_PROPOSED');
  if (!c.rootCause)
    throw new ComplaintRuleViolation('rootCause', 'record the root cause before proposing a solution');
  const version = c.solutions.length + 1;
  c.solutions.push({
    id: input.id,
    version,
    description: text('description', input.description, true),
    compensation: checkCompensation(input.compensation),
    proposedAt: ctx.now.toISOString(),
    proposedBy: ctx.actor.id,
    response: null,
    responseReason: null,
    respondedAt: null,
  });
  c.sla = pause(respondedFirst(c.sla, ctx.now), ctx.now);
  log(c, ctx, 'SOLUTION_PROPOSED', `Solution v${version}: ${input.description.trim()}`);
  return c;
}

export function rejections(c: Complaint): number {
  return c.solutions.filter((s) => s.response === 'REJECT').length;
}

/**
 * DOMAIN 1.6: the customer's answer to the current proposal. Rejected: back to the department for a
 * revision (3 rejections escalate to the leadership group). Accepted: its compensation goes to approval,
 * or, for an URGENT complaint, is granted at once and approved afterwards (DOMAIN 3.6).
 */
export function recordCustomerResponse(
  current: Complaint,
  input: { solutionId: string; response: CustomerResponse; reason?: string | null },
  ctx: RuleContext,
): Outcome {
  const c = copy(current);
  const solution = c.solutions.find((s) => s.id === input.solutionId);
  // A second answer to an answered proposal lost a race (or repeats one): CONFLICT, like a stale version.
  if (solution?.response)
    throw new ComplaintConflict(
      `the customer's response to solution v${solution.version} is already recorded`,
    );
  assertCommand('recordCustomerResponse', current);
  if (!solution) throw new ComplaintRuleViolation('solutionId', 'no such solution on this complaint');
  if (solution.version !== c.solutions.length)
    throw new ComplaintRuleViolation('solutionId', 'only the latest proposal can be answered');
  const reason = text('reason', input.reason);
  if (input.response === 'REJECT' && !reason)
    throw new ComplaintRuleViolation('reason', 'say why the customer rejects the solution');
  const happened: Happening[] = [];
  move(c, input.response === 'ACCEPT' ? 'SOLUTION_ACCEPTED' : 'INVESTIGATING');
  solution.response = input.response;
  solution.responseReason = reason;
  solution.respondedAt = ctx.now.toISOString();
  c.sla = resume(c.sla, ctx.now, ctx.calendar);
  if (input.response === 'REJECT') {
    log(c, ctx, 'SOLUTION_REJECTED', `Solution v${solution.version} rejected: ${reason}`);
    if (rejections(c) >= REJECTIONS_BEFORE_ESCALATION && c.escalation !== 'LEADERSHIP_GROUP') {
      c.escalation = 'LEADERSHIP_GROUP';
      c.escalatedAt = ctx.now;
      happened.push({ type: 'escalated', to: 'LEADERSHIP_GROUP', reason: 'SOLUTION_REJECTED_3_TIMES' });
      log(c, ctx, 'ESCALATED', 'Escalated to the complaint leadership group');
    }
    return { complaint: c, happened };
  }
  log(c, ctx, 'SOLUTION_ACCEPTED', `Solution v${solution.version} accepted`);
  if (solution.compensation) {
    const emergency = c.urgency === 'URGENT';
    const compensation: CompensationCase = {
      ...solution.compensation,
      solutionId: solution.id,
      amount: compensationValue(solution.compensation).toFixed(2),
      emergency,
      status: emergency ? 'GRANTED_PENDING_APPROVAL' : 'PENDING_APPROVAL',
      requestedAt: ctx.now.toISOString(),
      grantedAt: emergency ? ctx.now.toISOString() : null,
      decidedAt: null,
      approvalRequestId: null,
    };
    c.compensation = compensation;
    if (emergency) {
      happened.push({ type: 'compensation_granted', compensation });
      log(c, ctx, 'COMPENSATION_GRANTED', 'Compensation granted at once (emergency); approval follows');
    }
    happened.push({ type: 'compensation_requested', compensation });
    log(
      c,
      ctx,
      'COMPENSATION_REQUESTED',
      `Compensation of ${compensation.amount} ${compensation.currency} sent for approval`,
      'INTERNAL',
    );
  }
  return { complaint: c, happened };
}

/** The approvals service decided on the compensation (DOMAIN 1.6, 3.6). */
export function applyCompensationDecision(
  current: Complaint,
  input: { requestId: string; outcome: 'APPROVED' | 'REJECTED' | 'WITHDRAWN'; reason: string | null },
  ctx: RuleContext,
): Outcome {
  const c = copy(current);
  const comp = c.compensation;
  if (!comp) return { complaint: c, happened: [] };
  if (comp.status !== 'PENDING_APPROVAL' && comp.status !== 'GRANTED_PENDING_APPROVAL')
    return { complaint: c, happened: [] };
  comp.decidedAt = ctx.now.toISOString();
  comp.approvalRequestId = input.requestId;
  const approved = input.outcome === 'APPROVED';
  const happened: Happening[] = [];
  if (comp.emergency) {
    comp.status = approved ? 'APPROVED_AFTERWARDS' : 'REFUSED_AFTER_GRANT';
    log(
      c,
      ctx,
      approved ? 'COMPENSATION_APPROVED_AFTERWARDS' : 'COMPENSATION_REFUSED_AFTER_GRANT',
      input.reason,
      'INTERNAL',
    );
  } else if (approved) {
    comp.status = 'GRANTED';
    comp.grantedAt = ctx.now.toISOString();
    happened.push({ type: 'compensation_granted', compensation: comp });
    log(c, ctx, 'COMPENSATION_GRANTED', `Compensation of ${comp.amount} ${comp.currency} approved`);
  } else {
    comp.status = 'REFUSED';
    log(c, ctx, 'COMPENSATION_REFUSED', input.reason, 'INTERNAL');
  }
  return { complaint: c, happened };
}

/** DOMAIN 1.6: only an accepted solution is carried out; the lead department coordinates. */
export function startImplementation(current: Complaint, ctx: RuleContext): Complaint {
  assertCommand('startImplementation', current);
  const c = copy(current);
  move(c, 'IMPLEMENTING');
  log(c, ctx, 'IMPLEMENTING', 'The accepted solution is being carried out');
  return c;
}

/** DOMAIN 1.6-1.8: done; on-time is measured, the follow-up visit is scheduled 3-7 working days on. */
export function resolve(current: Complaint, input: { summary: string }, ctx: RuleContext): Complaint {
  assertCommand('resolveComplaint', current);
  const c = copy(current);
  move(c, 'RESOLVED');
  c.sla = resolveSla(c.sla, ctx.now, ctx.calendar);
  c.resolvedBy = ctx.actor.id;
  scheduleFollowUp(c, ctx);
  log(c, ctx, 'RESOLVED', text('summary', input.summary, true));
  return c;
}

function scheduleFollowUp(c: Complaint, ctx: RuleContext) {
  c.followUpFrom = ctx.calendar.addWorkingDays(ctx.now, FOLLOW_UP_WINDOW.fromDays).value;
  c.followUpDueBy = ctx.calendar.addWorkingDays(ctx.now, FOLLOW_UP_WINDOW.toDays).value;
}

/** DOMAIN 1.12: an inquiry or suggestion is answered, then closed. */
export function answer(current: Complaint, input: { answer: string }, ctx: RuleContext): Complaint {
  assertCommand('answerInquiry', current);
  const c = copy(current);
  move(c, 'RESOLVED');
  c.sla = resolveSla(c.sla, ctx.now, ctx.calendar);
  c.resolvedBy = ctx.actor.id;
  log(c, ctx, 'ANSWERED', text('answer', input.answer, true));
  return c;
}

/** A message to the customer: the first one stops the first-response clock (DOMAIN 1.2, 1.10). */
export function respondToCustomer(
  current: Complaint,
  input: { message: string },
  ctx: RuleContext,
): Complaint {
  assertCommand('respondToCustomer', current);
  const c = copy(current);
  c.sla = respondedFirst(c.sla, ctx.now);
  log(c, ctx, 'RESPONDED', text('message', input.message, true));
  return c;
}

/** DOMAIN 1.7: what was done, satisfaction 1-5, the final result told to the customer. */
export function recordFeedback(
  current: Complaint,
  input: {
    whatWasDone: string;
    satisfaction: number;
    comment?: string | null;
    resultToldToCustomer: boolean;
  },
  ctx: RuleContext,
): Complaint {
  assertCommand('recordFeedback', current);
  const c = copy(current);
  if (!Number.isInteger(input.satisfaction) || input.satisfaction < 1 || input.satisfaction > 5)
    throw new ComplaintRuleViolation('satisfaction', 'satisfaction is a whole number from 1 to 5');
  c.feedback = {
    whatWasDone: text('whatWasDone', input.whatWasDone, true),
    satisfaction: input.satisfaction,
    comment: text('comment', input.comment),
    resultToldToCustomer: input.resultToldToCustomer,
    at: ctx.now.toISOString(),
    by: ctx.actor.id,
  };
  log(c, ctx, 'FEEDBACK', `Final result: ${c.feedback.whatWasDone} (satisfaction ${input.satisfaction}/5)`);
  return c;
}

/**
 * DOMAIN 1.8: the follow-up visit's outcome. A new problem reopens the complaint (REOPEN) or opens a
 * linked new one (LINKED_COMPLAINT: the caller files it and passes its id).
 */
export function recordFollowUp(
  current: Complaint,
  input: {
    id: string;
    outcome: string;
    newProblem: boolean;
    action?: 'REOPEN' | 'LINKED_COMPLAINT' | null;
    linkedComplaintId?: string | null;
  },
  ctx: RuleContext,
): Complaint {
  assertCommand('recordFollowUp', current);
  if (input.action === 'REOPEN') assertTransition(current.kind, current.status, 'INVESTIGATING');
  const c = copy(current);
  if (input.newProblem && !input.action)
    throw new ComplaintRuleViolation('action', 'a new problem reopens the complaint or opens a linked one');
  if (!input.newProblem && input.action)
    throw new ComplaintRuleViolation('action', 'only a new problem reopens or opens a linked complaint');
  const withinWindow =
    !!c.followUpFrom && !!c.followUpDueBy && ctx.now >= c.followUpFrom && ctx.now <= c.followUpDueBy;
  const action: FollowUpAction = !input.newProblem
    ? 'NONE'
    : input.action === 'REOPEN'
      ? 'REOPENED'
      : 'LINKED_COMPLAINT';
  const outcome = text('outcome', input.outcome, true);
  c.followUps.push({
    id: input.id,
    at: ctx.now.toISOString(),
    by: ctx.actor.id,
    outcome,
    newProblem: input.newProblem,
    action,
    linkedComplaintId: action === 'LINKED_COMPLAINT' ? (input.linkedComplaintId ?? null) : null,
    withinWindow,
  });
  log(c, ctx, 'FOLLOW_UP', outcome);
  if (action === 'REOPENED') return reopenInPlace(c, 'New problem found at the follow-up visit', ctx);
  return c;
}

function reopenInPlace(c: Complaint, reason: string, ctx: RuleContext): Complaint {
  move(c, 'INVESTIGATING');
  c.sla = reopenSla(c.sla);
  c.reopenCount += 1;
  c.feedback = null;
  c.followUpFrom = null;
  c.followUpDueBy = null;
  c.closedAt = null;
  log(c, ctx, 'REOPENED', reason);
  return c;
}

/** DOMAIN 1.8: a problem remains: back to the department. */
export function reopen(current: Complaint, input: { reason: string }, ctx: RuleContext): Complaint {
  assertCommand('reopenComplaint', current);
  const c = copy(current);
  return reopenInPlace(c, text('reason', input.reason, true), ctx);
}

/**
 * DOMAIN 1.9: closed with the complaint report (cause, what went wrong in handling, whether the solution
 * worked), after the customer's feedback and the follow-up visit. Inquiries and suggestions just close.
 */
export function close(
  current: Complaint,
  input: { report?: { cause: string; handlingIssues: string; solutionEffective: boolean } | null },
  ctx: RuleContext,
): Complaint {
  assertCommand('closeComplaint', current);
  const c = copy(current);
  if (c.kind === 'COMPLAINT') {
    if (!c.feedback) throw new ComplaintRuleViolation('feedback', "record the customer's feedback first");
    if (c.followUps.length === 0)
      throw new ComplaintRuleViolation('followUps', 'record the follow-up visit first');
    if (!input.report) throw new ComplaintRuleViolation('report', 'a complaint closes with its report');
    c.report = {
      cause: text('report.cause', input.report.cause, true),
      handlingIssues: text('report.handlingIssues', input.report.handlingIssues, true),
      solutionEffective: input.report.solutionEffective,
      at: ctx.now.toISOString(),
      by: ctx.actor.id,
    };
  }
  move(c, 'CLOSED');
  c.closedAt = ctx.now;
  log(c, ctx, 'CLOSED', 'Closed');
  return c;
}

/** The company's calendar date of an instant: 2026-03-02. */
function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/**
 * A measure's due date is a real calendar day (2026-02-30 is not), from today on in the company's time
 * zone (a measure set today cannot already be late) and within the years the platform keeps.
 */
function checkDueDate(dueDate: string, ctx: RuleContext): void {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dueDate);
  const [year, month, day] = (match ?? []).slice(1).map(Number) as [number, number, number];
  const real = match && new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === dueDate;
  if (!real) throw new ComplaintRuleViolation('dueDate', 'a real calendar date like 2026-03-31');
  if (year > 2100) throw new ComplaintRuleViolation('dueDate', 'a due date in 2100 at the latest');
  const today = localDate(ctx.now, ctx.calendar.timeZone);
  if (dueDate < today)
    throw new ComplaintRuleViolation('dueDate', `the due date ${dueDate} is before today (${today})`);
}

/** DOMAIN 1.9: an improvement measure with its owner department and a due date from today on. */
export function addImprovementAction(
  current: Complaint,
  input: { id: string; description: string; ownerDepartment: string; dueDate: string },
  ctx: RuleContext,
): Complaint {
  assertCommand('addImprovementAction', current);
  const c = copy(current);
  if (!isResponsibleDepartment(input.ownerDepartment))
    throw new ComplaintRuleViolation('ownerDepartment', `unknown department ${input.ownerDepartment}`);
  checkDueDate(input.dueDate, ctx);
  c.improvementActions.push({
    id: input.id,
    description: text('description', input.description, true),
    ownerDepartment: input.ownerDepartment,
    dueDate: input.dueDate,
    status: 'OPEN',
    result: null,
    createdAt: ctx.now.toISOString(),
    createdBy: ctx.actor.id,
    completedAt: null,
    completedBy: null,
  });
  log(c, ctx, 'IMPROVEMENT_ADDED', `${input.ownerDepartment}: ${input.description.trim()}`, 'INTERNAL');
  return c;
}

export function completeImprovementAction(
  current: Complaint,
  input: { actionId: string; result: string; department?: string | null },
  ctx: RuleContext,
): Complaint {
  const c = copy(current);
  const action = c.improvementActions.find((a) => a.id === input.actionId);
  if (!action) throw new ComplaintRuleViolation('actionId', 'no such improvement action');
  if (action.status === 'DONE') throw new ComplaintConflict('the improvement action is already done');
  if (input.department && input.department !== action.ownerDepartment)
    throw new ComplaintAccessDenied(`the action belongs to ${action.ownerDepartment}`);
  action.status = 'DONE';
  action.result = text('result', input.result, true);
  action.completedAt = ctx.now.toISOString();
  action.completedBy = ctx.actor.id;
  log(c, ctx, 'IMPROVEMENT_DONE', `${action.ownerDepartment}: ${action.result}`, 'INTERNAL');
  return c;
}

/** The SLA job: marks the clocks past due and escalates (first response: manager; resolution: leadership). */
export function markBreaches(current: Complaint, clocks: SlaClock[], ctx: RuleContext): Outcome {
  const c = copy(current);
  const happened: Happening[] = [];
  for (const clock of clocks) {
    if (clock === 'FIRST_RESPONSE') {
      c.sla.firstResponseBreached = true;
      happened.push({ type: 'sla_breached', clock, dueAt: c.sla.firstResponseDueAt });
      if (c.escalation === 'NONE') {
        c.escalation = 'CS_MANAGER';
        c.escalatedAt = ctx.now;
        happened.push({ type: 'escalated', to: 'CS_MANAGER', reason: 'FIRST_RESPONSE_BREACHED' });
      }
    } else {
      c.sla.resolutionBreached = true;
      happened.push({ type: 'sla_breached', clock, dueAt: c.sla.resolutionDueAt });
      if (c.escalation !== 'LEADERSHIP_GROUP') {
        c.escalation = 'LEADERSHIP_GROUP';
        c.escalatedAt = ctx.now;
        happened.push({ type: 'escalated', to: 'LEADERSHIP_GROUP', reason: 'RESOLUTION_BREACHED' });
      }
    }
    log(c, ctx, 'SLA_BREACHED', `${clock} target passed; escalated to ${c.escalation}`, 'INTERNAL');
  }
  return { complaint: c, happened };
}

/** What the customer may see (DOMAIN 1.10): public entries, the acting role instead of the person. */
export function customerTimeline(c: Complaint): TimelineEntry[] {
  return c.timeline.filter((e) => e.visibility === 'PUBLIC').map((e) => ({ ...e, actorId: '' }));
}

/** The calendar year of an instant in the company's time zone: numbering restarts each such year. */
export function yearIn(timeZone: string, instant: Date): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(instant));
}

/** CP-2026-000123 */
export function complaintNumber(year: number, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > 999_999)
    throw new RangeError(`serial ${serial} out of range`);
  return `CP-${year}-${String(serial).padStart(6, '0')}`;
}

export const COMPLAINT_NUMBER = /^CP-\d{4}-\d{6}$/;

/** The customer as this service knows it: the id of loyalty's entity. */
export interface CustomerRef {
  id: string;
}

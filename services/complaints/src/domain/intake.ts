import { companyLocal, companyMinuteText, type WorkingCalendar } from '@care/calendar';
import { refuse } from '@care/domain-kernel';
import {
  copy,
  text,
  type Acknowledgement,
  type Category,
  type Channel,
  type Complaint,
  type ComplaintKind,
  type Complexity,
  type Happening,
  type Outcome,
  type RuleContext,
} from './complaint';
import { retarget, slaTargets, startSla, type SlaState, type Tier, type Urgency } from './sla';
import { assertCommand, move } from './state-machine';
import { log } from './timeline';

// Taking a complaint in (DOMAIN 1.1-1.3): the record, its number, the acknowledgement, the classification.

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

/** A client's idempotency key names one filing: CONFLICT for a second, different filing under it. */
export const idempotencyKeyTaken = () =>
  refuse.conflict('this idempotency key was used for another filing', { field: 'idempotencyKey' });

/** A clock skew we tolerate between the intake channel and this server. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** When the customer is told to expect what: everything of the acknowledgement but the number. */
interface AcknowledgementTimes {
  accepted: boolean;
  handlingStartsAt: Date;
  expectedAnswerBy: Date;
  timeZone: string;
}

function acknowledgementTimes(
  receivedAt: Date,
  sla: SlaState,
  calendar: WorkingCalendar,
): AcknowledgementTimes {
  const accepted = calendar.isWorkingTime(receivedAt);
  return {
    accepted,
    handlingStartsAt: accepted ? receivedAt : calendar.nextWorkingTime(receivedAt),
    expectedAnswerBy: sla.firstResponseDueAt,
    timeZone: calendar.timeZone,
  };
}

/**
 * DOMAIN 1.1-1.2: the acknowledgement the customer gets. Inside working hours the complaint is accepted
 * with the time to expect an answer; outside, it says when handling starts.
 */
function acknowledgementOf(number: string, times: AcknowledgementTimes): Acknowledgement {
  const { accepted, handlingStartsAt, expectedAnswerBy, timeZone: tz } = times;
  return {
    accepted,
    message: accepted
      ? `Your complaint ${number} has been accepted; expected answer by ${companyMinuteText(expectedAnswerBy, tz)} (${tz}).`
      : `Your complaint ${number} has been received outside working hours; handling starts at ${companyMinuteText(handlingStartsAt, tz)} (${tz}).`,
    handlingStartsAt,
    expectedAnswerBy,
  };
}

/** DOMAIN 1.2: the record of a complaint as taken at intake. The number is assigned by the sequence. */
export function intake(
  input: IntakeInput,
  ids: { id: string; number: string },
  ctx: RuleContext,
  tier: Tier = 'MEMBER',
): Complaint {
  return draftIntake(input, ids.id, ctx, tier)(ids.number);
}

/**
 * Intake up to the number: the input's checks, the record, its SLA and the acknowledgement's times. It
 * gives the step that numbers the record, which does nothing that can fail: the year's number counter,
 * locked from the moment a number is taken until the commit, is taken last and held for as short as
 * can be, and a refused filing never takes it.
 */
export function draftIntake(
  input: IntakeInput,
  id: string,
  ctx: RuleContext,
  tier: Tier = 'MEMBER',
): (number: string) => Complaint {
  const { now, calendar } = ctx;
  const description = text('description', input.description, true);
  const receivedAt = input.receivedAt ?? now;
  if (receivedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw refuse.input('receivedAt', 'a complaint cannot be received in the future');
  }
  const orderNumber = text('orderNumber', input.orderNumber);
  if (orderNumber && orderNumber.length > 64)
    throw refuse.input('orderNumber', 'the order number is too long');
  const key = input.idempotencyKey?.trim() || null;
  if (key && key.length > 200) throw refuse.input('idempotencyKey', 'the key is too long');
  const sla = startSla(receivedAt, slaTargets('NORMAL', tier, calendar.workingDayHours()), calendar);
  const times = acknowledgementTimes(receivedAt, sla, calendar);
  const productModel = text('productModel', input.productModel);
  const expectedResolution = text('expectedResolution', input.expectedResolution);
  return (number) => {
    const complaint: Complaint = {
      id,
      number,
      kind: input.kind ?? 'COMPLAINT',
      channel: input.channel,
      status: 'RECEIVED',
      customerId: input.customerId,
      orderNumber,
      productModel,
      description,
      expectedResolution,
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
    complaint.acknowledgement = acknowledgementOf(number, times);
    log(complaint, ctx, 'RECEIVED', complaint.acknowledgement.message);
    return complaint;
  };
}

/** What customer service decides on classifying a complaint (DOMAIN 1.3). */
export interface Classification {
  category: Category;
  urgency: Urgency;
  complexity: Complexity;
}

/** DOMAIN 1.3: category, urgency, complexity; URGENT starts the emergency procedure. */
export function classify(current: Complaint, input: Classification, ctx: RuleContext, tier: Tier): Outcome {
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

/** The calendar year of an instant in the company's time zone: numbering restarts each such year. */
export function yearIn(timeZone: string, instant: Date): number {
  return companyLocal(instant, timeZone).year;
}

/** CP-2026-000123 */
export function complaintNumber(year: number, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > 999_999)
    throw new RangeError(`serial ${serial} out of range`);
  return `CP-${year}-${String(serial).padStart(6, '0')}`;
}

export const COMPLAINT_NUMBER = /^CP-\d{4}-\d{6}$/;

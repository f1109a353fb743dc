export const CHANNELS = ['WEB_CHAT', 'PHONE', 'EMAIL', 'OTHER'] as const;
export type Channel = (typeof CHANNELS)[number];
export type ComplaintKind = 'COMPLAINT' | 'INQUIRY' | 'SUGGESTION';
export type ComplaintStatus =
  | 'RECEIVED'
  | 'CLASSIFIED'
  | 'ASSIGNED'
  | 'INVESTIGATING'
  | 'SOLUTION_PROPOSED'
  | 'IMPLEMENTING'
  | 'RESOLVED'
  | 'CLOSED';

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
}

export class ComplaintRuleViolation extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const MAX_DESCRIPTION = 10_000;
/** A clock skew we tolerate between the intake channel and this server. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** DOMAIN 1.2: the record of a complaint as taken at intake. The number is assigned by the sequence. */
export function intake(input: IntakeInput, ids: { id: string; number: string }, now: Date): Complaint {
  const description = input.description.trim();
  if (description.length === 0) throw new ComplaintRuleViolation('description', 'say what happened');
  if (description.length > MAX_DESCRIPTION) {
    throw new ComplaintRuleViolation(
      'description',
      `the description is longer than ${MAX_DESCRIPTION} characters`,
    );
  }
  const receivedAt = input.receivedAt ?? now;
  if (receivedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new ComplaintRuleViolation('receivedAt', 'a complaint cannot be received in the future');
  }
  const orderNumber = input.orderNumber?.trim() || null;
  if (orderNumber && orderNumber.length > 64)
    throw new ComplaintRuleViolation('orderNumber', 'the order number is too long');
  return {
    id: ids.id,
    number: ids.number,
    kind: input.kind ?? 'COMPLAINT',
    channel: input.channel,
    status: 'RECEIVED',
    customerId: input.customerId,
    orderNumber,
    productModel: input.productModel?.trim() || null,
    description,
    expectedResolution: input.expectedResolution?.trim() || null,
    receivedAt,
    createdAt: now,
    version: 1,
  };
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

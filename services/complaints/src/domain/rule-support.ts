import type { WorkingCalendar } from '@care/calendar';
import type { ActorRef, CompensationCase, Complaint, ComplaintStatus, Escalation } from './complaint';
import { ComplaintRuleViolation } from './errors';
import type { SlaClock } from './sla';
import { assertTransition } from './state-machine';

// What every rule shares: the context it runs in, what it reports back, and the small steps it is made of.

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

export interface Outcome {
  complaint: Complaint;
  happened: Happening[];
}

const MAX_TEXT = 10_000;

/** A free text as the record keeps it: trimmed and bounded; empty is null, or refused when required. */
export function text(field: string, value: string | null | undefined, required: true): string;
export function text(field: string, value: string | null | undefined, required?: false): string | null;
export function text(field: string, value: string | null | undefined, required = false): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) {
    if (required) throw new ComplaintRuleViolation(field, `${field} must not be empty`);
    return null;
  }
  if (trimmed.length > MAX_TEXT)
    throw new ComplaintRuleViolation(field, `${field} is longer than ${MAX_TEXT} characters`);
  return trimmed;
}

/** Moves the rule's copy along the lifecycle: INVALID_TRANSITION when the state machine forbids it. */
export function move(c: Complaint, to: ComplaintStatus): void {
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

export const copy = (c: Complaint): Complaint => deepCopy(c);

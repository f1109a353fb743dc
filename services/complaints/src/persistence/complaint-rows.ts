import type { Acknowledgement, Complaint } from '../domain/complaint';
import type { SlaState } from '../domain/sla';

/** A part as the jsonb document stores it: its dates are ISO strings. */
export type Stored<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};

const date = (v: string | null): Date | null => (v === null ? null : new Date(v));

export function slaOf(raw: Stored<SlaState>): SlaState {
  return {
    ...raw,
    startedAt: new Date(raw.startedAt),
    firstResponseDueAt: new Date(raw.firstResponseDueAt),
    resolutionDueAt: new Date(raw.resolutionDueAt),
    firstRespondedAt: date(raw.firstRespondedAt),
    resolvedAt: date(raw.resolvedAt),
    pausedSince: date(raw.pausedSince),
  };
}

export function acknowledgementOf(raw: Stored<Acknowledgement>): Acknowledgement {
  return {
    ...raw,
    handlingStartsAt: new Date(raw.handlingStartsAt),
    expectedAnswerBy: new Date(raw.expectedAnswerBy),
  };
}

/**
 * The jsonb documents a list seldom shows. Parsing every one of them for every row of a page made up most
 * of a list's cost in CPU and young-generation garbage, so the batch read takes them as text and parses
 * each only when something reads it.
 */
export const DEFERRED = [
  'handover',
  'investigation',
  'rootCause',
  'solutions',
  'compensation',
  'feedback',
  'followUps',
  'report',
  'improvementActions',
  'timeline',
] as const;
type Deferred = (typeof DEFERRED)[number];

/** One row of `complaintSelect`: the plain columns as pg gives them, the deferred documents as text. */
export type ComplaintRow = Omit<Complaint, Deferred | 'acknowledgement' | 'sla'> & {
  [K in Deferred]: string | null;
} & { acknowledgement: Stored<Acknowledgement>; sla: Stored<SlaState> };

/** A deferred document's column. */
const COLUMN: Record<Deferred, string> = {
  handover: 'handover',
  investigation: 'investigation',
  rootCause: 'root_cause',
  solutions: 'solutions',
  compensation: 'compensation',
  feedback: 'feedback',
  followUps: 'follow_ups',
  report: 'report',
  improvementActions: 'improvement_actions',
  timeline: 'timeline',
};

/**
 * Every column `toDomain` reads, named as the domain names it. `sla` and `acknowledgement` stay jsonb
 * (parsed by pg): cursors, ordering and the breach rules read the SLA of every row. Without `documents`
 * the deferred documents are not read at all (NULL in their place): for a list whose selected fields
 * show none of them.
 */
export function complaintSelect(documents: boolean): string {
  const doc = (key: Deferred) => `${documents ? `${COLUMN[key]}::text` : 'NULL::text'} AS "${key}"`;
  return `SELECT id, number, kind, channel, status, customer_id AS "customerId",
  order_number AS "orderNumber", product_model AS "productModel", description,
  expected_resolution AS "expectedResolution", received_at AS "receivedAt", created_at AS "createdAt",
  version, idempotency_key AS "idempotencyKey", filed_by AS "filedBy",
  related_complaint_id AS "relatedComplaintId", category, urgency, complexity,
  classified_at AS "classifiedAt", departments, lead_department AS "leadDepartment",
  ${doc('handover')}, ${doc('investigation')}, ${doc('rootCause')}, ${doc('solutions')},
  ${doc('compensation')}, ${doc('feedback')}, follow_up_from AS "followUpFrom",
  follow_up_due_by AS "followUpDueBy", ${doc('followUps')}, ${doc('report')}, ${doc('improvementActions')},
  escalation, escalated_at AS "escalatedAt", reopen_count AS "reopenCount", resolved_by AS "resolvedBy",
  closed_at AS "closedAt", acknowledgement, sla, ${doc('timeline')}
  FROM complaint`;
}

/**
 * Makes `key` an ordinary data property holding `value`, in the place the key already has (so the key
 * order, and with it JSON.stringify, stays that of `toDomain`): what a first read or any write does.
 */
function settle<T>(target: object, key: Deferred, value: T): T {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  return value;
}

/**
 * The complaint of a row, equal to `toDomain` of its entity: the same keys in the same order, the same
 * values. A deferred document is an enumerable accessor until first read, so spreading, copying,
 * JSON.stringify and deep equality all see the parsed value; a write replaces it like a plain property.
 * A row read without its documents throws on reading one: a resolver that needs a document a list left
 * out fails loudly rather than answering with a document that is not the complaint's.
 */
export function complaintOfRow(row: ComplaintRow, documents = true): Complaint {
  // The row's keys come in the order of the select, which is toDomain's; redefining a key keeps its place.
  const complaint = row as unknown as Record<string, unknown>;
  complaint.acknowledgement = acknowledgementOf(row.acknowledgement);
  complaint.sla = slaOf(row.sla);
  for (const key of DEFERRED) {
    const text = row[key];
    Object.defineProperty(complaint, key, {
      get(this: Complaint) {
        if (!documents) throw new Error(`complaint ${row.id} was read without its ${key}`);
        return settle(this, key, text === null ? null : JSON.parse(text));
      },
      set(this: Complaint, value: unknown) {
        settle(this, key, value);
      },
      enumerable: true,
      configurable: true,
    });
  }
  return complaint as unknown as Complaint;
}

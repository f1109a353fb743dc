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

/** Where a complaint read with its documents keeps their text (in DEFERRED's order) until each is read. */
const TEXTS = Symbol('deferred documents');
type Lazy = Record<string, unknown> & { [TEXTS]?: (string | null)[] };

/**
 * A deferred document's accessor, the same for every complaint: shared getter and setter functions keep
 * the complaints of a page on one hidden class, where a getter made for each row turned every complaint
 * into a hash table (larger, slower to read, more for the young generation to copy).
 */
const ACCESSORS = new Map<string, PropertyDescriptor>(
  DEFERRED.map((key, index) => [
    key,
    {
      get(this: Lazy) {
        const texts = this[TEXTS];
        if (texts === undefined) throw new Error(`complaint ${String(this.id)} was read without its ${key}`);
        const text = texts[index] ?? null;
        return settle(this, key, text === null ? null : JSON.parse(text));
      },
      set(this: Lazy, value: unknown) {
        settle(this, key, value);
      },
      enumerable: true,
      configurable: true,
    },
  ]),
);

/**
 * The complaint of a row, equal to `toDomain` of its entity: the same keys in the same order, the same
 * values. A deferred document is an enumerable accessor until first read, so spreading, copying,
 * JSON.stringify and deep equality all see the parsed value; a write replaces it like a plain property.
 * The documents' text is held under a symbol that is not enumerable, so none of those sees it. A row
 * read without its documents throws on reading one: a resolver that needs a document a list left out
 * fails loudly rather than answering with a document that is not the complaint's.
 */
export function complaintOfRow(row: ComplaintRow, documents = true): Complaint {
  const complaint: Lazy = {};
  if (documents) Object.defineProperty(complaint, TEXTS, { value: DEFERRED.map((key) => row[key]) });
  const columns = row as unknown as Record<string, unknown>;
  // The row's keys come in the order of the select, which is toDomain's.
  for (const key in columns) {
    const accessor = ACCESSORS.get(key);
    if (accessor) Object.defineProperty(complaint, key, accessor);
    else if (key === 'sla') complaint.sla = slaOf(row.sla);
    else if (key === 'acknowledgement') complaint.acknowledgement = acknowledgementOf(row.acknowledgement);
    else complaint[key] = columns[key];
  }
  return complaint as unknown as Complaint;
}

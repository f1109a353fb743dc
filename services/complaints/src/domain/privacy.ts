import type { Complaint } from './complaint';

/**
 * DOMAIN 2.7: personal data is masked wherever it is not needed in full. For readers who analyse
 * complaints (not handle them), every free text a customer or a member of staff wrote, which can carry
 * names, addresses, phone numbers or order details, is replaced by `MASKED`; an absent text stays absent
 * (null), so "was there a comment?" can still be counted. The order number keeps its last four characters.
 * Structured facts (kind, channel, category, urgency, status, departments, dates, SLA, satisfaction,
 * compensation amounts, product model) stay as they are: they are what analysis needs.
 */
export const MASKED = '[masked]';

export function maskText(value: string): string;
export function maskText(value: string | null): string | null;
export function maskText(value: string | null): string | null {
  return value === null ? null : MASKED;
}

/** `****0042`: enough to tell two orders apart in a list, not enough to look one up. */
export function maskReference(value: string | null): string | null {
  if (value === null) return null;
  return `****${value.length > 4 ? value.slice(-4) : ''}`;
}

/**
 * How each part of a complaint is masked for analysis, part by part (the parts not named stay as they
 * are): a resolver masks only the part it answers, so a list of descriptions reads no document.
 */
export const ANALYSIS_MASKS = {
  orderNumber: (c) => maskReference(c.orderNumber),
  description: (c) => maskText(c.description),
  expectedResolution: (c) => maskText(c.expectedResolution),
  handover: (c) => c.handover && { ...c.handover, notes: maskText(c.handover.notes) },
  investigation: (c) =>
    c.investigation.map((n) => ({
      ...n,
      note: maskText(n.note),
      evidence: n.evidence.map((e) => maskText(e)),
    })),
  rootCause: (c) =>
    c.rootCause && {
      ...c.rootCause,
      what: maskText(c.rootCause.what),
      why: maskText(c.rootCause.why),
      where: maskText(c.rootCause.where),
      when: maskText(c.rootCause.when),
      who: maskText(c.rootCause.who),
      how: maskText(c.rootCause.how),
      howMuch: maskText(c.rootCause.howMuch),
    },
  solutions: (c) =>
    c.solutions.map((s) => ({
      ...s,
      description: maskText(s.description),
      responseReason: maskText(s.responseReason),
    })),
  feedback: (c) =>
    c.feedback && {
      ...c.feedback,
      whatWasDone: maskText(c.feedback.whatWasDone),
      comment: maskText(c.feedback.comment),
    },
  followUps: (c) => c.followUps.map((f) => ({ ...f, outcome: maskText(f.outcome) })),
  report: (c) =>
    c.report && {
      ...c.report,
      cause: maskText(c.report.cause),
      handlingIssues: maskText(c.report.handlingIssues),
    },
  improvementActions: (c) =>
    c.improvementActions.map((a) => ({
      ...a,
      description: maskText(a.description),
      result: maskText(a.result),
    })),
  timeline: (c) => c.timeline.map((e) => ({ ...e, note: maskText(e.note) })),
} satisfies { [K in keyof Complaint]?: (c: Complaint) => Complaint[K] };

export type MaskedPart = keyof typeof ANALYSIS_MASKS;

/** One part of the complaint as an analyst reads it. */
export function maskedPart<K extends MaskedPart>(c: Complaint, part: K): Complaint[K] {
  return (ANALYSIS_MASKS[part] as (c: Complaint) => Complaint[K])(c);
}

/** The whole complaint as an analyst reads it. */
export function maskedForAnalysis(c: Complaint): Complaint {
  const masked = Object.entries(ANALYSIS_MASKS).map(([part, mask]) => [part, mask(c)]);
  return { ...c, ...Object.fromEntries(masked) } as Complaint;
}

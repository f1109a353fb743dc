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

export function maskedForAnalysis(c: Complaint): Complaint {
  return {
    ...c,
    orderNumber: maskReference(c.orderNumber),
    description: maskText(c.description),
    expectedResolution: maskText(c.expectedResolution),
    handover: c.handover && { ...c.handover, notes: maskText(c.handover.notes) },
    investigation: c.investigation.map((n) => ({
      ...n,
      note: maskText(n.note),
      evidence: n.evidence.map((e) => maskText(e)),
    })),
    rootCause: c.rootCause && {
      ...c.rootCause,
      what: maskText(c.rootCause.what),
      why: maskText(c.rootCause.why),
      where: maskText(c.rootCause.where),
      when: maskText(c.rootCause.when),
      who: maskText(c.rootCause.who),
      how: maskText(c.rootCause.how),
      howMuch: maskText(c.rootCause.howMuch),
    },
    solutions: c.solutions.map((s) => ({
      ...s,
      description: maskText(s.description),
      responseReason: maskText(s.responseReason),
    })),
    feedback: c.feedback && {
      ...c.feedback,
      whatWasDone: maskText(c.feedback.whatWasDone),
      comment: maskText(c.feedback.comment),
    },
    followUps: c.followUps.map((f) => ({ ...f, outcome: maskText(f.outcome) })),
    report: c.report && {
      ...c.report,
      cause: maskText(c.report.cause),
      handlingIssues: maskText(c.report.handlingIssues),
    },
    improvementActions: c.improvementActions.map((a) => ({
      ...a,
      description: maskText(a.description),
      result: maskText(a.result),
    })),
    timeline: c.timeline.map((e) => ({ ...e, note: maskText(e.note) })),
  };
}

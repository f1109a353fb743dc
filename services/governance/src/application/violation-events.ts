import {
  createEvent,
  violationAppealDecided,
  violationAppealed,
  violationAppealOverdue,
  violationDecided,
  violationDismissed,
  violationNotified,
  violationOpened,
  violationRecorded,
  violationReported,
  violationStatementSubmitted,
  type Envelope,
  type EventContext,
} from '@care/contracts';
import { appealDecidedLate, finalPenalty, type Violation } from '../domain/violation';

/** What every violation event carries (DOMAIN 4.5). */
const common = (v: Violation, at: Date) => ({
  violationId: v.id,
  level: v.level,
  category: v.category,
  status: v.status,
  personId: v.personId,
  at: at.toISOString(),
});

/** The event that says what the change from `before` to `after` was; none when the status stayed. */
export function violationEvents(
  before: Violation | null,
  after: Violation,
  at: Date,
  context: EventContext,
): Envelope[] {
  const base = common(after, at);
  const event = (): Envelope | null => {
    if (!before)
      return createEvent(
        violationOpened,
        after.id,
        {
          ...base,
          cases: after.cases,
          source: after.source,
          detectedFrom: after.detectedFrom,
          subject: after.subject,
          proposedPenalty: after.proposedPenalty,
        },
        context,
      );
    if (before.status === after.status) {
      if (!before.appeal?.overdueAt && after.appeal?.overdueAt)
        return createEvent(
          violationAppealOverdue,
          after.id,
          {
            ...base,
            appealDecisionDueAt: after.appeal.decisionDueAt.toISOString(),
          },
          context,
        );
      return null;
    }
    switch (after.status) {
      case 'REPORTED':
        return createEvent(
          violationReported,
          after.id,
          {
            ...base,
            cases: after.cases,
            proposedPenalty: after.proposedPenalty,
          },
          context,
        );
      case 'NOTIFIED':
        return createEvent(
          violationNotified,
          after.id,
          {
            ...base,
            statementDueAt: after.notice!.statementDueAt.toISOString(),
          },
          context,
        );
      case 'STATED':
        return createEvent(
          violationStatementSubmitted,
          after.id,
          {
            ...base,
            waived: after.statement!.waived,
          },
          context,
        );
      case 'DECIDED':
        return createEvent(
          violationDecided,
          after.id,
          {
            ...base,
            penalty: after.decision!.penalty,
            appealDueAt: after.decision!.appealDueAt.toISOString(),
          },
          context,
        );
      case 'RECORDED':
        return createEvent(
          violationRecorded,
          after.id,
          { ...base, penalty: after.decision!.penalty },
          context,
        );
      case 'APPEALED':
        return createEvent(
          violationAppealed,
          after.id,
          {
            ...base,
            appealDecisionDueAt: after.appeal!.decisionDueAt.toISOString(),
          },
          context,
        );
      case 'RESOLVED':
        return createEvent(
          violationAppealDecided,
          after.id,
          {
            ...base,
            outcome: after.appeal!.outcome!,
            finalPenalty: finalPenalty(after),
            decidedLate: appealDecidedLate(after),
          },
          context,
        );
      case 'DISMISSED':
        return createEvent(violationDismissed, after.id, base, context);
      default:
        return null;
    }
  };
  const built = event();
  return built ? [built] : [];
}

import { refuse } from '@care/domain-kernel';
import { openViolationCase } from '../../application/open-violation';
import { getViolation, listViolations } from '../../application/read-violations';
import {
  appealViolationDecision,
  decideViolationAppeal,
  decideViolationPenalty,
  dismissViolationCase,
  fileViolationReport,
  giveViolationNotice,
  recordViolationDecision,
  submitViolationStatement,
} from '../../application/violation-steps';
import {
  appealDecidedLate,
  appealDecisionOverdue,
  finalPenalty,
  type Violation as ViolationModel,
} from '../../domain/violation';
import type { MutationResolvers, QueryResolvers, ViolationResolvers } from '../__generated__/resolvers-types';
import { byIdQuery, inputMutation, listQuery } from '../resolver-forms';

/** The step record of a part of the procedure, without its own extra fields. */
const step = (s: { by: string; at: Date; text: string | null } | null) =>
  s && { by: s.by, at: s.at, text: s.text };

export const Violation: ViolationResolvers = {
  detectedFromEventId: (v) => v.detectedFrom?.eventId ?? null,
  detectedFromEventType: (v) => v.detectedFrom?.eventType ?? null,
  subjectType: (v) => v.subject?.type ?? null,
  subjectId: (v) => v.subject?.id ?? null,
  report: (v) => step(v.report),
  notice: (v) => step(v.notice),
  statementDueAt: (v) => v.notice?.statementDueAt ?? null,
  statement: (v) => step(v.statement),
  statementWaived: (v) => v.statement?.waived ?? null,
  decision: (v) => step(v.decision),
  penalty: (v) => v.decision?.penalty ?? null,
  appealDueAt: (v) => v.decision?.appealDueAt ?? null,
  appeal: (v) => step(v.appeal),
  appealDecisionDueAt: (v) => v.appeal?.decisionDueAt ?? null,
  appealDecisionOverdue: (v, _args, ctx) => appealDecisionOverdue(v, ctx.deps.clock.now()),
  appealOutcome: (v) => v.appeal?.outcome ?? null,
  appealDecision: (v) => step(v.appeal?.decided ?? null),
  appealDecidedLate: (v) => (v.appeal?.decided ? appealDecidedLate(v) : null),
  finalPenalty: (v: ViolationModel) => finalPenalty(v),
};

export const violationQueries: QueryResolvers = {
  violation: byIdQuery(getViolation),
  violations: listQuery(listViolations),
};

export const violationMutations: MutationResolvers = {
  openViolation: (_root, { input: { subjectType, subjectId, ...input } }, ctx) => {
    if (Boolean(subjectType) !== Boolean(subjectId))
      throw refuse.input(
        subjectType ? 'subjectId' : 'subjectType',
        'name both subjectType and subjectId, or neither',
      );
    return openViolationCase(ctx.deps, ctx, {
      ...input,
      subject: subjectType && subjectId ? { type: subjectType, id: subjectId } : null,
    });
  },
  fileViolationReport: inputMutation(fileViolationReport),
  giveViolationNotice: inputMutation(giveViolationNotice),
  submitViolationStatement: inputMutation(submitViolationStatement),
  decideViolation: inputMutation(decideViolationPenalty),
  recordViolation: inputMutation(recordViolationDecision),
  appealViolation: inputMutation(appealViolationDecision),
  decideViolationAppeal: inputMutation(decideViolationAppeal),
  dismissViolation: inputMutation(dismissViolationCase),
};

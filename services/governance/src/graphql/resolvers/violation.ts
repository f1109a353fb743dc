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

export const violationQueries: Pick<QueryResolvers, 'violation' | 'violations'> = {
  violation: (_root, { id }, ctx) => getViolation(ctx.deps, ctx.actor, id),
  violations: (_root, { filter, ...page }, ctx) => listViolations(ctx.deps, ctx.actor, filter ?? {}, page),
};

export const violationMutations: Pick<
  MutationResolvers,
  | 'openViolation'
  | 'fileViolationReport'
  | 'giveViolationNotice'
  | 'submitViolationStatement'
  | 'decideViolation'
  | 'recordViolation'
  | 'appealViolation'
  | 'decideViolationAppeal'
  | 'dismissViolation'
> = {
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
  fileViolationReport: (_root, { input }, ctx) => fileViolationReport(ctx.deps, ctx, input),
  giveViolationNotice: (_root, { input }, ctx) => giveViolationNotice(ctx.deps, ctx, input),
  submitViolationStatement: (_root, { input }, ctx) => submitViolationStatement(ctx.deps, ctx, input),
  decideViolation: (_root, { input }, ctx) => decideViolationPenalty(ctx.deps, ctx, input),
  recordViolation: (_root, { input }, ctx) => recordViolationDecision(ctx.deps, ctx, input),
  appealViolation: (_root, { input }, ctx) => appealViolationDecision(ctx.deps, ctx, input),
  decideViolationAppeal: (_root, { input }, ctx) => decideViolationAppeal(ctx.deps, ctx, input),
  dismissViolation: (_root, { input }, ctx) => dismissViolationCase(ctx.deps, ctx, input),
};

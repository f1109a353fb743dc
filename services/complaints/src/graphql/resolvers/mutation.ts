import { addImprovementAction } from '../../application/add-improvement-action';
import { answerInquiry } from '../../application/answer-inquiry';
import { assignComplaint } from '../../application/assign-complaint';
import { classifyComplaint } from '../../application/classify-complaint';
import { closeComplaint } from '../../application/close-complaint';
import { completeImprovementAction } from '../../application/complete-improvement-action';
import { fileComplaint } from '../../application/file-complaint';
import { proposeSolution } from '../../application/propose-solution';
import { recordCustomerResponse } from '../../application/record-customer-response';
import { recordFeedback } from '../../application/record-feedback';
import { recordFollowUp } from '../../application/record-follow-up';
import { recordInvestigation } from '../../application/record-investigation';
import { recordRootCause } from '../../application/record-root-cause';
import { reopenComplaint } from '../../application/reopen-complaint';
import { resolveComplaint } from '../../application/resolve-complaint';
import { respondToCustomer } from '../../application/respond-to-customer';
import { startImplementation } from '../../application/start-implementation';
import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  fileComplaint: (_root, { input }, ctx) => fileComplaint(ctx.deps, ctx, input),
  classifyComplaint: (_root, { input }, ctx) => classifyComplaint(ctx.deps, ctx, input),
  assignComplaint: (_root, { input }, ctx) => assignComplaint(ctx.deps, ctx, input),
  recordInvestigation: (_root, { input }, ctx) => recordInvestigation(ctx.deps, ctx, input),
  recordRootCause: (_root, { input }, ctx) =>
    recordRootCause(ctx.deps, ctx, {
      ...input,
      where: input.where ?? null,
      when: input.when ?? null,
      who: input.who ?? null,
      how: input.how ?? null,
      howMuch: input.howMuch ?? null,
    }),
  proposeSolution: (_root, { input }, ctx) =>
    proposeSolution(ctx.deps, ctx, {
      ...input,
      compensation: input.compensation
        ? {
            points: input.compensation.points ?? 0,
            discountAmount: input.compensation.discountAmount ?? null,
            refundAmount: input.compensation.refundAmount ?? null,
            currency: input.compensation.currency ?? 'CNY',
          }
        : null,
    }),
  recordCustomerResponse: (_root, { input }, ctx) => recordCustomerResponse(ctx.deps, ctx, input),
  startImplementation: (_root, { input }, ctx) => startImplementation(ctx.deps, ctx, input),
  resolveComplaint: (_root, { input }, ctx) => resolveComplaint(ctx.deps, ctx, input),
  respondToCustomer: (_root, { input }, ctx) => respondToCustomer(ctx.deps, ctx, input),
  answerInquiry: (_root, { input }, ctx) => answerInquiry(ctx.deps, ctx, input),
  recordFeedback: (_root, { input }, ctx) => recordFeedback(ctx.deps, ctx, input),
  recordFollowUp: (_root, { input }, ctx) => recordFollowUp(ctx.deps, ctx, input),
  reopenComplaint: (_root, { input }, ctx) => reopenComplaint(ctx.deps, ctx, input),
  closeComplaint: (_root, { input }, ctx) => closeComplaint(ctx.deps, ctx, input),
  addImprovementAction: (_root, { input }, ctx) => addImprovementAction(ctx.deps, ctx, input),
  completeImprovementAction: (_root, { input }, ctx) => completeImprovementAction(ctx.deps, ctx, input),
};

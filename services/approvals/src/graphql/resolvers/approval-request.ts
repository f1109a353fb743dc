import { Decimal } from 'decimal.js';
import { approvalReaderOf, visibleApprovalRequest } from '../../application/read-approval-requests';
import { currentStep, isOverdue } from '../../domain/approval-request';
import { awaitsRatification } from '../../domain/overdue';
import type { ApprovalRequestResolvers } from '../__generated__/resolvers-types';

export const ApprovalRequest: ApprovalRequestResolvers = {
  // The same rule as `approvalRequest(id)`: FORBIDDEN to a role that reads no request; a request the
  // caller may not see resolves to null, like one that does not exist.
  __resolveReference: (ref, ctx) =>
    visibleApprovalRequest(approvalReaderOf(ctx), ref.id, (id) => ctx.loaders.approvalRequest.load(id)),
  overdue: (request, _args, ctx) => isOverdue(request, ctx.deps.clock.now()),
  ratificationOverdue: (request, _args, ctx) =>
    awaitsRatification(request) && request.ratificationDueAt!.getTime() < ctx.deps.clock.now().getTime(),
  steps: (request) => {
    const current = currentStep(request);
    return request.steps.map((s) => ({ ...s, current: s === current }));
  },
  currentStep: (request) => {
    const current = currentStep(request);
    return current && { ...current, current: true };
  },
  payments: (request, _args, ctx) => ctx.loaders.payments.load(request.id),
  paidAmount: async (request, _args, ctx) =>
    (await ctx.loaders.payments.load(request.id))
      .reduce((sum, p) => sum.plus(p.amount), new Decimal(0))
      .toFixed(2),
};

import { Decimal } from 'decimal.js';
import { isOverdue } from '../../domain/approval-request';
import type { ApprovalRequestResolvers } from '../__generated__/resolvers-types';

export const ApprovalRequest: ApprovalRequestResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.approvalRequest.load(ref.id),
  overdue: (request, _args, ctx) => isOverdue(request, ctx.deps.clock.now()),
  payments: (request, _args, ctx) => ctx.loaders.payments.load(request.id),
  paidAmount: async (request, _args, ctx) =>
    (await ctx.loaders.payments.load(request.id))
      .reduce((sum, p) => sum.plus(p.amount), new Decimal(0))
      .toFixed(),
};

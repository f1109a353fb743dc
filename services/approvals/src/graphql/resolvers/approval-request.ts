import { isOverdue } from '../../domain/approval-request';
import type { ApprovalRequestResolvers } from '../__generated__/resolvers-types';

export const ApprovalRequest: ApprovalRequestResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.approvalRequest.load(ref.id),
  overdue: (request, _args, ctx) => isOverdue(request, ctx.deps.clock.now()),
};

import type { ApprovalRequestResolvers } from '../__generated__/resolvers-types';

export const ApprovalRequest: ApprovalRequestResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.approvalRequest.load(ref.id),
  overdue: (request, _args, ctx) => request.status === 'PENDING' && request.dueAt < ctx.deps.clock.now(),
};

import type { ApprovalRequestResolvers } from '../__generated__/resolvers-types';

export const ApprovalRequest: ApprovalRequestResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.approvalRequest.load(ref.id),
};

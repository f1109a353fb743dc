import { submitApprovalRequest } from '../../application/submit-approval-request';
import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  submitApprovalRequest: (_root, { input }, ctx) => submitApprovalRequest(ctx.deps, ctx, input),
};

import { listDelegations } from '../../application/list-delegations';
import { listApprovalRequests, readApprovalRequest } from '../../application/read-approval-requests';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  approvalRequest: (_root, { id }, ctx) =>
    readApprovalRequest(ctx, id, (ref) => ctx.loaders.approvalRequest.load(ref)),
  approvalRequests: (_root, args, ctx) => listApprovalRequests(ctx.deps, ctx, args),
  delegations: (_root, { activeAt }, ctx) => listDelegations(ctx.deps, ctx, activeAt ?? null),
};

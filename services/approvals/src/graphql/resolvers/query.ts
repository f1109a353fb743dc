import { listDelegations } from '../../application/delegations';
import { listApprovalRequests } from '../../application/list-approval-requests';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  approvalRequest: (_root, { id }, ctx) => ctx.loaders.approvalRequest.load(id),
  approvalRequests: (_root, args, ctx) => listApprovalRequests(ctx.deps, args),
  delegations: (_root, { activeAt }, ctx) => listDelegations(ctx.deps, ctx, activeAt ?? null),
};

import { selectsField } from '@care/service-kit';
import { listDelegations } from '../../application/list-delegations';
import { myPendingApprovals } from '../../application/my-pending-approvals';
import { previewApprovalRoute } from '../../application/preview-approval-route';
import { listApprovalRequests, readApprovalRequest } from '../../application/read-approval-requests';
import { readAuthorityPolicy } from '../../application/read-authority-policy';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  approvalRequest: (_root, { id }, ctx) =>
    readApprovalRequest(ctx, id, (ref) => ctx.loaders.approvalRequest.load(ref)),
  approvalRequests: (_root, args, ctx, info) =>
    listApprovalRequests(ctx.deps, ctx, { ...args, withTotalCount: selectsField(info, 'totalCount') }),
  myPendingApprovals: (_root, args, ctx) => myPendingApprovals(ctx.deps, ctx, args),
  delegations: (_root, { activeAt }, ctx) => listDelegations(ctx.deps, ctx, activeAt ?? null),
  authorityPolicy: (_root, { version }, ctx) => readAuthorityPolicy(ctx.deps, ctx, version ?? null),
  approvalRoute: (_root, args, ctx) => previewApprovalRoute(ctx.deps, ctx, args),
};

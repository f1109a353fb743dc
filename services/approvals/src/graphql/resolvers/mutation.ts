import { decideApprovalRequest } from '../../application/decide-approval-request';
import { endDelegation } from '../../application/end-delegation';
import { publishAuthorityPolicy } from '../../application/publish-authority-policy';
import { recordDelegation } from '../../application/record-delegation';
import { recordPayment } from '../../application/record-payment';
import { resubmitApprovalRequest } from '../../application/resubmit-approval-request';
import { reviewLateApproval } from '../../application/review-late-approval';
import { submitApprovalRequest } from '../../application/submit-approval-request';
import { withdrawApprovalRequest } from '../../application/withdraw-approval-request';
import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  submitApprovalRequest: (_root, { input }, ctx) => submitApprovalRequest(ctx.deps, ctx, input),
  decideApprovalRequest: (_root, { input }, ctx) => decideApprovalRequest(ctx.deps, ctx, input),
  resubmitApprovalRequest: (_root, { input }, ctx) => resubmitApprovalRequest(ctx.deps, ctx, input),
  withdrawApprovalRequest: (_root, { input }, ctx) => withdrawApprovalRequest(ctx.deps, ctx, input),
  reviewLateApproval: (_root, { input }, ctx) => reviewLateApproval(ctx.deps, ctx, input),
  recordDelegation: (_root, { input }, ctx) => recordDelegation(ctx.deps, ctx, input),
  endDelegation: (_root, { id }, ctx) => endDelegation(ctx.deps, ctx, id),
  recordPayment: (_root, { input }, ctx) => recordPayment(ctx.deps, ctx, input),
  publishAuthorityPolicy: (_root, { input: { effectiveFrom, ...document } }, ctx) =>
    publishAuthorityPolicy(ctx.deps, ctx, { effectiveFrom, document }),
};
